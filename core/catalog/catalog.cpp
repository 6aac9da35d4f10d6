#include "catalog.h"

#include "embeddedfiles.h"
#include "io/jsonreader.h"
#include "util/textfile.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>

namespace greenlight {

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

template <typename T>
const T *lookup(const std::vector<T> &records, const std::unordered_map<std::string, std::size_t> &index,
                std::string_view id)
{
    const auto it = index.find(std::string(id));
    return it == index.end() ? nullptr : &records[it->second];
}

// A record's own range around its value: both ends or neither, low ≤ value ≤ high.
void checkOwnRange(JsonReader &r, const std::array<std::string, 3> &keys, std::optional<double> value,
                   std::optional<double> low, std::optional<double> high)
{
    if ((low || high) && !(value && low && high && *low <= *value && *value <= *high))
        r.error(keys[1], keys[1] + " ≤ " + keys[0] + " ≤ " + keys[2] + ", all three given");
}

// Grid factors are life-cycle or operational (direct: combustion at the plant only).
void checkBasis(JsonReader &r, const std::string &key, const std::string &basis)
{
    if (!basis.empty() && basis != "lifecycle" && basis != "operational")
        r.error(key, R"(expected "lifecycle" or "operational", got ")" + basis + "\"");
}

} // namespace

// Turns JSON records into catalog structs; every problem names file, record and field.
class CatalogParser
{
public:
    CatalogParser(Catalog &catalog, std::string origin, Issues &issues)
        : m_catalog(catalog), m_origin(std::move(origin)), m_issues(issues)
    {}

