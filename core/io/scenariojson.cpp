#include "scenariojson.h"

#include "deploymentjson.h"
#include "jsonreader.h"
#include "leversjson.h"
#include "uncertainty/uncertaintyjson.h"
#include "util/numberformat.h"

namespace greenlight {

namespace {

template <typename J>
void put(J &obj, const char *key, const std::optional<double> &v)
{
    if (v)
        obj[key] = *v;
}

template <typename J>
void putNonEmpty(J &obj, const char *key, const std::string &v)
{
    if (!v.empty())
        obj[key] = v;
}

void readWorkload(JsonReader &r, Scenario &s)
{
    auto mode = r.string("mode", true);
    if (mode) {
        if (auto m = parseWorkloadMode(*mode)) {
            s.workloadMode = *m;
        } else {
            r.error(
                "mode",
                "expected one of acceleratorHours, devicesDuration, firstPrinciples, measuredEnergy, got \"" +
                    *mode + "\"");
            // Mode-specific fields cannot be judged against an unknown mode.
            mode.reset();
        }
    }
    const bool ah = s.workloadMode == WorkloadMode::AcceleratorHours;
    const bool dd = s.workloadMode == WorkloadMode::DevicesDuration;
    const bool fp = s.workloadMode == WorkloadMode::FirstPrinciples;
    const bool me = s.workloadMode == WorkloadMode::MeasuredEnergy;
    s.acceleratorHours = r.number("acceleratorHours", NumberRule::Positive, mode && ah).value_or(0);
    s.durationHours = r.number("durationHours", NumberRule::Positive, mode && dd).value_or(0);
    s.parametersB = r.number("parametersB", NumberRule::Positive, mode && fp).value_or(0);
    s.totalParametersB = r.number("totalParametersB", NumberRule::Positive);
    if (s.totalParametersB && s.parametersB > 0 && *s.totalParametersB < s.parametersB)
        r.error("totalParametersB", "must be at least parametersB (the activated parameters, " +
                                        formatNumber(s.parametersB) + ")");
    s.tokens = r.number("tokens", NumberRule::Positive, mode && fp).value_or(0);
    s.mfu = r.number("mfu", NumberRule::OpenFraction);
    s.precision = r.string("precision").value_or("");
    s.measuredItEnergyKWh = r.number("measuredItEnergyKWh", NumberRule::NonNegative, mode && me);
    s.experimentMultiplier = r.number("experimentMultiplier", NumberRule::AtLeastOne);
    r.reportUnknownKeys({"mode", "acceleratorHours", "durationHours", "parametersB", "totalParametersB",
                         "tokens", "mfu", "precision", "measuredItEnergyKWh", "experimentMultiplier"});
}

void readHardware(JsonReader &r, Scenario &s)
{
    s.acceleratorId = r.string("accelerator", true, false).value_or("");
    s.acceleratorCount = static_cast<int>(r.number("count", NumberRule::PositiveInteger).value_or(1));
    s.powerW = r.number("powerW", NumberRule::Positive);
    s.loadFactor = r.number("loadFactor", NumberRule::OpenFraction);
    s.hostOverheadFraction = r.number("hostOverheadFraction", NumberRule::NonNegative);
    s.hostPowerW = r.number("hostPowerW", NumberRule::NonNegative);
    s.idleShare = r.number("idleShare", NumberRule::NonNegative);
    if (s.powerW && (s.loadFactor || s.hostOverheadFraction || s.hostPowerW))
        r.error("powerW", "a measured all-in power excludes loadFactor, hostOverheadFraction and hostPowerW: "
                          "set one or the other");
    if (s.hostOverheadFraction && s.hostPowerW)
        r.error("hostPowerW", "hostPowerW (watts per accelerator) and hostOverheadFraction (a share of the "
                              "accelerator power) count the same host: set one or the other");
    r.reportUnknownKeys(
        {"accelerator", "count", "powerW", "loadFactor", "hostOverheadFraction", "hostPowerW", "idleShare"});
}

void readSite(JsonReader &r, Scenario &s)
{
    s.regionId = r.string("region").value_or("");
    s.intensityGPerKWh = r.number("intensityGPerKWh", NumberRule::NonNegative);
    if (s.regionId.empty() && !s.intensityGPerKWh && r.isObject())
        r.error("region", "required: give a region id or a grid intensity (intensityGPerKWh)");
    s.pue = r.number("pue", NumberRule::AtLeastOne);
    s.renewableShare = r.number("renewableShare", NumberRule::Fraction).value_or(0);
    s.residualMixGPerKWh = r.number("residualMixGPerKWh", NumberRule::NonNegative);
    s.wueLPerKWh = r.number("wueLPerKWh", NumberRule::NonNegative);
    s.ewifLPerKWh = r.number("ewifLPerKWh", NumberRule::NonNegative);
    s.offsetsTCo2e = r.number("offsetsTCo2e", NumberRule::NonNegative);
    r.reportUnknownKeys({"region", "intensityGPerKWh", "pue", "renewableShare", "residualMixGPerKWh",
                         "wueLPerKWh", "ewifLPerKWh", "offsetsTCo2e"});
}

void readEmbodied(JsonReader &r, Scenario &s)
{
    s.embodiedKgPerAccelerator = r.number("kgPerAccelerator", NumberRule::NonNegative);
    s.serviceLifeYears = r.number("serviceLifeYears", NumberRule::Positive);
    r.reportUnknownKeys({"kgPerAccelerator", "serviceLifeYears"});
}

void readCost(JsonReader &r, Scenario &s)
{
    if (auto mode = r.string("mode")) {
        if (auto m = parseCostMode(*mode))
            s.costMode = *m;
        else
            r.error("mode", "expected one of auto, rental, owned, got \"" + *mode + "\"");
    }
    s.priceUsdPerAcceleratorHour = r.number("priceUsdPerAcceleratorHour", NumberRule::NonNegative);
    s.electricityPriceUsdPerKWh = r.number("electricityPriceUsdPerKWh", NumberRule::NonNegative);
    s.capexUsdPerAccelerator = r.number("capexUsdPerAccelerator", NumberRule::NonNegative);
    s.carbonPriceUsdPerT = r.number("carbonPriceUsdPerT", NumberRule::NonNegative);
    r.reportUnknownKeys({"mode", "priceUsdPerAcceleratorHour", "electricityPriceUsdPerKWh",
                         "capexUsdPerAccelerator", "carbonPriceUsdPerT"});
}

void readPublished(JsonReader &r, Scenario &s)
{
    PublishedFootprint p;
    p.energyMWh = r.number("energyMWh", NumberRule::NonNegative);
    if (auto basis = r.string("energyBasis")) {
        if (*basis == "facility" || *basis == "it")
            p.energyBasis = *basis;
        else
            r.error("energyBasis", R"(expected "facility" or "it", got ")" + *basis + "\"");
    }
    p.co2eT = r.number("co2eT", NumberRule::NonNegative);
    p.acceleratorHours = r.number("acceleratorHours", NumberRule::NonNegative);
    p.source = r.string("source").value_or("");
    r.reportUnknownKeys({"energyMWh", "energyBasis", "co2eT", "acceleratorHours", "source"});
    s.published = p;
}

} // namespace

