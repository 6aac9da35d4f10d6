#include "usercatalogwriter.h"

#include "catalog.h"
#include "util/textfile.h"

#include <filesystem>

namespace greenlight {

namespace {

void putCitation(nlohmann::ordered_json &j, const Citation &c)
{
    j["source"] = c.source;
    j["year"] = c.year;
    if (!c.status.empty())
        j["status"] = c.status;
    if (!c.fieldSources.empty())
        j["sources"] = c.fieldSources;
    if (!c.notes.empty())
        j["notes"] = c.notes;
}

} // namespace

UserCatalogWriter::UserCatalogWriter(std::string directory) : m_directory(std::move(directory)) {}

std::string UserCatalogWriter::fileFor(const std::string &kind) const
{
    return m_directory + "/user-" + kind + ".json";
}

nlohmann::ordered_json UserCatalogWriter::toJson(const Accelerator &a)
{
    nlohmann::ordered_json j;
    j["id"] = a.id;
    j["name"] = a.name;
    if (!a.vendor.empty())
        j["vendor"] = a.vendor;
    j["kind"] = a.kind;
    if (a.tdpW)
        j["tdpW"] = *a.tdpW;
    if (a.powerBasis != "tdp")
        j["powerBasis"] = a.powerBasis;
    j["memoryGB"] = a.memoryGB;
    if (a.memoryBandwidthGBs)
        j["memoryBandwidthGBs"] = *a.memoryBandwidthGBs;
    if (!a.peakTflops.empty())
        j["peakTflops"] = a.peakTflops;
    if (!a.defaultPrecision.empty())
        j["defaultPrecision"] = a.defaultPrecision;
    if (a.embodiedKgCo2e)
        j["embodiedKgCo2e"] = *a.embodiedKgCo2e;
    if (a.embodiedKgCo2eLow)
        j["embodiedKgCo2eLow"] = *a.embodiedKgCo2eLow;
    if (a.embodiedKgCo2eHigh)
        j["embodiedKgCo2eHigh"] = *a.embodiedKgCo2eHigh;
    if (a.embodiedHostKgPerServer)
        j["embodiedHostKgPerServer"] = *a.embodiedHostKgPerServer;
    if (!a.embodiedBasis.empty())
        j["embodiedBasis"] = a.embodiedBasis;
    if (a.priceUsdPerHour)
        j["priceUsdPerHour"] = *a.priceUsdPerHour;
    if (!a.priceOffer.empty())
        j["priceOffer"] = a.priceOffer;
    if (a.releaseYear > 0)
        j["releaseYear"] = a.releaseYear;
    if (a.acceleratorsPerServer)
        j["acceleratorsPerServer"] = *a.acceleratorsPerServer;
    if (a.hostPowerPerServerW)
        j["hostPowerPerServerW"] = *a.hostPowerPerServerW;
    if (!a.mfuGroup.empty())
        j["mfuGroup"] = a.mfuGroup;
    putCitation(j, a.citation);
    return j;
}

nlohmann::ordered_json UserCatalogWriter::toJson(const Region &r)
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
    if (r.intensityLowGPerKWh && r.intensityHighGPerKWh) {
        j["intensityLowGPerKWh"] = *r.intensityLowGPerKWh;
        j["intensityHighGPerKWh"] = *r.intensityHighGPerKWh;
        if (!r.rangeBasis.empty())
            j["rangeBasis"] = r.rangeBasis;
    }
    if (!r.basis.empty())
        j["basis"] = r.basis;
    if (r.pue)
        j["pue"] = *r.pue;
    if (r.cfe)
        j["cfe"] = *r.cfe;
    if (!r.alternatives.empty()) {
        nlohmann::ordered_json alts = nlohmann::ordered_json::array();
        for (const Region::Alternative &a : r.alternatives)
            alts.push_back(
                {{"intensityGPerKWh", a.intensityGPerKWh}, {"year", a.year}, {"source", a.source}});
        j["alternatives"] = alts;
    }
    if (!r.hourlyProfile.empty())
        j["hourlyProfile"] = r.hourlyProfile;
    putCitation(j, r.citation);
    return j;
}

bool UserCatalogWriter::upsert(const std::string &kind, const nlohmann::ordered_json &record,
                               Issues &issues) const
{
    const std::string path = fileFor(kind);
    if (m_directory.empty()) {
        issues.push_back(
            {Issue::Severity::Error, "(directory)", "no user catalog directory (HOME is not set)"});
        return false;
    }
    nlohmann::ordered_json doc = {
        {"schema", 1}, {"kind", kind}, {"records", nlohmann::ordered_json::array()}};
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        std::string text;
        std::string error;
        if (!readTextFile(path, text, error)) {
            issues.push_back({Issue::Severity::Error, path, error});
            return false;
        }
        doc = nlohmann::ordered_json::parse(text, nullptr, false);
        if (doc.is_discarded() || !doc.is_object() || !doc.contains("records") ||
            !doc["records"].is_array()) {
            issues.push_back({Issue::Severity::Error, path,
                              "not a catalog file with a \"records\" array: fix or remove it first"});
            return false;
        }
    }
    nlohmann::ordered_json &records = doc["records"];
    const std::string id = record.value("id", std::string());
    bool replaced = false;
    for (auto &existing : records)
        if (existing.is_object() && existing.value("id", std::string()) == id) {
            existing = record;
            replaced = true;
        }
    if (!replaced)
        records.push_back(record);

    const std::string text = doc.dump(2) + "\n";
    Catalog check;
    Issues found = check.addJson(text, path);
    bool ok = true;
    for (Issue &i : found) {
        ok = ok && !i.isError();
        issues.push_back(std::move(i));
    }
    if (!ok)
        return false;
    std::filesystem::create_directories(m_directory, ec);
    if (ec) {
        issues.push_back(
            {Issue::Severity::Error, m_directory, "cannot create the directory: " + ec.message()});
        return false;
    }
    std::string error;
    if (!writeTextFileAtomic(path, text, error)) {
        issues.push_back({Issue::Severity::Error, path, error});
        return false;
    }
    return true;
}

bool UserCatalogWriter::upsert(const Accelerator &accelerator, Issues &issues) const
{
    return upsert("accelerators", toJson(accelerator), issues);
}

bool UserCatalogWriter::upsert(const Region &region, Issues &issues) const
{
    return upsert("regions", toJson(region), issues);
}

} // namespace greenlight
