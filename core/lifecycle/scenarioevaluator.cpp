#include "scenarioevaluator.h"

#include "calendardate.h"
#include "catalog/catalog.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "lifecyclemodel.h"
#include "util/numberformat.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

namespace {

void error(Issues &issues, std::string path, std::string message)
{
    issues.push_back({Issue::Severity::Error, std::move(path), std::move(message)});
}

std::optional<double> peak16(const Accelerator &a)
{
    if (auto p = a.peakTflopsFor("fp16"))
        return p;
    if (auto p = a.peakTflopsFor("bf16"))
        return p;
    return a.peakTflopsFor(a.defaultPrecision);
}

// Serving issues come back with training paths ("site.region"): name the deployment field instead.
std::string servingPath(const std::string &path, const Deployment &d)
{
    if (path == "hardware.accelerator")
        return "deployment.accelerator";
    if (path == "site.region" && !d.regionId.empty())
        return "deployment.region";
    if (path == "site.pue" && d.pue)
        return "deployment.pue";
    return path == "catalog" ? path : "deployment (serving) " + path;
}

} // namespace

ScenarioEvaluator::ScenarioEvaluator(const Catalog &catalog) : m_catalog(catalog) {}

std::optional<ScenarioEvaluation> ScenarioEvaluator::evaluate(const Scenario &original, Issues &issues) const
{
    // Lever fields given only as a distribution take its central value (like estimator inputs).
    Scenario withCentrals = original;
    LifecycleModel::applyUserCentrals(withCentrals);
    const Scenario &s = withCentrals;
    auto resolved = Resolver(m_catalog).resolve(s, issues);
    if (!resolved)
        return std::nullopt;
    ScenarioEvaluation ev;
    ev.resolved = *resolved;
    ev.base = Estimator::compute(ev.resolved);
    auto levers = LeverEngine(m_catalog).applyTraining(s, ev.resolved, ev.base, issues);
    if (!levers)
        return std::nullopt;
    ev.levers = std::move(*levers);
    ev.estimate = ev.levers.training;
    if (s.deployment) {
        ev.deployment = deploy(s, ev.estimate, issues);
        if (!ev.deployment)
            return std::nullopt;
        const DeploymentResult &d = *ev.deployment;
        Estimate &e = ev.estimate;
        e[Output::InferenceEnergyKWh] = d.energyKWh;
        e[Output::InferenceCo2eKg] = d.co2eKg;
        e[Output::InferenceWaterL] = d.waterL;
        e[Output::InferenceCostUsd] = d.costUsd;
        e[Output::LifecycleEnergyKWh] = e[Output::FacilityEnergyKWh] + d.energyKWh;
        e[Output::LifecycleCo2eKg] = e[Output::Co2eTotalKg] + d.co2eKg;
        e[Output::LifecycleCostUsd] = e[Output::CostUsd] + d.costUsd;
        e[Output::EnergyPerRequestWh] = d.energyPerRequestWh;
        e[Output::Co2ePerRequestG] = d.co2ePerRequestG;
    }
    ev.sampling = LifecycleModel::sampling(original, s, m_catalog, ev, issues);
    return ev;
}