Scenario scenarioFromJson(const nlohmann::json &json, const std::string &path, Issues &issues)
{
    Scenario s;
    JsonReader r(json, path, issues);
    if (!r.isObject())
        return s;
    s.name = r.string("name", true, false).value_or("");
    s.notes = r.string("notes").value_or("");
    s.color = r.string("color").value_or("");
    s.includeInComparison = r.boolean("includeInComparison").value_or(true);

    struct Section
    {
        const char *key;
        bool required;
        void (*read)(JsonReader &, Scenario &);
    };
    const Section sections[] = {{"workload", true, readWorkload}, {"hardware", true, readHardware},
                                {"site", true, readSite},         {"embodied", false, readEmbodied},
                                {"cost", false, readCost},        {"published", false, readPublished}};
    for (const Section &sec : sections) {
        if (const nlohmann::json *obj = r.object(sec.key, sec.required)) {
            JsonReader sub(*obj, r.childPath(sec.key), issues);
            sec.read(sub, s);
        }
    }
    if (const nlohmann::json *u = r.object("uncertainty"))
        s.uncertainty = UncertaintyJson::read(*u, r.childPath("uncertainty"), issues);
    if (const nlohmann::json *l = r.object("levers"))
        s.levers = LeversJson::read(*l, r.childPath("levers"), issues);
    if (const nlohmann::json *d = r.object("deployment"))
        s.deployment = DeploymentJson::read(*d, r.childPath("deployment"), issues);
    r.reportUnknownKeys({"name", "notes", "color", "includeInComparison", "workload", "hardware", "site",
                         "embodied", "cost", "published", "uncertainty", "levers", "deployment"});
    return s;
}

