#include "deploymentjson.h"

#include "jsonreader.h"
#include "util/numberformat.h"

#include <cstdio>
#include <string>

namespace greenlight {

bool DeploymentJson::isValidDate(const std::string &text)
{
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
        std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
        return false;
    if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

Deployment DeploymentJson::read(const nlohmann::json &json, const std::string &path, Issues &issues)
{
    Deployment d;
    JsonReader r(json, path, issues);
    if (!r.isObject())
        return d;
    auto mode = r.string("mode", true);
    if (mode) {
        if (auto m = parseDeploymentMode(*mode)) {
            d.mode = *m;
        } else {
            r.error("mode",
                    "expected one of accelerators, firstPrinciples, perRequest, got \"" + *mode + "\"");
            mode.reset();
        }
    }
    d.acceleratorId = r.string("accelerator", false, false).value_or("");
    if (auto c = r.number("count", NumberRule::PositiveInteger))
        d.acceleratorCount = static_cast<int>(*c);
    if (d.acceleratorCount && mode && d.mode != DeploymentMode::Accelerators)
        r.error("count", R"(only applies with "mode": "accelerators")");
    if (auto n = r.number("acceleratorsPerReplica", NumberRule::PositiveInteger))
        d.acceleratorsPerReplica = static_cast<int>(*n);
    d.parametersB = r.number("parametersB", NumberRule::Positive);
    d.activeParametersB = r.number("activeParametersB", NumberRule::Positive);
    if (d.activeParametersB && d.parametersB && *d.activeParametersB > *d.parametersB)
        r.error("activeParametersB", "must be at most parametersB (" + formatNumber(*d.parametersB) + ")");
    d.energyPerRequestWh = r.number("energyPerRequestWh", NumberRule::Positive);
    if (d.energyPerRequestWh && mode && d.mode != DeploymentMode::PerRequest)
        r.error("energyPerRequestWh", R"(only applies with "mode": "perRequest")");
    d.requestsPerDay = r.number("requestsPerDay", NumberRule::Positive, true).value_or(0);
    d.inputTokens = r.number("inputTokens", NumberRule::NonNegative);
    // A measured energy per request needs no tokens; the serving model does.
    const bool measured = mode && d.mode == DeploymentMode::PerRequest && d.energyPerRequestWh;
    d.outputTokens = r.number("outputTokens", NumberRule::NonNegative, !measured).value_or(0);
    d.batchSize = r.number("batchSize", NumberRule::AtLeastOne);
    d.fleetUtilisation = r.number("fleetUtilisation", NumberRule::OpenFraction);
    d.servingTimeFactor = r.number("servingTimeFactor", NumberRule::Positive);
    if (auto stack = r.string("stack")) {
        if (auto st = parseServingStack(*stack))
            d.stack = *st;
        else
            r.error("stack", R"(expected "optimised" or "basic", got ")" + *stack + "\"");
    }
    d.months = static_cast<int>(r.number("months", NumberRule::PositiveInteger, true).value_or(12));
    if (d.months > Deployment::kMaxMonths) {
        r.error("months", "must be at most " + std::to_string(Deployment::kMaxMonths) + " (20 years), got " +
                              std::to_string(d.months));
        d.months = Deployment::kMaxMonths;
    }
    if (auto date = r.string("startDate")) {
        if (isValidDate(*date))
            d.startDate = *date;
        else
            r.error("startDate", "expected a date YYYY-MM-DD, got \"" + *date + "\"");
    }
    d.regionId = r.string("region", false, false).value_or("");
    d.intensityGPerKWh = r.number("intensityGPerKWh", NumberRule::NonNegative);
    d.pue = r.number("pue", NumberRule::AtLeastOne);
    r.reportUnknownKeys({"mode", "accelerator", "count", "acceleratorsPerReplica", "parametersB",
                         "activeParametersB", "energyPerRequestWh", "requestsPerDay", "inputTokens",
                         "outputTokens", "batchSize", "fleetUtilisation", "servingTimeFactor", "stack",
                         "months", "startDate", "region", "intensityGPerKWh", "pue"});
    return d;
}

nlohmann::ordered_json DeploymentJson::write(const Deployment &d)
{
    nlohmann::ordered_json j;
    j["mode"] = deploymentModeName(d.mode);
    if (!d.acceleratorId.empty())
        j["accelerator"] = d.acceleratorId;
    if (d.acceleratorCount)
        j["count"] = *d.acceleratorCount;
    if (d.acceleratorsPerReplica)
        j["acceleratorsPerReplica"] = *d.acceleratorsPerReplica;
    if (d.parametersB)
        j["parametersB"] = *d.parametersB;
    if (d.activeParametersB)
        j["activeParametersB"] = *d.activeParametersB;
    if (d.energyPerRequestWh)
        j["energyPerRequestWh"] = *d.energyPerRequestWh;
    j["requestsPerDay"] = d.requestsPerDay;
    if (d.inputTokens)
        j["inputTokens"] = *d.inputTokens;
    j["outputTokens"] = d.outputTokens;
    if (d.batchSize)
        j["batchSize"] = *d.batchSize;
    if (d.fleetUtilisation)
        j["fleetUtilisation"] = *d.fleetUtilisation;
    if (d.servingTimeFactor)
        j["servingTimeFactor"] = *d.servingTimeFactor;
    if (d.stack != ServingStack::Optimised)
        j["stack"] = servingStackName(d.stack);
    j["months"] = d.months;
    if (!d.startDate.empty())
        j["startDate"] = d.startDate;
    if (!d.regionId.empty())
        j["region"] = d.regionId;
    if (d.intensityGPerKWh)
        j["intensityGPerKWh"] = *d.intensityGPerKWh;
    if (d.pue)
        j["pue"] = *d.pue;
    return j;
}

} // namespace greenlight