    void parseDocument(const nlohmann::json &doc)
    {
        JsonReader top(doc, m_origin, m_issues);
        if (!top.isObject())
            return;
        const auto schema = top.number("schema", NumberRule::PositiveInteger, true);
        if (schema && *schema > 1) {
            top.error("schema", "catalog schema " + std::to_string(static_cast<int>(*schema)) +
                                    " is newer than this version of Greenlight understands (1)");
            return;
        }
        const auto kind = top.string("kind", true);
        if (!kind)
            return;
        if (*kind == "mixed") {
            for (const char *k :
                 {"accelerators", "regions", "providers", "defaults", "equivalences", "credits"})
                if (const nlohmann::json *arr = top.array(k))
                    parseRecords(k, *arr, top.childPath(k));
            top.reportUnknownKeys({"schema", "kind", "catalogVersion", "accelerators", "regions", "providers",
                                   "defaults", "equivalences", "credits"});
            return;
        }
        static const std::vector<std::string> kinds = {"accelerators", "regions",      "providers",
                                                       "defaults",     "equivalences", "credits"};
        if (std::find(kinds.begin(), kinds.end(), *kind) == kinds.end()) {
            top.error("kind", "unknown catalog kind \"" + *kind +
                                  "\" (expected accelerators, regions, providers, defaults, equivalences, "
                                  "credits or mixed)");
            return;
        }
        if (const nlohmann::json *arr = top.array("records", true))
            parseRecords(*kind, *arr, top.childPath("records"));
        top.reportUnknownKeys({"schema", "kind", "catalogVersion", "records", "description"});
    }

private:
    void parseRecords(const std::string &kind, const nlohmann::json &arr, const std::string &path)
    {
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const std::string p = path + "[" + std::to_string(i) + "]";
            const std::size_t before = errorCount();
            if (kind == "accelerators")
                parseAccelerator(arr[i], p, before);
            else if (kind == "regions")
                parseRegion(arr[i], p, before);
            else if (kind == "providers")
                parseProvider(arr[i], p, before);
            else if (kind == "defaults")
                parseDefault(arr[i], p, before);
            else if (kind == "equivalences")
                parseEquivalence(arr[i], p, before);
            else if (kind == "credits")
                parseCredit(arr[i], p, before);
        }
    }

    std::size_t errorCount() const
    {
        return static_cast<std::size_t>(
            std::count_if(m_issues.begin(), m_issues.end(), [](const Issue &i) { return i.isError(); }));
    }

    Citation citation(JsonReader &r)
    {
        Citation c;
        c.source = r.string("source", true, false).value_or("");
        c.year = static_cast<int>(r.number("year", NumberRule::PositiveInteger, true).value_or(0));
        c.status = r.string("status").value_or("");
        c.notes = r.string("notes").value_or("");
        c.origin = m_origin;
        if (const nlohmann::json *fs = r.object("sources")) {
            for (const auto &item : fs->items()) {
                if (item.value().is_string())
                    c.fieldSources[item.key()] = item.value().get<std::string>();
                else
                    r.error("sources." + item.key(),
                            "expected a string, got " + describeJsonValue(item.value()));
            }
        }
        return c;
    }

    void parseAccelerator(const nlohmann::json &j, const std::string &path, std::size_t before)
    {
        JsonReader r(j, path, m_issues);
        if (!r.isObject())
            return;
        Accelerator a;
        a.id = r.string("id", true, false).value_or("");
        a.name = r.string("name", true, false).value_or("");
        a.vendor = r.string("vendor").value_or("");
        a.kind = r.string("kind", true, false).value_or("");
        a.tdpW = r.number("tdpW", NumberRule::Positive);
        a.memoryGB = r.number("memoryGB", NumberRule::NonNegative).value_or(0);
        a.memoryBandwidthGBs = r.number("memoryBandwidthGBs", NumberRule::Positive);
        a.powerBasis = r.string("powerBasis").value_or("tdp");
        if (a.powerBasis != "tdp" && a.powerBasis != "system")
            r.error("powerBasis", R"(expected "tdp" or "system", got ")" + a.powerBasis + "\"");
        if (const nlohmann::json *peaks = r.object("peakTflops")) {
            JsonReader pr(*peaks, r.childPath("peakTflops"), m_issues);
            for (const auto &item : peaks->items()) {
                if (auto v = pr.number(item.key(), NumberRule::Positive))
                    a.peakTflops[item.key()] = *v;
            }
        }
        a.defaultPrecision = r.string("defaultPrecision").value_or("");
        if (!a.defaultPrecision.empty() && !a.peakTflops.empty() && !a.peakTflops.count(a.defaultPrecision))
            r.error("defaultPrecision", "\"" + a.defaultPrecision + "\" has no entry in peakTflops");
        a.embodiedKgCo2e = r.number("embodiedKgCo2e", NumberRule::NonNegative);
        a.embodiedKgCo2eLow = r.number("embodiedKgCo2eLow", NumberRule::NonNegative);
        a.embodiedKgCo2eHigh = r.number("embodiedKgCo2eHigh", NumberRule::NonNegative);
        a.embodiedBasis = r.string("embodiedBasis").value_or("");
        a.embodiedHostKgPerServer = r.number("embodiedHostKgPerServer", NumberRule::NonNegative);
        if (!a.embodiedBasis.empty() && a.embodiedBasis != "die" && a.embodiedBasis != "card" &&
            a.embodiedBasis != "server-share")
            r.error("embodiedBasis",
                    R"(expected "die", "card" or "server-share", got ")" + a.embodiedBasis + "\"");
        checkOwnRange(r, {"embodiedKgCo2e", "embodiedKgCo2eLow", "embodiedKgCo2eHigh"}, a.embodiedKgCo2e,
                      a.embodiedKgCo2eLow, a.embodiedKgCo2eHigh);
        a.priceUsdPerHour = r.number("priceUsdPerHour", NumberRule::NonNegative);
        a.priceOffer = r.string("priceOffer").value_or("");
        a.releaseYear = static_cast<int>(r.number("releaseYear", NumberRule::PositiveInteger).value_or(0));
        if (const auto n = r.number("acceleratorsPerServer", NumberRule::PositiveInteger))
            a.acceleratorsPerServer = static_cast<int>(*n);
        a.hostPowerPerServerW = r.number("hostPowerPerServerW", NumberRule::Positive);
        a.mfuGroup = r.string("mfuGroup").value_or("");
        a.citation = citation(r);
        r.reportUnknownKeys({"id",
                             "name",
                             "vendor",
                             "kind",
                             "tdpW",
                             "powerBasis",
                             "memoryGB",
                             "memoryBandwidthGBs",
                             "peakTflops",
                             "defaultPrecision",
                             "embodiedKgCo2e",
                             "embodiedKgCo2eLow",
                             "embodiedKgCo2eHigh",
                             "embodiedBasis",
                             "embodiedHostKgPerServer",
                             "priceUsdPerHour",
                             "priceOffer",
                             "releaseYear",
                             "acceleratorsPerServer",
                             "hostPowerPerServerW",
                             "mfuGroup",
                             "source",
                             "year",
                             "status",
                             "sources",
                             "notes"});
        if (errorCount() == before)
            Catalog::upsert(m_catalog.m_accelerators, m_catalog.m_acceleratorIndex, std::move(a));
    }

    void parseRegion(const nlohmann::json &j, const std::string &path, std::size_t before)
    {
        JsonReader r(j, path, m_issues);
        if (!r.isObject())
            return;
        Region g;
        g.id = r.string("id", true, false).value_or("");
        g.name = r.string("name", true, false).value_or("");
        g.kind = r.string("kind", true, false).value_or("");
        g.country = r.string("country").value_or("");
        g.provider = r.string("provider").value_or("");
        g.intensityGPerKWh = r.number("intensityGPerKWh", NumberRule::NonNegative, true).value_or(0);
        g.intensityLowGPerKWh = r.number("intensityLowGPerKWh", NumberRule::NonNegative);
        g.intensityHighGPerKWh = r.number("intensityHighGPerKWh", NumberRule::NonNegative);
        g.rangeBasis = r.string("rangeBasis").value_or("");
        checkOwnRange(r, {"intensityGPerKWh", "intensityLowGPerKWh", "intensityHighGPerKWh"},
                      g.intensityGPerKWh, g.intensityLowGPerKWh, g.intensityHighGPerKWh);
        g.basis = r.string("basis").value_or("");
        checkBasis(r, "basis", g.basis);
        g.grid = r.string("grid").value_or("");
        g.directGPerKWh = r.number("directGPerKWh", NumberRule::NonNegative);
        g.directYear = static_cast<int>(r.number("directYear", NumberRule::PositiveInteger).value_or(0));
        g.ewifLPerKWh = r.number("ewifLPerKWh", NumberRule::NonNegative);
        g.ewifLowLPerKWh = r.number("ewifLowLPerKWh", NumberRule::NonNegative);
        g.ewifHighLPerKWh = r.number("ewifHighLPerKWh", NumberRule::NonNegative);
        checkOwnRange(r, {"ewifLPerKWh", "ewifLowLPerKWh", "ewifHighLPerKWh"}, g.ewifLPerKWh,
                      g.ewifLowLPerKWh, g.ewifHighLPerKWh);
        g.pue = r.number("pue", NumberRule::AtLeastOne);
        g.cfe = r.number("cfe", NumberRule::Fraction);
        g.hourlyProfile = r.string("hourlyProfile").value_or("");
        if (const nlohmann::json *alts = r.array("alternatives")) {
            for (std::size_t i = 0; i < alts->size(); ++i) {
                JsonReader ar((*alts)[i], r.childPath("alternatives") + "[" + std::to_string(i) + "]",
                              m_issues);
                if (!ar.isObject())
                    continue;
                Region::Alternative alt;
                alt.intensityGPerKWh =
                    ar.number("intensityGPerKWh", NumberRule::NonNegative, true).value_or(0);
                alt.year = static_cast<int>(ar.number("year", NumberRule::PositiveInteger).value_or(0));
                alt.source = ar.string("source", true).value_or("");
                alt.basis = ar.string("basis").value_or("");
                checkBasis(ar, "basis", alt.basis);
                ar.reportUnknownKeys({"intensityGPerKWh", "year", "source", "basis", "notes"});
                g.alternatives.push_back(std::move(alt));
            }
        }
        g.citation = citation(r);
        r.reportUnknownKeys({"id",
                             "name",
                             "kind",
                             "country",
                             "provider",
                             "intensityGPerKWh",
                             "intensityLowGPerKWh",
                             "intensityHighGPerKWh",
                             "rangeBasis",
                             "basis",
                             "grid",
                             "directGPerKWh",
                             "directYear",
                             "ewifLPerKWh",
                             "ewifLowLPerKWh",
                             "ewifHighLPerKWh",
                             "pue",
                             "cfe",
                             "alternatives",
                             "hourlyProfile",
                             "source",
                             "year",
                             "status",
                             "sources",
                             "notes",
                             "location"});
        if (errorCount() == before)
            Catalog::upsert(m_catalog.m_regions, m_catalog.m_regionIndex, std::move(g));
    }

    void parseProvider(const nlohmann::json &j, const std::string &path, std::size_t before)
    {
        JsonReader r(j, path, m_issues);
        if (!r.isObject())
            return;
        Provider p;
        p.id = r.string("id", true, false).value_or("");
        p.name = r.string("name", true, false).value_or("");
        p.kind = r.string("kind").value_or("cloud");
        p.pue = r.number("pue", NumberRule::AtLeastOne, true).value_or(1);
        if (const nlohmann::json *range = r.object("pueRange")) {
            JsonReader rr(*range, r.childPath("pueRange"), m_issues);
            p.pueLow = rr.number("low", NumberRule::AtLeastOne);
            p.pueHigh = rr.number("high", NumberRule::AtLeastOne);
        }
        p.wueLPerKWh = r.number("wueLPerKWh", NumberRule::NonNegative);
        p.wueLowLPerKWh = r.number("wueLowLPerKWh", NumberRule::NonNegative);
        p.wueHighLPerKWh = r.number("wueHighLPerKWh", NumberRule::NonNegative);
        checkOwnRange(r, {"wueLPerKWh", "wueLowLPerKWh", "wueHighLPerKWh"}, p.wueLPerKWh, p.wueLowLPerKWh,
                      p.wueHighLPerKWh);
        p.citation = citation(r);
        r.reportUnknownKeys({"id", "name", "kind", "pue", "pueRange", "wueLPerKWh", "wueLowLPerKWh",
                             "wueHighLPerKWh", "source", "year", "status", "sources", "notes"});
        if (errorCount() == before)
            Catalog::upsert(m_catalog.m_providers, m_catalog.m_providerIndex, std::move(p));
    }

    void parseDefault(const nlohmann::json &j, const std::string &path, std::size_t before)
    {
        JsonReader r(j, path, m_issues);
        if (!r.isObject())
            return;
        DefaultValue d;
        d.id = r.string("id", true, false).value_or("");
        d.name = r.string("name", true, false).value_or("");
        d.value = r.number("value", NumberRule::Finite, true).value_or(0);
        d.unit = r.string("unit").value_or("");
        if (const nlohmann::json *range = r.object("range")) {
            JsonReader rr(*range, r.childPath("range"), m_issues);
            Distribution dist;
            const std::string kind = rr.string("dist").value_or("triangular");
            if (!parseDistributionKind(kind, dist.kind))
                rr.error("dist", "unknown distribution \"" + kind + "\" (triangular, uniform, lognormal)");
            dist.low = rr.number("low", NumberRule::Finite, true).value_or(d.value);
            dist.high = rr.number("high", NumberRule::Finite, true).value_or(d.value);
            dist.mode = rr.number("mode", NumberRule::Finite).value_or(d.value);
            if (dist.low > dist.mode || dist.mode > dist.high)
                rr.error("low", "expected low ≤ mode ≤ high");
            rr.reportUnknownKeys({"dist", "low", "mode", "high", "notes"});
            d.range = dist;
        }
        d.citation = citation(r);
        r.reportUnknownKeys(
            {"id", "name", "value", "unit", "range", "source", "year", "status", "sources", "notes"});
        if (errorCount() == before)
            Catalog::upsert(m_catalog.m_defaults, m_catalog.m_defaultIndex, std::move(d));
    }

    void parseEquivalence(const nlohmann::json &j, const std::string &path, std::size_t before)
    {
        JsonReader r(j, path, m_issues);
        if (!r.isObject())
            return;
        Equivalence e;
        e.id = r.string("id", true, false).value_or("");
        e.name = r.string("name", true, false).value_or("");
        e.unit = r.string("unit", true, false).value_or("");
        e.gCo2ePerUnit = r.number("gCo2ePerUnit", NumberRule::Positive, true).value_or(1);
        e.citation = citation(r);
        r.reportUnknownKeys(
            {"id", "name", "unit", "gCo2ePerUnit", "source", "year", "status", "sources", "notes"});
        if (errorCount() == before)
            Catalog::upsert(m_catalog.m_equivalences, m_catalog.m_equivalenceIndex, std::move(e));
    }

    void parseCredit(const nlohmann::json &j, const std::string &path, std::size_t before)
    {
        JsonReader r(j, path, m_issues);
        if (!r.isObject())
            return;
        Credit c;
        c.id = r.string("id", true, false).value_or("");
        c.name = r.string("name", true, false).value_or("");
        c.licence = r.string("licence", true, false).value_or("");
        c.credit = r.string("credit", true, false).value_or("");
        c.url = r.string("url").value_or("");
        c.citation = citation(r);
        r.reportUnknownKeys(
            {"id", "name", "licence", "credit", "url", "source", "year", "status", "sources", "notes"});
        if (errorCount() == before)
            Catalog::upsert(m_catalog.m_credits, m_catalog.m_creditIndex, std::move(c));
    }

    Catalog &m_catalog;
    std::string m_origin;
    Issues &m_issues;
};

