#include "measuredrunjson.h"

#include "jsonreader.h"

#include <cmath>

namespace greenlight {

namespace {

void put(nlohmann::ordered_json &j, const char *key, const std::optional<double> &v)
{
    if (v)
        j[key] = *v;
}

void put(nlohmann::ordered_json &j, const char *key, const std::optional<int> &v)
{
    if (v)
        j[key] = *v;
}

void putNonEmpty(nlohmann::ordered_json &j, const char *key, const std::string &v)
{
    if (!v.empty())
        j[key] = v;
}

std::optional<int> count(JsonReader &r, const char *key)
{
    const auto v = r.number(key, NumberRule::NonNegative);
    if (!v)
        return std::nullopt;
    if (*v != std::floor(*v) || *v > 1e6) {
        r.error(key, "expected a whole number between 0 and 1000000, got " + describeJsonValue(*v));
        return std::nullopt;
    }
    return static_cast<int>(*v);
}

} // namespace

MeasuredRun measuredRunFromJson(const nlohmann::json &json, const std::string &path, Issues &issues)
{
    MeasuredRun m;
    JsonReader top(json, path, issues);
    if (!top.isObject())
        return m;
    m.name = top.string("name", true, false).value_or("");
    m.linkedScenario = top.string("linkedScenario").value_or("");
    m.notes = top.string("notes").value_or("");

    if (const nlohmann::json *src = top.object("source", true)) {
        JsonReader r(*src, top.childPath("source"), issues);
        m.tool = r.string("tool", true, false).value_or("");
        if (!m.tool.empty() && m.tool != "codecarbon" && m.tool != "carbontracker")
            r.error("tool", R"(expected "codecarbon" or "carbontracker", got ")" + m.tool + "\"");
        m.fileName = r.string("file").value_or("");
        m.toolVersion = r.string("toolVersion").value_or("");
        m.importedAt = r.string("importedAt").value_or("");
        m.startedAt = r.string("startedAt").value_or("");
        m.taskName = r.string("taskName").value_or("");
        m.runId = r.string("runId").value_or("");
        m.rows = count(r, "rows").value_or(0);
        r.reportUnknownKeys(
            {"tool", "file", "toolVersion", "importedAt", "startedAt", "taskName", "runId", "rows"});
    }
    if (const nlohmann::json *hw = top.object("hardware")) {
        JsonReader r(*hw, top.childPath("hardware"), issues);
        m.cpuModel = r.string("cpuModel").value_or("");
        m.cpuCount = count(r, "cpuCount");
        m.gpuModel = r.string("gpuModel").value_or("");
        m.gpuCount = count(r, "gpuCount");
        r.reportUnknownKeys({"cpuModel", "cpuCount", "gpuModel", "gpuCount"});
    }
    if (const nlohmann::json *site = top.object("site")) {
        JsonReader r(*site, top.childPath("site"), issues);
        m.country = r.string("country").value_or("");
        m.countryIsoCode = r.string("countryIsoCode").value_or("");
        m.region = r.string("region").value_or("");
        m.cloudProvider = r.string("cloudProvider").value_or("");
        m.cloudRegion = r.string("cloudRegion").value_or("");
        m.onCloud = r.boolean("onCloud");
        m.pue = r.number("pue", NumberRule::AtLeastOne);
        m.pueSource = r.string("pueSource").value_or("");
        m.wueLPerKWh = r.number("wueLPerKWh", NumberRule::NonNegative);
        m.intensityGPerKWh = r.number("intensityGPerKWh", NumberRule::NonNegative);
        r.reportUnknownKeys({"country", "countryIsoCode", "region", "cloudProvider", "cloudRegion", "onCloud",
                             "pue", "pueSource", "wueLPerKWh", "intensityGPerKWh"});
    }
    if (const nlohmann::json *meas = top.object("measured", true)) {
        JsonReader r(*meas, top.childPath("measured"), issues);
        m.durationS = r.number("durationS", NumberRule::NonNegative, true).value_or(0);
        m.energyKWh = r.number("energyKWh", NumberRule::NonNegative, true).value_or(0);
        m.emissionsKg = r.number("emissionsKg", NumberRule::NonNegative, true).value_or(0);
        m.cpuEnergyKWh = r.number("cpuEnergyKWh", NumberRule::NonNegative);
        m.gpuEnergyKWh = r.number("gpuEnergyKWh", NumberRule::NonNegative);
        m.ramEnergyKWh = r.number("ramEnergyKWh", NumberRule::NonNegative);
        m.waterL = r.number("waterL", NumberRule::NonNegative);
        r.reportUnknownKeys({"durationS", "energyKWh", "emissionsKg", "cpuEnergyKWh", "gpuEnergyKWh",
                             "ramEnergyKWh", "waterL"});
    }
    if (const nlohmann::json *pred = top.object("predicted")) {
        JsonReader r(*pred, top.childPath("predicted"), issues);
        m.predictedEpochs = count(r, "epochs");
        m.predictedDurationS = r.number("durationS", NumberRule::NonNegative);
        m.predictedEnergyKWh = r.number("energyKWh", NumberRule::NonNegative);
        m.predictedEmissionsKg = r.number("emissionsKg", NumberRule::NonNegative);
        r.reportUnknownKeys({"epochs", "durationS", "energyKWh", "emissionsKg"});
    }
    top.reportUnknownKeys(
        {"name", "linkedScenario", "notes", "source", "hardware", "site", "measured", "predicted"});
    return m;
}

