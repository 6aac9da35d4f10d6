#include "scenarioevaluator.h"

#include "calendardate.h"
#include "catalog/catalog.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "lifecyclemodel.h"
#include "serving/servingmodel.h"
#include "serving/servingsetup.h"
#include "util/numberformat.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

namespace {

void error(Issues &issues, std::string path, std::string message)
{
    issues.push_back({Issue::Severity::Error, std::move(path), std::move(message)});
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

// The accelerators the traffic keeps busy at the fleet utilisation must stay a plausible fleet;
// a typo (1e12 requests a day) would otherwise overflow the fleet's size.
bool fleetFits(const DeploymentResult &out, Issues &issues)
{
    const double hours = out.months * Estimator::kHoursPerYear / 12.0;
    const double busyDeviceHours =
        out.totalRequests * out.perRequest.replicaSecondsPerRequest / 3600.0 * std::max(1, out.point.devices);
    const double needed = busyDeviceHours / (hours * std::clamp(out.point.fleetUtilisation, 1e-6, 1.0));
    if (needed <= Deployment::kMaxFleetAccelerators)
        return true;
    error(issues, "deployment.requestsPerDay",
          "the traffic needs about " + formatReadable(needed) + " accelerators, more than " +
              formatReadable(Deployment::kMaxFleetAccelerators) +
              ": check requestsPerDay, the tokens per request and servingTimeFactor");
    return false;
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
    const double hoursPerMonth = Estimator::kHoursPerYear / 12.0;
    out.months = d.months;
    out.requestsPerDay = d.requestsPerDay;
    out.startDate = d.startDate;
    out.totalRequests = d.requestsPerDay * d.months * hoursPerMonth / 24.0;

    // The serving model is needed unless a measured energy per request is given.
    const bool measured = d.mode == DeploymentMode::PerRequest && d.energyPerRequestWh;
    if (!measured && !(out.profile.parametersB > 0)) {
        error(issues, "deployment.parametersB", "required (the scenario gives no parametersB to serve)");
        return std::nullopt;
    }
    ServingConstants k = ServingConstants::fromCatalog(m_catalog, issues);
    if (d.servingTimeFactor)
        k[ServingConstant::TimeResidual] = *d.servingTimeFactor;
    out.constants = k;
    out.measuredEnergy = measured;
    Issues modelIssues;
    const auto point = servingPoint(s, out.profile, *acc, k, modelIssues);
    if (point) {
        out.servingModelUsed = true;
        out.point = point->point;
        out.profile.precision = point->precision; // the format actually served
        out.maxBatch = point->maxBatch;
        out.perRequest = ServingModel::evaluate(out.point, k);
    }
    for (Issue &i : modelIssues) // a measured figure does not need the model: its errors become notes
        if (!measured || !i.isError())
            issues.push_back(std::move(i));
    if (!measured && !point)
        return std::nullopt;
    out.totalTokens = out.totalRequests * (out.point.inputTokens + out.point.outputTokens);

    if (out.servingModelUsed && !fleetFits(out, issues))
        return std::nullopt;
    auto fleet = serveFleet(s, out, k, issues);
    if (!fleet || (issues.size() > before && hasErrors(issues)))
        return std::nullopt;
    out.devices = fleet->devices;
    out.replicas = fleet->replicas;
    if (out.devices == 0 && out.servingModelUsed) { // a fleet that follows the traffic: its average size
        const double hours = d.months * hoursPerMonth;
        out.replicas = static_cast<int>(std::ceil(fleet->provisionedDeviceHours / hours / out.point.devices));
        out.devices = out.replicas * out.point.devices;
    }
    out.utilisation = fleet->utilisation;
    out.servingAcceleratorHours = fleet->provisionedDeviceHours;
    out.gpuEnergyKWh = fleet->gpuKWh + fleet->measuredKWh;
    out.hostEnergyKWh = fleet->hostKWh;
    out.idleEnergyKWh = fleet->idleKWh;
    out.energySlopeKWh = fleet->energySlopeKWh;
    out.hoursScale = fleet->hoursScale;
    if (!(fleet->itKWh() > 0)) {
        error(issues, "deployment.requestsPerDay", "the deployment serves no work (0 kWh)");
        return std::nullopt;
    }
    Scenario sv = servingScenario(s, *acc);
    sv.workloadMode = WorkloadMode::MeasuredEnergy;
    sv.measuredItEnergyKWh = fleet->itKWh();
    sv.acceleratorHours = fleet->provisionedDeviceHours;
    if (!(sv.acceleratorHours > 0) &&
        sv.costMode == CostMode::Rental) // no hours to rent: cost the electricity
        sv.costMode = CostMode::Owned;
    return finish(s, sv, training, std::move(out), issues);
}

std::optional<ServingSetupResult> ScenarioEvaluator::servingPoint(const Scenario &s, const ServingProfile &p,
                                                                  const Accelerator &acc,
                                                                  const ServingConstants &k,
                                                                  Issues &issues) const
{
    const Deployment &d = *s.deployment;
    ServingSpec spec;
    spec.acceleratorId = acc.id;
    spec.devices = d.acceleratorsPerReplica;
    spec.totalParamsB = p.parametersB;
    // A deployment's active parameters describe its own served model; a student is dense.
    if (d.activeParametersB && (!d.parametersB || p.parametersB == *d.parametersB))
        spec.activeParamsB = d.activeParametersB;
    else if (p.activeParametersB)
        spec.activeParamsB = p.activeParametersB;
    spec.inputTokens = d.inputTokens;
    spec.outputTokens = d.outputTokens;
    spec.batch = d.batchSize;
    spec.precision = p.precision;
    spec.stack = d.stack;
    spec.fleetUtilisation = d.fleetUtilisation;
    spec.intensityGPerKWh = 0.0; // the site is the serving scenario's (servingScenario)
    spec.pue = 1.0;
    spec.timeFactor = p.timeFactor();
    spec.weightMemoryScale = 1.0 - p.memoryReduction;
    return ServingSetup(m_catalog, k).resolve(spec, ServingFieldNames{}, issues);
}

std::optional<FleetUse> ScenarioEvaluator::serveFleet(const Scenario &s, const DeploymentResult &out,
                                                      const ServingConstants &k, Issues &issues) const
{
    const Deployment &d = *s.deployment;
    const double requests = out.totalRequests;
    switch (d.mode) {
    case DeploymentMode::FirstPrinciples:
        return ServingFleet::followTraffic(out.point, out.perRequest, requests);
    case DeploymentMode::Accelerators: {
        const ServingFleet::Power power{k[ServingConstant::HostPowerPerServerW],
                                        k[ServingConstant::AcceleratorsPerServer],
                                        k[ServingConstant::IdlePowerFraction]};
        const double hours = d.months * Estimator::kHoursPerYear / 12.0;
        return ServingFleet::provisioned(out.point, out.perRequest, requests, hours, d.acceleratorCount,
                                         power, issues);
    }
    case DeploymentMode::PerRequest:
        break;
    }
    if (!d.energyPerRequestWh) // the default per-request energy is the serving model's
        return ServingFleet::followTraffic(out.point, out.perRequest, requests);
    // A measured figure, scaled to the served model by the serving model's own ratio (a fixed part
    // per token means a 1 B student is not a seventh of a 7 B teacher), else by size.
    const ServingProfile &p = out.profile;
    double scale = p.measuredParametersB > 0 ? p.parametersB / p.measuredParametersB * p.timeFactor() : 1.0;
    if (out.servingModelUsed && p.measuredParametersB > 0 && p.measuredParametersB != p.parametersB) {
        ServingPoint teacher = out.point;
        teacher.totalParamsB = teacher.activeParamsB = p.measuredParametersB;
        teacher.timeFactor = 1;
        const double wh = ServingModel::evaluate(teacher, k).itEnergyPerRequestWh;
        if (wh > 0)
            scale = out.perRequest.itEnergyPerRequestWh / wh;
    } else if (out.servingModelUsed) {
        scale = p.timeFactor();
    }
    FleetUse f;
    if (out.servingModelUsed)
        f = ServingFleet::followTraffic(out.point, out.perRequest, requests);
    f.gpuKWh = f.hostKWh = f.idleKWh = 0;
    f.measuredKWh = requests * *d.energyPerRequestWh * scale / 1000.0;
    f.energySlopeKWh = f.measuredKWh;
    f.hoursScale = true;
    return f;
}

Scenario ScenarioEvaluator::servingScenario(const Scenario &s, const Accelerator &acc) const
{
    const Deployment &d = *s.deployment;
    Scenario sv; // the serving phase, estimated by the same pipeline as training
    sv.name = s.name + " (serving)";
    sv.acceleratorId = acc.id;
    if (acc.id == s.acceleratorId) {
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
    return sv;
}

std::optional<DeploymentResult> ScenarioEvaluator::finish(const Scenario &s, const Scenario &sv,
                                                          const Estimate &training, DeploymentResult out,
                                                          Issues &issues) const
{
    const Deployment &d = *s.deployment;
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
    out.co2eMarketKg = out.serving[Output::Co2eMarketKg];
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
