#include "servingmodel.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

namespace {

constexpr double kFlopsPerParamPerToken = 2; // one multiply-add per weight per token
constexpr double kJoulesPerWh = 3600;

using K = ServingConstant;

// Weight bytes a decode step reads: the active parameters, plus, for a mixture of experts, the
// share of the other experts that at least one request of the batch routes to (1 − (1 − r)^B
// with r the active share, experts picked independently).
double weightBytesRead(const ServingPoint &p, double batch)
{
    const double active = p.activeParamsB;
    double params = active;
    if (p.totalParamsB > active && p.totalParamsB > 0) {
        const double r = active / p.totalParamsB;
        params = std::max(active, p.totalParamsB * (1.0 - std::pow(1.0 - r, batch)));
    }
    return params * 1e9 * p.bytesPerParameter * p.weightMemoryScale;
}

} // namespace

double ServingModel::kvBytesPerToken(double activeParamsB, const ServingConstants &k)
{
    return k[K::KvBytesPerTokenPerSqrtB] * std::sqrt(std::max(activeParamsB, 0.0));
}

double ServingModel::weightGB(const ServingPoint &p)
{
    return p.totalParamsB * p.bytesPerParameter * p.weightMemoryScale;
}

ServingResult ServingModel::evaluate(const ServingPoint &p, const ServingConstants &k)
{
    ServingResult r;
    const double batch = std::max(1.0, p.batch);
    const bool basic = p.stack == ServingStack::Basic;
    const double devices = std::max(1, p.devices);
    // Devices working at once on a step: all of them with tensor parallelism, one in turn otherwise.
    const double working = basic ? 1.0 : devices;
    // W8A8 GEMMs read half the bytes, but at small batch their tiles run mostly empty and the
    // activations must be quantised every step: bandwidth efficiency B / (B + B½) (ML.ENERGY v3:
    // FP8 +30 % energy at batch 8-16, −11 % at 65-256).
    const double bwRatio = p.eightBitKernels ? batch / (batch + k[K::EightBitHalfBatch]) : 1.0;
    const double cmpRatio = p.eightBitKernels ? k[K::EightBitComputeRatio] : 1.0;
    const double bwEfficiency = basic ? k[K::BasicStackBandwidthEfficiency] : k[K::BandwidthEfficiency];
    const double bandwidth = working * p.bandwidthBytesPerS * bwEfficiency * bwRatio;
    const double decodeFlops = working * p.peakFlopsPerDevice * k[K::ComputeEfficiency] * cmpRatio;
    const double prefillFlops = working * p.peakFlopsPerDevice * k[K::PrefillEfficiency] * cmpRatio;

    // Decode: mean context is the prompt plus half the answer.
    const double context = p.inputTokens + p.outputTokens / 2.0;
    const double kvBytes = batch * context * kvBytesPerToken(p.activeParamsB, k);
    const double memoryS = (weightBytesRead(p, batch) + kvBytes) / bandwidth;
    const double computeS = batch * kFlopsPerParamPerToken * p.activeParamsB * 1e9 / decodeFlops;
    // Host-side work per step grows with the running requests (scheduling, sampling, detokenising):
    // it dominates small models at batches in the thousands.
    const double overheadS =
        (basic ? k[K::BasicStackStepOverheadS] : k[K::StepOverheadS]) + batch * k[K::StepOverheadPerRequestS];
    const double residual = k[K::TimeResidual] * p.timeFactor;
    const double stepS = (memoryS + computeS + overheadS) * residual;
    // A generate loop also spends a fixed time per call (tokenising, set-up) with the devices waiting.
    const double requestOverheadS = basic ? k[K::BasicStackRequestOverheadS] * residual : 0.0;
    const double prefillS =
        kFlopsPerParamPerToken * p.activeParamsB * 1e9 * p.inputTokens / prefillFlops * residual +
        requestOverheadS;

    // Continuous batching interleaves the prefills of arriving requests with the decode steps: a
    // steady batch of B requests of O output tokens admits B / O new requests per step.
    const double interleavedPrefillS = p.outputTokens > 0 ? prefillS * batch / p.outputTokens : 0;
    const double prefillComputeS = interleavedPrefillS / residual;
    r.effectiveBatch = batch;
    r.secondsPerOutputToken = stepS + interleavedPrefillS;
    r.secondsPerRequest = prefillS + p.outputTokens * r.secondsPerOutputToken;
    r.replicaSecondsPerRequest = prefillS + p.outputTokens * stepS / batch;
    r.computeShare = (computeS + prefillComputeS) / (memoryS + computeS + prefillComputeS + overheadS);

    // Power: busy devices from the floor (memory-bound) to the ceiling (compute-bound) by the compute
    // share of their time; waiting devices at idle.
    const double floor = k[K::BusyPowerFloor];
    const double busyW =
        p.tdpW * (floor + (std::max(k[K::BusyPowerCeiling], floor) - floor) * r.computeShare);
    const double idleW = p.tdpW * k[K::IdlePowerFraction];
    r.replicaPowerW = working * busyW + (devices - working) * idleW;
    r.memorySeconds = memoryS;
    r.computeSeconds = computeS;
    r.overheadSeconds = overheadS;
    r.prefillSeconds = prefillS;
    r.residual = residual;
    r.busyPowerPerDeviceW = busyW;

    const double busyS = r.replicaSecondsPerRequest;
    const double utilisation = std::clamp(p.fleetUtilisation, 1e-6, 1.0);
    const double waitS = busyS * (1.0 / utilisation - 1.0); // idle capacity carried per request
    const double hostW = k[K::HostPowerPerServerW] * devices / std::max(1.0, k[K::AcceleratorsPerServer]);
    r.gpuEnergyPerRequestWh = r.replicaPowerW * busyS / kJoulesPerWh;
    r.hostEnergyPerRequestWh = hostW * (busyS + waitS) / kJoulesPerWh;
    r.hostPowerW = hostW;
    r.idleEnergyPerRequestWh = devices * idleW * waitS / kJoulesPerWh;
    r.itEnergyPerRequestWh = r.gpuEnergyPerRequestWh + r.hostEnergyPerRequestWh + r.idleEnergyPerRequestWh;
    r.facilityEnergyPerRequestWh = r.itEnergyPerRequestWh * p.pue;
    r.gpuEnergyPerOutputTokenJ =
        p.outputTokens > 0 ? r.gpuEnergyPerRequestWh * kJoulesPerWh / p.outputTokens : 0;
    r.co2ePerRequestG = r.facilityEnergyPerRequestWh / 1000.0 * p.intensityGPerKWh;
    r.embodiedCo2ePerRequestG = p.embodiedKgPerDeviceHour * 1000.0 * devices * (busyS + waitS) / 3600.0;
    return r;
}

} // namespace greenlight
