#include "catalogcommand.h"
#include "clitr.h"

#include "catalog/catalog.h"
#include "schedule/hourlyprofile.h"
#include "texttable.h"
#include "util/numberformat.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>

namespace greenlight::cli {

const char *const kCatalogHelp = QT_TRANSLATE_NOOP("greenlight-cli", R"(Usage:
  greenlight-cli catalog list accelerators|regions|providers|defaults|equivalences|credits|profiles
                 [--format table|json] [--search TEXT]
  greenlight-cli catalog show ID [--format table|json]
)");

namespace {

nlohmann::ordered_json citationJson(const Citation &c)
{
    nlohmann::ordered_json j;
    j["source"] = c.source;
    j["year"] = c.year;
    if (!c.status.empty())
        j["status"] = c.status;
    if (!c.fieldSources.empty())
        j["sources"] = c.fieldSources;
    if (!c.notes.empty())
        j["notes"] = c.notes;
    j["origin"] = c.origin;
    return j;
}

nlohmann::ordered_json toJson(const Accelerator &a)
{
    nlohmann::ordered_json j;
    j["id"] = a.id;
    j["name"] = a.name;
    j["vendor"] = a.vendor;
    j["kind"] = a.kind;
    if (a.tdpW)
        j["tdpW"] = *a.tdpW;
    j["memoryGB"] = a.memoryGB;
    if (a.memoryBandwidthGBs)
        j["memoryBandwidthGBs"] = *a.memoryBandwidthGBs;
    j["peakTflops"] = a.peakTflops;
    j["defaultPrecision"] = a.defaultPrecision;
    if (a.embodiedKgCo2e)
        j["embodiedKgCo2e"] = *a.embodiedKgCo2e;
    if (a.priceUsdPerHour) {
        j["priceUsdPerHour"] = *a.priceUsdPerHour;
        j["priceOffer"] = a.priceOffer;
    }
    j.update(citationJson(a.citation));
    return j;
}

nlohmann::ordered_json toJson(const Region &r)
{
    nlohmann::ordered_json j;
    j["id"] = r.id;
    j["name"] = r.name;
    j["kind"] = r.kind;
    if (!r.country.empty())
        j["country"] = r.country;
    if (!r.provider.empty())
        j["provider"] = r.provider;
    j["intensityGPerKWh"] = r.intensityGPerKWh;
    if (r.pue)
        j["pue"] = *r.pue;
    if (r.cfe)
        j["cfe"] = *r.cfe;
    if (!r.alternatives.empty()) {
        nlohmann::ordered_json alts = nlohmann::ordered_json::array();
        for (const auto &a : r.alternatives)
            alts.push_back(
                {{"intensityGPerKWh", a.intensityGPerKWh}, {"year", a.year}, {"source", a.source}});
        j["alternatives"] = alts;
    }
    if (!r.hourlyProfile.empty())
        j["hourlyProfile"] = r.hourlyProfile;
    j.update(citationJson(r.citation));
    return j;
}

nlohmann::ordered_json toJson(const Provider &p)
{
    nlohmann::ordered_json j;
    j["id"] = p.id;
    j["name"] = p.name;
    j["kind"] = p.kind;
    j["pue"] = p.pue;
    if (p.pueLow && p.pueHigh)
        j["pueRange"] = {{"low", *p.pueLow}, {"high", *p.pueHigh}};
    j.update(citationJson(p.citation));
    return j;
}

nlohmann::ordered_json toJson(const DefaultValue &d)
{
    nlohmann::ordered_json j;
    j["id"] = d.id;
    j["name"] = d.name;
    j["value"] = d.value;
    j["unit"] = d.unit;
    if (d.range)
        j["range"] = {{"dist", distributionKindName(d.range->kind)},
                      {"low", d.range->low},
                      {"mode", d.range->mode},
                      {"high", d.range->high}};
    j.update(citationJson(d.citation));
    return j;
}

nlohmann::ordered_json toJson(const Equivalence &e)
{
    nlohmann::ordered_json j;
    j["id"] = e.id;
    j["name"] = e.name;
    j["unit"] = e.unit;
    j["gCo2ePerUnit"] = e.gCo2ePerUnit;
    j.update(citationJson(e.citation));
    return j;
}

nlohmann::ordered_json toJson(const Credit &c)
{
    nlohmann::ordered_json j;
    j["id"] = c.id;
    j["name"] = c.name;
    j["licence"] = c.licence;
    j["credit"] = c.credit;
    j["url"] = c.url;
    j.update(citationJson(c.citation));
    return j;
}

bool matches(const std::string &query, std::initializer_list<std::string> fields)
{
    if (query.empty())
        return true;
    std::string q = query;
    for (auto &c : q)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string f : fields) {
        for (auto &c : f)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (f.find(q) != std::string::npos)
            return true;
    }
    return false;
}

std::string peaks(const Accelerator &a)
{
    std::string s;
    for (const char *p : {"fp32", "tf32", "bf16", "fp16", "fp8", "int8", "int4"}) {
        if (auto v = a.peakTflopsFor(p))
            s += (s.empty() ? "" : " ") + std::string(p) + ":" + formatNumber(*v, 5);
    }
    return s.empty() ? "—" : s;
}

template <typename T, typename RowFn, typename MatchFn>
void list(const std::vector<T> &records, bool json, const std::vector<std::string> &header, RowFn row,
          MatchFn match, std::ostream &out)
{
    if (json) {
        nlohmann::ordered_json arr = nlohmann::ordered_json::array();
        for (const T &r : records)
            if (match(r))
                arr.push_back(toJson(r));
        out << arr.dump(2) << "\n";
        return;
    }
    TextTable table(header);
    std::size_t n = 0;
    for (const T &r : records) {
        if (!match(r))
            continue;
        table.addRow(row(r));
        ++n;
    }
    out << table.render() << n << " record(s)\n";
}

} // namespace

