#include "servingsetup.h"

#include "catalog/catalog.h"
#include "estimate/embodiedmodel.h"
#include "servingmodel.h"
#include "servingprecision.h"
#include "util/numberformat.h"

#include <cmath>

namespace greenlight {

namespace {

constexpr double kHoursPerYear = 8760;

void error(Issues &issues, const std::string &path, std::string message)
{
    issues.push_back({Issue::Severity::Error, path, std::move(message)});
}

bool finitePositive(double v)
{
    return std::isfinite(v) && v > 0;
}

// The accelerator's 16-bit format: weight-only formats compute in it, and it is the default.
std::string sixteenBitKey(const Accelerator &a)
{
    if (a.peakTflopsFor("bf16"))
        return "bf16";
    if (a.peakTflopsFor("fp16"))
        return "fp16";
    return {};
}

} // namespace

ServingSetup::ServingSetup(const Catalog &catalog, const ServingConstants &constants)
    : m_catalog(catalog), m_constants(constants)
{}

double ServingSetup::defaultValue(const char *id) const
{
    const DefaultValue *d = m_catalog.defaultValue(id);
    return d != nullptr ? d->value : 0.0;
}

std::optional<ServingSetupResult> ServingSetup::resolve(const ServingSpec &spec,
                                                        const ServingFieldNames &names, Issues &issues) const
{
    ServingSetupResult out;
    const std::size_t before = issues.size();
    const bool ok = resolveModel(spec, names, out, issues) && resolveHardware(spec, names, out, issues) &&
                    fitMemory(spec, names, out, issues) && resolveSite(spec, names, out, issues);
    if (!ok || (issues.size() > before && hasErrors(issues)))
        return std::nullopt;
    return out;
}

bool ServingSetup::resolveModel(const ServingSpec &spec, const ServingFieldNames &names,
                                ServingSetupResult &out, Issues &issues) const
{
    ServingPoint &p = out.point;
    bool ok = true;
    if (!finitePositive(spec.totalParamsB)) {
        error(issues, names.totalParams,
              "must be a positive number of billions of parameters, got " + formatNumber(spec.totalParamsB));
        ok = false;
    }
    p.totalParamsB = spec.totalParamsB;
    p.activeParamsB = spec.activeParamsB.value_or(spec.totalParamsB);
    if (spec.activeParamsB &&
        (!finitePositive(*spec.activeParamsB) || *spec.activeParamsB > spec.totalParamsB)) {
        error(issues, names.activeParams,
              "must be positive and at most the total parameters (" + formatNumber(spec.totalParamsB) +
                  " B), got " + formatNumber(*spec.activeParamsB));
        ok = false;
    }
    if (!std::isfinite(spec.outputTokens) || spec.outputTokens < 0) {
        error(issues, names.outputTokens, "must be 0 or more tokens, got " + formatNumber(spec.outputTokens));
        ok = false;
    }
    p.outputTokens = spec.outputTokens;
    p.inputTokens = spec.inputTokens.value_or(m_constants[ServingConstant::DefaultInputTokens]);
    if (!std::isfinite(p.inputTokens) || p.inputTokens < 0) {
        error(issues, names.inputTokens, "must be 0 or more tokens, got " + formatNumber(p.inputTokens));
        ok = false;
    }
    if (ok && p.inputTokens + p.outputTokens <= 0) {
        error(issues, names.outputTokens, "a request must have at least one input or output token");
        ok = false;
    }
    out.requestedBatch = spec.batch.value_or(defaultValue("servingBatchSize"));
    if (!std::isfinite(out.requestedBatch) || out.requestedBatch < 1) {
        error(issues, names.batch, "must be at least 1 request, got " + formatNumber(out.requestedBatch));
        ok = false;
    }
    p.batch = out.requestedBatch;
    p.fleetUtilisation = spec.fleetUtilisation.value_or(m_constants[ServingConstant::FleetUtilisation]);
    if (!std::isfinite(p.fleetUtilisation) || p.fleetUtilisation <= 0 || p.fleetUtilisation > 1) {
        error(issues, names.fleetUtilisation,
              "must be above 0 and at most 1 (1 = no idle capacity), got " +
                  formatNumber(p.fleetUtilisation));
        ok = false;
    }
    p.timeFactor = spec.timeFactor;
    p.weightMemoryScale = spec.weightMemoryScale;
    p.stack = spec.stack;
    return ok;
}

bool ServingSetup::resolveHardware(const ServingSpec &spec, const ServingFieldNames &names,
                                   ServingSetupResult &out, Issues &issues) const
{
    const Accelerator *a = m_catalog.accelerator(spec.acceleratorId);
    if (a == nullptr) {
        error(issues, names.accelerator,
              "unknown accelerator id \"" + spec.acceleratorId +
                  "\" (see `greenlight-cli catalog list accelerators`)");
        return false;
    }
    out.accelerator = a;
    if (!a->memoryBandwidthGBs || !a->tdpW || !(a->memoryGB > 0)) {
        error(issues, names.accelerator,
              "\"" + a->id +
                  "\" lacks the memory bandwidth, memory size or TDP the serving model needs: "
                  "give the deployment a measured energy per request instead");
        return false;
    }
    const std::string sixteen = sixteenBitKey(*a);
    out.precision = spec.precision.empty() ? sixteen : spec.precision;
    const ServingPrecision *prec = ServingPrecision::find(out.precision);
    if (prec == nullptr) {
        error(issues, names.precision,
              "unknown serving precision \"" + out.precision + "\" (one of " + ServingPrecision::idList() +
                  ")");
        return false;
    }
    const std::string computeKey = prec->weightOnly() ? sixteen : std::string(prec->computeKey);
    const auto peak = computeKey.empty() ? std::nullopt : a->peakTflopsFor(computeKey);
    if (!peak) {
        error(issues, names.precision,
              "\"" + a->id + "\" cannot serve " + out.precision + ": it has no " +
                  (computeKey.empty() ? std::string("16-bit") : computeKey) +
                  " tensor throughput (weight-only formats such as int8-weight or int4 compute in 16 bits)");
        return false;
    }
    ServingPoint &p = out.point;
    p.bytesPerParameter = prec->bytesPerParameter;
    p.eightBitKernels = prec->eightBitKernels;
    p.peakFlopsPerDevice = *peak * 1e12;
    p.bandwidthBytesPerS = *a->memoryBandwidthGBs * 1e9;
    p.tdpW = *a->tdpW;
    const auto embodied = EmbodiedModel::forAccelerator(m_catalog, *a);
    const double life = defaultValue("serviceLifeYears");
    if (life > 0 && embodied)
        p.embodiedKgPerDeviceHour = embodied->kg / (life * kHoursPerYear);
    if (spec.devices && (*spec.devices < 1 || *spec.devices > kMaxDevicesPerReplica)) {
        error(issues, names.devices,
              "must be 1 to " + std::to_string(kMaxDevicesPerReplica) + " accelerators per replica, got " +
                  std::to_string(*spec.devices));
        return false;
    }
    return true;
}

// Weights, plus the KV cache of a full batch, within the usable memory of the replica. A given
// replica that cannot hold the batch serves a smaller one (as vLLM does); a sized one grows in
// powers of two, as tensor parallelism needs.
bool ServingSetup::fitMemory(const ServingSpec &spec, const ServingFieldNames &names, ServingSetupResult &out,
                             Issues &issues) const
{
    ServingPoint &p = out.point;
    const double perDeviceGB = out.accelerator->memoryGB * m_constants[ServingConstant::UsableMemoryFraction];
    const double kvPerRequestGB =
        (p.inputTokens + p.outputTokens) * ServingModel::kvBytesPerToken(p.activeParamsB, m_constants) / 1e9;
    out.weightGB = ServingModel::weightGB(p);
    auto needs = [&](double batch) {
        return out.weightGB + batch * kvPerRequestGB;
    };
    if (spec.devices) {
        p.devices = *spec.devices;
    } else {
        out.devicesSized = true;
        int n = 1;
        while (n <= kMaxDevicesPerReplica && needs(p.batch) > n * perDeviceGB)
            n *= 2;
        if (n > kMaxDevicesPerReplica) {
            error(issues, names.totalParams,
                  "the model (" + formatNumber(out.weightGB) + " GB of weights at " + out.precision +
                      ") fits on no replica of up to " + std::to_string(kMaxDevicesPerReplica) + " × " +
                      out.accelerator->id + ": choose a larger accelerator or a smaller format");
            return false;
        }
        p.devices = n;
    }
    out.usableMemoryGB = p.devices * perDeviceGB;
    if (out.weightGB >= out.usableMemoryGB) {
        error(issues, names.devices,
              "the weights (" + formatNumber(out.weightGB) + " GB at " + out.precision + ") do not fit on " +
                  std::to_string(p.devices) + " × " + out.accelerator->id + " (" +
                  formatNumber(out.usableMemoryGB) + " GB usable): use more accelerators per replica");
        return false;
    }
    if (needs(p.batch) > out.usableMemoryGB && kvPerRequestGB > 0) {
        const double fits = std::max(1.0, std::floor((out.usableMemoryGB - out.weightGB) / kvPerRequestGB));
        issues.push_back({Issue::Severity::Warning, names.batch,
                          "the KV cache of " + formatNumber(p.batch) +
                              " requests does not fit beside the weights: " + formatNumber(fits) +
                              " are decoded together"});
        p.batch = fits;
    }
    out.kvGBAtBatch = p.batch * kvPerRequestGB;
    out.maxBatch = kvPerRequestGB > 0
                       ? std::max(1.0, std::floor((out.usableMemoryGB - out.weightGB) / kvPerRequestGB))
                       : p.batch;
    return true;
}

bool ServingSetup::resolveSite(const ServingSpec &spec, const ServingFieldNames &names,
                               ServingSetupResult &out, Issues &issues) const
{
    ServingPoint &p = out.point;
    const Region *region = nullptr;
    if (!spec.intensityGPerKWh) {
        out.regionId = spec.regionId.empty() ? std::string("WORLD") : spec.regionId;
        region = m_catalog.region(out.regionId);
        if (region == nullptr) {
            error(issues, names.region,
                  "unknown region id \"" + out.regionId + "\" (see `greenlight-cli catalog list regions`)");
            return false;
        }
        p.intensityGPerKWh = region->intensityGPerKWh;
    } else if (!std::isfinite(*spec.intensityGPerKWh) || *spec.intensityGPerKWh < 0) {
        error(issues, names.intensity,
              "must be 0 or more g/kWh, got " + formatNumber(*spec.intensityGPerKWh));
        return false;
    } else {
        p.intensityGPerKWh = *spec.intensityGPerKWh;
    }
    if (spec.pue) {
        p.pue = *spec.pue;
    } else if (region != nullptr && region->pue) {
        p.pue = *region->pue;
    } else if (const Provider *pr = region != nullptr ? m_catalog.provider(region->provider) : nullptr) {
        p.pue = pr->pue;
    } else {
        p.pue = defaultValue("pue");
    }
    if (!std::isfinite(p.pue) || p.pue < 1) {
        error(issues, names.pue, "must be at least 1, got " + formatNumber(p.pue));
        return false;
    }
    return true;
}

} // namespace greenlight