nlohmann::ordered_json measuredRunToJson(const MeasuredRun &m)
{
    nlohmann::ordered_json j;
    j["name"] = m.name;
    putNonEmpty(j, "linkedScenario", m.linkedScenario);
    putNonEmpty(j, "notes", m.notes);

    nlohmann::ordered_json src;
    src["tool"] = m.tool;
    putNonEmpty(src, "file", m.fileName);
    putNonEmpty(src, "toolVersion", m.toolVersion);
    putNonEmpty(src, "importedAt", m.importedAt);
    putNonEmpty(src, "startedAt", m.startedAt);
    putNonEmpty(src, "taskName", m.taskName);
    putNonEmpty(src, "runId", m.runId);
    src["rows"] = m.rows;
    j["source"] = src;

    nlohmann::ordered_json hw = nlohmann::ordered_json::object();
    putNonEmpty(hw, "cpuModel", m.cpuModel);
    put(hw, "cpuCount", m.cpuCount);
    putNonEmpty(hw, "gpuModel", m.gpuModel);
    put(hw, "gpuCount", m.gpuCount);
    if (!hw.empty())
        j["hardware"] = hw;

    nlohmann::ordered_json site = nlohmann::ordered_json::object();
    putNonEmpty(site, "country", m.country);
    putNonEmpty(site, "countryIsoCode", m.countryIsoCode);
    putNonEmpty(site, "region", m.region);
    putNonEmpty(site, "cloudProvider", m.cloudProvider);
    putNonEmpty(site, "cloudRegion", m.cloudRegion);
    if (m.onCloud)
        site["onCloud"] = *m.onCloud;
    put(site, "pue", m.pue);
    putNonEmpty(site, "pueSource", m.pueSource);
    put(site, "wueLPerKWh", m.wueLPerKWh);
    put(site, "intensityGPerKWh", m.intensityGPerKWh);
    if (!site.empty())
        j["site"] = site;

    nlohmann::ordered_json meas;
    meas["durationS"] = m.durationS;
    meas["energyKWh"] = m.energyKWh;
    meas["emissionsKg"] = m.emissionsKg;
    put(meas, "cpuEnergyKWh", m.cpuEnergyKWh);
    put(meas, "gpuEnergyKWh", m.gpuEnergyKWh);
    put(meas, "ramEnergyKWh", m.ramEnergyKWh);
    put(meas, "waterL", m.waterL);
    j["measured"] = meas;

    nlohmann::ordered_json pred = nlohmann::ordered_json::object();
    put(pred, "epochs", m.predictedEpochs);
    put(pred, "durationS", m.predictedDurationS);
    put(pred, "energyKWh", m.predictedEnergyKWh);
    put(pred, "emissionsKg", m.predictedEmissionsKg);
    if (!pred.empty())
        j["predicted"] = pred;
    return j;
}

} // namespace greenlight
