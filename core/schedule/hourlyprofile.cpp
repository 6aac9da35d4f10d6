#include "hourlyprofile.h"

#include "embeddedfiles.h"
#include "profileimporter.h"

#include <map>
#include <numeric>

namespace greenlight {

namespace {

constexpr std::string_view kPrefix = "profiles/";
constexpr std::string_view kSuffix = ".csv";

// "profiles/US-CISO_2022.csv" → "US-CISO" (the data year after the last underscore is dropped).
std::string idOf(std::string_view name)
{
    std::string_view stem = name.substr(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size());
    if (const auto us = stem.rfind('_'); us != std::string_view::npos)
        stem = stem.substr(0, us);
    return std::string(stem);
}

struct BuiltIns
{
    std::vector<std::string> ids;
    std::map<std::string, HourlyProfile, std::less<>> profiles;
};

// Parsed together on first use (a few ms): thread-safe through static initialisation.
const BuiltIns &builtIns()
{
    static const BuiltIns all = [] {
        BuiltIns b;
        for (const embedded::File &f : embedded::files()) {
            if (f.name.rfind(kPrefix, 0) != 0 || f.name.size() <= kPrefix.size() + kSuffix.size() ||
                f.name.substr(f.name.size() - kSuffix.size()) != kSuffix)
                continue;
            const std::string origin = "resources/" + std::string(f.name);
            ProfileImportResult r = ProfileImporter::parse(f.content, origin);
            if (!r.profile)
                continue; // covered by tests: every shipped file parses
            HourlyProfile p = std::move(*r.profile);
            p.id = idOf(f.name);
            p.name = p.id + " hourly grid intensity, " + formatIsoTime(p.startUtc).substr(0, 4);
            p.source = origin + " (U.S. EIA Form EIA-930 via HewlettPackard/dc-rl; see `catalog show dc-rl`)";
            b.ids.push_back(p.id);
            b.profiles.emplace(p.id, std::move(p));
        }
        return b;
    }();
    return all;
}

} // namespace

double HourlyProfile::mean() const
{
    if (gPerKWh.empty())
        return 0;
    return std::accumulate(gPerKWh.begin(), gPerKWh.end(), 0.0) / static_cast<double>(gPerKWh.size());
}

const std::vector<std::string> &HourlyProfile::builtInIds()
{
    return builtIns().ids;
}

const HourlyProfile *HourlyProfile::builtIn(std::string_view id)
{
    const auto &p = builtIns().profiles;
    const auto it = p.find(id);
    return it == p.end() ? nullptr : &it->second;
}

} // namespace greenlight