template <typename T>
void Catalog::upsert(std::vector<T> &records, std::unordered_map<std::string, std::size_t> &index, T record)
{
    const auto it = index.find(record.id);
    if (it != index.end()) {
        records[it->second] = std::move(record);
        return;
    }
    index.emplace(record.id, records.size());
    records.push_back(std::move(record));
}

const Catalog &Catalog::builtIn()
{
    static const Catalog catalog = [] {
        Catalog c;
        for (const embedded::File &f : embedded::files()) {
            if (f.name.substr(0, 8) != "catalog/")
                continue;
            const Issues issues = c.addJson(f.content, "built-in " + std::string(f.name));
            // The shipped catalog is tested; an error here is a build defect, not user input.
            if (hasErrors(issues))
                throw std::logic_error("built-in catalog is invalid: " + issues.front().toString());
        }
        return c;
    }();
    return catalog;
}

Issues Catalog::addJson(std::string_view text, const std::string &origin)
{
    Issues issues;
    nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded()) {
        issues.push_back({Issue::Severity::Error, origin, "not valid JSON"});
        return issues;
    }
    CatalogParser parser(*this, origin, issues);
    parser.parseDocument(doc);
    return issues;
}

Issues Catalog::addFile(const std::string &path)
{
    std::string text;
    std::string error;
    if (!readTextFile(path, text, error))
        return {{Issue::Severity::Error, path, error}};
    return addJson(text, path);
}