std::optional<DeploymentResult> ScenarioEvaluator::deploy(const Scenario &s, const Estimate &training,
                                                          Issues &issues) const
{
    const Deployment &d = *s.deployment;
    const std::size_t before = issues.size();
    DeploymentResult out;
    out.acceleratorId = d.acceleratorId.empty() ? s.acceleratorId : d.acceleratorId;
    const Accelerator *acc = m_catalog.accelerator(out.acceleratorId);
    if (acc == nullptr) {
        error(issues, "deployment.accelerator",
              "unknown accelerator id \"" + out.acceleratorId +
                  "\" (see `greenlight-cli catalog list accelerators`)");
        return std::nullopt;
    }
    auto profile = LeverEngine(m_catalog).servingProfile(s, *acc, &out.effects, &out.steps, issues);
    if (!profile)
        return std::nullopt;
    out.profile = *profile;
    const ServingProfile &p = out.profile;
    auto def = [&](const std::string &id) {
        const DefaultValue *v = m_catalog.defaultValue(id);
        if (v == nullptr)
            error(issues, "catalog", "default \"" + id + "\" is missing from the catalog");
        return v ? v->value : 0.0;
    };

    const double hoursPerMonth = Estimator::kHoursPerYear / 12.0;
    const double days = d.months * hoursPerMonth / 24.0;
    out.months = d.months;
    out.requestsPerDay = d.requestsPerDay;
    out.startDate = d.startDate;
    out.totalRequests = d.requestsPerDay * days;
    out.totalTokens = out.totalRequests * d.tokensPerRequest;

    const bool needsModel = d.mode != DeploymentMode::PerRequest;
    if (needsModel && !(p.parametersB > 0)) {
        error(issues, "deployment.parametersB", "required (the scenario gives no parametersB to serve)");
        return std::nullopt;
    }
    const double k2 = def("inferenceFlopsPerParamPerToken");
    const double util = d.servingUtilisation.value_or(def("servingUtilisation"));
    const auto peak = peak16(*acc);
    if (needsModel && !peak) {
        error(issues, "deployment.accelerator",
              "accelerator \"" + acc->id + "\" has no published peak throughput: use mode perRequest");
        return std::nullopt;
    }
    const double flopsPerToken = k2 * p.parametersB * 1e9;
    // Busy accelerator-seconds per token at the serving utilisation, after the levers.
    const double secondsPerToken = needsModel ? flopsPerToken / (*peak * 1e12 * util) * p.timeFactor() : 0;

    Scenario sv; // the serving phase, estimated by the same pipeline as training
    sv.name = s.name + " (serving)";
    sv.acceleratorId = acc->id;
    const bool sameAccelerator = acc->id == s.acceleratorId;
    if (sameAccelerator) {
        sv.powerW = s.powerW;
        sv.loadFactor = s.loadFactor;
        sv.hostOverheadFraction = s.hostOverheadFraction;
        sv.embodiedKgPerAccelerator = s.embodiedKgPerAccelerator;
        sv.capexUsdPerAccelerator = s.capexUsdPerAccelerator;
        sv.priceUsdPerAcceleratorHour = s.priceUsdPerAcceleratorHour;
    }
    sv.serviceLifeYears = s.serviceLifeYears;
    sv.regionId = d.regionId.empty() ? s.regionId : d.regionId;
    sv.intensityGPerKWh = d.regionId.empty() ? s.intensityGPerKWh : std::nullopt;
    if (d.intensityGPerKWh)
        sv.intensityGPerKWh = d.intensityGPerKWh;
    sv.pue = d.pue ? d.pue : (d.regionId.empty() ? s.pue : std::nullopt);
    if (d.regionId.empty() && !d.intensityGPerKWh) {
        sv.renewableShare = s.renewableShare;
        sv.residualMixGPerKWh = s.residualMixGPerKWh;
    }
    sv.wueLPerKWh = s.wueLPerKWh;
    sv.ewifLPerKWh = s.ewifLPerKWh;
    sv.electricityPriceUsdPerKWh = s.electricityPriceUsdPerKWh;
    sv.carbonPriceUsdPerT = s.carbonPriceUsdPerT;
    sv.costMode = s.costMode;

    switch (d.mode) {
    case DeploymentMode::Accelerators: {
        int devices = d.acceleratorCount.value_or(0);
        if (!d.acceleratorCount) {
            if (!(acc->memoryGB > 0)) {
                error(issues, "deployment.count",
                      "required: the catalog has no memory size for \"" + acc->id + "\" to size the fleet");
                return std::nullopt;
            }
            const double weightsGB = p.parametersB * p.bytesPerParameter * (1.0 - p.memoryReduction);
            const double byMemory = std::ceil(weightsGB * def("servingMemoryOverhead") / acc->memoryGB);
            const double tokensPerSecond = d.requestsPerDay * d.tokensPerRequest / 86400.0;
            const double byTraffic = std::ceil(tokensPerSecond * secondsPerToken);
            devices = static_cast<int>(std::max({1.0, byMemory, byTraffic}));
            out.fleetSized = true;
            out.devicesByMemory = byMemory;
            out.trafficDevices = tokensPerSecond * secondsPerToken;
            out.steps.push_back({"deployment",
                                 "serving devices",
                                 "n = max(ceil(N · bytes · (1 − memory saved) · overhead / device memory), "
                                 "ceil(tokens/s · s/token))",
                                 "max(ceil(" + formatNumber(weightsGB) + " GB · " +
                                     formatNumber(def("servingMemoryOverhead")) + " / " +
                                     formatNumber(acc->memoryGB) + " GB), ceil(" +
                                     formatNumber(tokensPerSecond) + " · " + formatNumber(secondsPerToken) +
                                     ")) = " + std::to_string(devices),
                                 static_cast<double>(devices),
                                 "devices",
                                 {}});
        }
        out.devices = devices;
        out.servingAcceleratorHours = devices * hoursPerMonth * d.months;
        sv.workloadMode = WorkloadMode::AcceleratorHours;
        sv.acceleratorHours = out.servingAcceleratorHours;
        sv.acceleratorCount = devices;
        break;
    }
    case DeploymentMode::FirstPrinciples:
        out.servingAcceleratorHours = out.totalTokens * secondsPerToken / 3600.0;
        out.steps.push_back(
            {"deployment",
             "serving accelerator-hours",
             "h = requests · tokens · 2 · N / (peak16 · utilisation) × (1 + dequant) / speed-up / 3600",
             formatNumber(out.totalRequests) + " · " + formatNumber(d.tokensPerRequest) + " · " +
                 formatNumber(k2) + " · " + formatNumber(p.parametersB) + "e9 / (" + formatNumber(*peak) +
                 "e12 · " + formatNumber(util) + ") × " + formatNumber(p.timeFactor()) +
                 " / 3600 = " + formatNumber(out.servingAcceleratorHours),
             out.servingAcceleratorHours,
             "h",
             {}});
        sv.workloadMode = WorkloadMode::AcceleratorHours;
        sv.acceleratorHours = out.servingAcceleratorHours;
        break;
    case DeploymentMode::PerRequest: {
        const double wh = d.energyPerRequestWh.value_or(def("energyPerRequestWh"));
        const double perRequest = wh * p.perRequestEnergyScale * p.timeFactor();
        const double itKWh = out.totalRequests * perRequest / 1000.0;
        out.steps.push_back({"deployment",
                             "serving IT energy",
                             "E = requests · Wh per request · (served / measured size) × time factor / 1000",
                             formatNumber(out.totalRequests) + " · " + formatNumber(wh) + " · " +
                                 formatNumber(p.perRequestEnergyScale) + " × " +
                                 formatNumber(p.timeFactor()) + " / 1000 = " + formatNumber(itKWh),
                             itKWh,
                             "kWh",
                             {}});
        sv.workloadMode = WorkloadMode::MeasuredEnergy;
        sv.measuredItEnergyKWh = itKWh;
        if (sv.costMode == CostMode::Rental) // no hours to rent: cost the electricity
            sv.costMode = CostMode::Owned;
        break;
    }
    }
    if (issues.size() > before && hasErrors(issues))
        return std::nullopt;
    if (d.mode != DeploymentMode::PerRequest && !(out.servingAcceleratorHours > 0)) {
        error(issues, "deployment.requestsPerDay", "the deployment serves no work (0 accelerator-hours)");
        return std::nullopt;
    }

    Issues servingIssues;
    const auto resolved = Resolver(m_catalog).resolve(sv, servingIssues);
    for (Issue &i : servingIssues) {
        i.path = servingPath(i.path, d);
        issues.push_back(std::move(i));
    }
    if (!resolved)
        return std::nullopt;
    out.servingResolved = *resolved;
    out.serving = Estimator::compute(*resolved);
    out.energyKWh = out.serving[Output::FacilityEnergyKWh];
    out.co2eKg = out.serving[Output::Co2eTotalKg];
    out.co2eMarketKg = out.serving[Output::Co2eMarketKg] + out.serving[Output::Co2eEmbodiedKg];
    out.waterL = out.serving[Output::WaterL];
    out.costUsd = out.serving[Output::CostUsd];
    out.energyPerRequestWh = out.energyKWh * 1000.0 / out.totalRequests;
    out.co2ePerRequestG = out.co2eKg * 1000.0 / out.totalRequests;
    out.costPerRequestUsd = out.costUsd / out.totalRequests;

    for (int month = 0; month <= d.months; ++month) {
        const double f = static_cast<double>(month) / d.months;
        LifecyclePoint pt;
        pt.month = month;
        pt.date = d.startDate.empty() ? std::string() : CalendarDate::addMonths(d.startDate, month);
        pt.requests = out.totalRequests * f;
        pt.energyKWh = training[Output::FacilityEnergyKWh] + out.energyKWh * f;
        pt.co2eKg = training[Output::Co2eTotalKg] + out.co2eKg * f;
        pt.costUsd = training[Output::CostUsd] + out.costUsd * f;
        out.curve.push_back(pt);
    }
    return out;
}

} // namespace greenlight