nlohmann::ordered_json scenarioToJson(const Scenario &s)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    j["name"] = s.name;
    putNonEmpty(j, "notes", s.notes);
    putNonEmpty(j, "color", s.color);
    if (!s.includeInComparison)
        j["includeInComparison"] = false;

    nlohmann::ordered_json w = nlohmann::ordered_json::object();
    w["mode"] = workloadModeName(s.workloadMode);
    if (s.acceleratorHours > 0)
        w["acceleratorHours"] = s.acceleratorHours;
    if (s.durationHours > 0)
        w["durationHours"] = s.durationHours;
    if (s.parametersB > 0)
        w["parametersB"] = s.parametersB;
    if (s.totalParametersB)
        w["totalParametersB"] = *s.totalParametersB;
    if (s.tokens > 0)
        w["tokens"] = s.tokens;
    put(w, "mfu", s.mfu);
    putNonEmpty(w, "precision", s.precision);
    put(w, "measuredItEnergyKWh", s.measuredItEnergyKWh);
    put(w, "experimentMultiplier", s.experimentMultiplier);
    j["workload"] = w;

    nlohmann::ordered_json h = nlohmann::ordered_json::object();
    h["accelerator"] = s.acceleratorId;
    h["count"] = s.acceleratorCount;
    put(h, "powerW", s.powerW);
    put(h, "loadFactor", s.loadFactor);
    put(h, "hostOverheadFraction", s.hostOverheadFraction);
    put(h, "hostPowerW", s.hostPowerW);
    put(h, "idleShare", s.idleShare);
    j["hardware"] = h;

    nlohmann::ordered_json site = nlohmann::ordered_json::object();
    putNonEmpty(site, "region", s.regionId);
    put(site, "intensityGPerKWh", s.intensityGPerKWh);
    put(site, "pue", s.pue);
    if (s.renewableShare > 0)
        site["renewableShare"] = s.renewableShare;
    put(site, "residualMixGPerKWh", s.residualMixGPerKWh);
    put(site, "wueLPerKWh", s.wueLPerKWh);
    put(site, "ewifLPerKWh", s.ewifLPerKWh);
    put(site, "offsetsTCo2e", s.offsetsTCo2e);
    j["site"] = site;

    nlohmann::ordered_json e = nlohmann::ordered_json::object();
    put(e, "kgPerAccelerator", s.embodiedKgPerAccelerator);
    put(e, "serviceLifeYears", s.serviceLifeYears);
    if (!e.empty())
        j["embodied"] = e;

    nlohmann::ordered_json c = nlohmann::ordered_json::object();
    if (s.costMode != CostMode::Auto)
        c["mode"] = costModeName(s.costMode);
    put(c, "priceUsdPerAcceleratorHour", s.priceUsdPerAcceleratorHour);
    put(c, "electricityPriceUsdPerKWh", s.electricityPriceUsdPerKWh);
    put(c, "capexUsdPerAccelerator", s.capexUsdPerAccelerator);
    put(c, "carbonPriceUsdPerT", s.carbonPriceUsdPerT);
    if (!c.empty())
        j["cost"] = c;

    if (s.published) {
        nlohmann::ordered_json p = nlohmann::ordered_json::object();
        put(p, "energyMWh", s.published->energyMWh);
        p["energyBasis"] = s.published->energyBasis;
        put(p, "co2eT", s.published->co2eT);
        put(p, "acceleratorHours", s.published->acceleratorHours);
        putNonEmpty(p, "source", s.published->source);
        j["published"] = p;
    }
    if (!s.uncertainty.empty())
        j["uncertainty"] = UncertaintyJson::write(s.uncertainty);
    if (s.levers.any())
        j["levers"] = LeversJson::write(s.levers);
    if (s.deployment)
        j["deployment"] = DeploymentJson::write(*s.deployment);
    return j;
}

} // namespace greenlight