const Accelerator *Catalog::accelerator(std::string_view id) const
{
    return lookup(m_accelerators, m_acceleratorIndex, id);
}
const Region *Catalog::region(std::string_view id) const
{
    return lookup(m_regions, m_regionIndex, id);
}
const Provider *Catalog::provider(std::string_view id) const
{
    return lookup(m_providers, m_providerIndex, id);
}
const DefaultValue *Catalog::defaultValue(std::string_view id) const
{
    return lookup(m_defaults, m_defaultIndex, id);
}
const Equivalence *Catalog::equivalence(std::string_view id) const
{
    return lookup(m_equivalences, m_equivalenceIndex, id);
}

const std::vector<std::string> &Catalog::requiredDefaults()
{
    static const std::vector<std::string> ids = {"mfu",
                                                 "loadFactor",
                                                 "hostOverheadFraction",
                                                 "pue",
                                                 "serviceLifeYears",
                                                 "embodiedCardBaseKg",
                                                 "embodiedMemoryKgPerGB",
                                                 "embodiedHostKgPerAccelerator.gpu",
                                                 "embodiedHostKgPerAccelerator.tpu",
                                                 "wueLPerKWh",
                                                 "ewifLPerKWh",
                                                 "electricityPriceUsdPerKWh",
                                                 "carbonPriceUsdPerT",
                                                 "experimentMultiplier"};
    return ids;
}

Issues Catalog::checkComplete() const
{
    Issues issues;
    for (const std::string &id : requiredDefaults())
        if (defaultValue(id) == nullptr)
            issues.push_back(
                {Issue::Severity::Error, "defaults", "required default \"" + id + "\" is missing"});
    return issues;
}

std::vector<const Region *> Catalog::searchRegions(std::string_view query, std::size_t limit) const
{
    const std::string q = lower(query);
    std::vector<std::pair<int, const Region *>> scored;
    for (const Region &r : m_regions) {
        const std::string id = lower(r.id);
        const std::string name = lower(r.name);
        int score = -1;
        if (q.empty())
            score = 3;
        else if (id == q)
            score = 0;
        else if (id.rfind(q, 0) == 0 || name.rfind(q, 0) == 0)
            score = 1;
        else if (id.find(q) != std::string::npos || name.find(q) != std::string::npos ||
                 lower(r.country) == q)
            score = 2;
        if (score >= 0)
            scored.emplace_back(score, &r);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<const Region *> out;
    for (const auto &s : scored) {
        if (out.size() >= limit)
            break;
        out.push_back(s.second);
    }
    return out;
}

} // namespace greenlight
