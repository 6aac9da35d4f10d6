#include "servingexplanation.h"

#include "catalog/catalog.h"
#include "deploymentresult.h"
#include "util/numberformat.h"

namespace greenlight {

namespace {

std::string n(double v)
{
    return formatReadable(v, 3);
}

// The catalog constants a step used, with their sources.
std::vector<TraceInput> constants(const Catalog &catalog, std::initializer_list<const char *> ids)
{
    std::vector<TraceInput> in;
    for (const char *id : ids)
        if (const DefaultValue *d = catalog.defaultValue(id))
            in.push_back(
                {d->id, d->name, d->value, d->unit, d->citation.source, d->citation.year, false, {}});
    return in;
}

LeverStep step(std::string quantity, std::string formula, const std::string &substituted, double value,
               std::string unit, std::vector<TraceInput> inputs)
{
    return {
        "deployment", std::move(quantity), std::move(formula), substituted + " = " + n(value) + " " + unit,
        value,        std::move(unit),     std::move(inputs)};
}

} // namespace

std::vector<LeverStep> ServingExplanation::steps(const DeploymentResult &d, const Catalog &catalog)
{
    std::vector<LeverStep> out;
    if (d.measuredEnergy)
        out.push_back(step("serving IT energy", "E = requests · measured Wh per request · model ratio",
                           formatPlain(d.totalRequests) + " requests", d.gpuEnergyKWh, "kWh", {}));
    if (!d.servingModelUsed)
        return out;
    const ServingPoint &p = d.point;
    const ServingResult &r = d.perRequest;
    out.push_back(step(
        "decode step", "t_step = (bytes read / bandwidth + B · 2 · N_active / FLOP/s + overhead) · residual",
        "(" + n(r.memorySeconds * 1000) + " ms + " + n(r.computeSeconds * 1000) + " ms + " +
            n(r.overheadSeconds * 1000) + " ms) · " + n(r.residual) + ", batch " + formatNumber(p.batch) +
            " on " + std::to_string(p.devices) + " × " + d.acceleratorId,
        (r.memorySeconds + r.computeSeconds + r.overheadSeconds) * r.residual * 1000, "ms",
        constants(catalog, {"servingBandwidthEfficiency", "servingComputeEfficiency", "servingStepOverheadS",
                            "servingStepOverheadPerRequestS", "servingKvBytesPerTokenPerSqrtParamB",
                            "servingTimeResidual"})));
    out.push_back(step("replica time per request", "T = t_prefill + O · t_step / B",
                       n(r.prefillSeconds) + " s + " + formatNumber(p.outputTokens) + " · t_step / " +
                           formatNumber(p.batch),
                       r.replicaSecondsPerRequest, "s", constants(catalog, {"servingPrefillEfficiency"})));
    out.push_back(step(
        "IT energy per request", "E = P_replica · T + P_host · T / u + n · P_idle · T · (1/u − 1)",
        n(r.replicaPowerW) + " W (compute share " + n(r.computeShare) + ") · T + " + n(r.hostPowerW) +
            " W host, u = " + n(p.fleetUtilisation),
        r.itEnergyPerRequestWh, "Wh",
        constants(catalog, {"servingBusyPowerFloor", "servingBusyPowerCeiling", "hostPowerPerServerW",
                            "acceleratorsPerServer", "acceleratorIdlePowerFraction", "fleetUtilisation"})));
    out.push_back(
        step("provisioned accelerator-hours", "h = fleet accelerators × hours, or requests · T · n / u",
             std::to_string(d.devices) + " accelerators on average, " + n(d.utilisation * 100) + " % busy",
             d.servingAcceleratorHours, "h", {}));
    return out;
}

} // namespace greenlight