int runCatalog(Arguments &args, const Catalog &catalog, std::ostream &out)
{
    const auto sub = args.positional();
    if (!sub)
        throw UsageError{"catalog: expected \"list KIND\" or \"show ID\""};
    const std::string format = args.option("--format").value_or("table");
    if (format != "table" && format != "json")
        throw UsageError{"--format: expected table or json, got \"" + format + "\""};
    const bool json = format == "json";

    if (*sub == "list") {
        const auto kind = args.positional();
        if (!kind)
            throw UsageError{"catalog list: expected a kind (accelerators, regions, providers, defaults, "
                             "equivalences, credits, profiles)"};
        const std::string q = args.option("--search").value_or("");
        args.expectNoneLeft();
        if (*kind == "accelerators")
            list(
                catalog.accelerators(), json,
                {"id", "name", "TDP W", "memory GB", "GB/s", "peak TFLOP/s", "USD/h", "year"},
                [](const Accelerator &a) {
                    return std::vector<std::string>{
                        a.id,
                        a.name,
                        a.tdpW ? formatNumber(*a.tdpW) : "—",
                        formatNumber(a.memoryGB),
                        a.memoryBandwidthGBs ? formatNumber(*a.memoryBandwidthGBs) : "—",
                        peaks(a),
                        a.priceUsdPerHour ? formatNumber(*a.priceUsdPerHour) : "—",
                        std::to_string(a.citation.year)};
                },
                [&q](const Accelerator &a) {
                    return matches(q, {a.id, a.name, a.vendor});
                },
                out);
        else if (*kind == "regions")
            list(
                catalog.regions(), json, {"id", "name", "kind", "gCO2e/kWh", "PUE", "year"},
                [](const Region &r) {
                    return std::vector<std::string>{r.id,
                                                    r.name,
                                                    r.kind,
                                                    formatNumber(r.intensityGPerKWh, 5),
                                                    r.pue ? formatNumber(*r.pue) : "—",
                                                    std::to_string(r.citation.year)};
                },
                [&q](const Region &r) {
                    return matches(q, {r.id, r.name, r.country, r.provider});
                },
                out);
        else if (*kind == "providers")
            list(
                catalog.providers(), json, {"id", "name", "kind", "PUE", "range", "year"},
                [](const Provider &p) {
                    return std::vector<std::string>{p.id,
                                                    p.name,
                                                    p.kind,
                                                    formatNumber(p.pue),
                                                    p.pueLow && p.pueHigh ? formatNumber(*p.pueLow) + "–" +
                                                                                formatNumber(*p.pueHigh)
                                                                          : "—",
                                                    std::to_string(p.citation.year)};
                },
                [&q](const Provider &p) {
                    return matches(q, {p.id, p.name});
                },
                out);
        else if (*kind == "defaults")
            list(
                catalog.defaults(), json, {"id", "value", "unit", "range", "year", "source"},
                [](const DefaultValue &d) {
                    return std::vector<std::string>{
                        d.id,
                        formatNumber(d.value),
                        d.unit,
                        d.range ? formatNumber(d.range->low) + "–" + formatNumber(d.range->high) : "—",
                        std::to_string(d.citation.year),
                        d.citation.source.substr(0, 60)};
                },
                [&q](const DefaultValue &d) {
                    return matches(q, {d.id, d.name});
                },
                out);
        else if (*kind == "equivalences")
            list(
                catalog.equivalences(), json, {"id", "g CO2e per unit", "unit", "year", "source"},
                [](const Equivalence &e) {
                    return std::vector<std::string>{e.id, formatNumber(e.gCo2ePerUnit), e.unit,
                                                    std::to_string(e.citation.year),
                                                    e.citation.source.substr(0, 60)};
                },
                [&q](const Equivalence &e) {
                    return matches(q, {e.id, e.name});
                },
                out);
        else if (*kind == "credits")
            list(
                catalog.credits(), json, {"id", "licence", "credit"},
                [](const Credit &c) {
                    return std::vector<std::string>{c.id, c.licence, c.credit};
                },
                [&q](const Credit &c) {
                    return matches(q, {c.id, c.name});
                },
                out);
        else if (*kind == "profiles") {
            // The hourly grid-intensity profiles for `schedule` (not catalog records: embedded CSVs).
            std::vector<const HourlyProfile *> profiles;
            for (const std::string &id : HourlyProfile::builtInIds())
                if (matches(q, {id}))
                    profiles.push_back(HourlyProfile::builtIn(id));
            if (json) {
                nlohmann::ordered_json arr = nlohmann::ordered_json::array();
                for (const HourlyProfile *p : profiles)
                    arr.push_back({{"id", p->id},
                                   {"name", p->name},
                                   {"start", formatIsoTime(p->startUtc)},
                                   {"hours", p->size()},
                                   {"filledHours", p->filledHours},
                                   {"meanGPerKWh", p->mean()},
                                   {"minGPerKWh", *std::min_element(p->gPerKWh.begin(), p->gPerKWh.end())},
                                   {"maxGPerKWh", *std::max_element(p->gPerKWh.begin(), p->gPerKWh.end())},
                                   {"source", p->source}});
                out << arr.dump(2) << "\n";
            } else {
                TextTable table({"id", "start (UTC)", "hours", "filled", "mean g/kWh", "min", "max"});
                for (const HourlyProfile *p : profiles)
                    table.addRow({p->id, formatIsoTime(p->startUtc), std::to_string(p->size()),
                                  std::to_string(p->filledHours), formatNumber(p->mean(), 4),
                                  formatNumber(*std::min_element(p->gPerKWh.begin(), p->gPerKWh.end()), 4),
                                  formatNumber(*std::max_element(p->gPerKWh.begin(), p->gPerKWh.end()), 4)});
                out << table.render() << profiles.size() << " record(s)\n";
            }
        } else
            throw UsageError{
                "catalog list: unknown kind \"" + *kind +
                "\" (accelerators, regions, providers, defaults, equivalences, credits, profiles)"};
        return 0;
    }
    if (*sub == "show") {
        const auto id = args.positional();
        if (!id)
            throw UsageError{"catalog show: expected an id"};
        args.expectNoneLeft();
        nlohmann::ordered_json j;
        if (const auto *a = catalog.accelerator(*id))
            j = toJson(*a);
        else if (const auto *r = catalog.region(*id))
            j = toJson(*r);
        else if (const auto *p = catalog.provider(*id))
            j = toJson(*p);
        else if (const auto *d = catalog.defaultValue(*id))
            j = toJson(*d);
        else if (const auto *e = catalog.equivalence(*id))
            j = toJson(*e);
        else if (const auto it = std::find_if(catalog.credits().begin(), catalog.credits().end(),
                                              [&id](const Credit &c) { return c.id == *id; });
                 it != catalog.credits().end())
            j = toJson(*it);
        else
            throw UsageError{"catalog show: no record with id \"" + *id + "\""};
        if (json) {
            out << j.dump(2) << "\n";
        } else {
            TextTable table({"field", "value"});
            for (const auto &item : j.items())
                table.addRow({item.key(), item.value().is_string() ? item.value().get<std::string>()
                                                                   : item.value().dump()});
            out << table.render();
        }
        return 0;
    }
    throw UsageError{"catalog: unknown subcommand \"" + *sub + "\" (list, show)"};
}

} // namespace greenlight::cli
