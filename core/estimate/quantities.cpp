#include "quantities.h"

namespace greenlight {

namespace {

constexpr std::array<QuantityInfo, kInputCount> kInputs = {{
    {"acceleratorHoursGiven", "accelerator-hours (given)", "h"},
    {"durationHours", "wall-clock duration", "h"},
    {"acceleratorCount", "accelerators", "devices"},
    {"parametersB", "parameters (activated)", "billion"},
    {"tokens", "training tokens", "tokens"},
    {"mfu", "model FLOPs utilisation", "fraction"},
    {"peakTflops", "peak dense throughput", "TFLOP/s"},
    {"measuredItEnergyKWh", "measured IT energy", "kWh"},
    {"experimentMultiplier", "experiments multiplier", "×"},
    {"powerW", "measured average power per accelerator (all-in)", "W"},
    {"tdpW", "accelerator TDP", "W"},
    {"loadFactor", "load factor (average power / TDP)", "fraction"},
    {"hostOverheadFraction", "host overhead (CPU, DRAM, network)", "fraction of accelerator power"},
    {"idleShare", "idle energy share", "fraction of dynamic energy"},
    {"intensityGPerKWh", "grid carbon intensity", "g CO2e/kWh"},
    {"pue", "power usage effectiveness (PUE)", "ratio"},
    {"renewableShare", "renewable share (contractual)", "fraction"},
    {"residualMixGPerKWh", "residual-mix intensity", "g CO2e/kWh"},
    {"wueLPerKWh", "on-site water usage effectiveness (WUE)", "L/kWh"},
    {"ewifLPerKWh", "water intensity of electricity (EWIF)", "L/kWh"},
    {"embodiedKgPerAccelerator", "embodied carbon per accelerator", "kg CO2e"},
    {"serviceLifeYears", "service life", "years"},
    {"priceUsdPerAcceleratorHour", "rental price", "USD per accelerator-hour"},
    {"electricityPriceUsdPerKWh", "electricity price", "USD/kWh"},
    {"capexUsdPerAccelerator", "capital cost per accelerator", "USD"},
    {"carbonPriceUsdPerT", "carbon price", "USD/t CO2e"},
    {"trainingFlopsPerParamToken", "training FLOPs per parameter and token", "FLOP"},
    {"hostPowerW", "host power per accelerator (server share)", "W"},
}};

constexpr std::array<QuantityInfo, kOutputCount> kOutputs = {{
    {"acceleratorHours", "accelerator-hours", "h"},
    {"wallClockHours", "wall-clock time of the run", "h"},
    {"trainingFlops", "training compute", "FLOP"},
    {"powerPerAcceleratorW", "average power per accelerator", "W"},
    {"dynamicItEnergyKWh", "dynamic IT energy", "kWh"},
    {"idleEnergyKWh", "idle energy", "kWh"},
    {"itEnergyKWh", "IT energy", "kWh"},
    {"facilityEnergyKWh", "facility energy", "kWh"},
    {"co2eLocationKg", "CO2e, location-based", "kg CO2e"},
    {"co2eMarketKg", "CO2e, market-based", "kg CO2e"},
    {"co2eEmbodiedKg", "CO2e, embodied (amortised)", "kg CO2e"},
    {"co2eTotalKg", "CO2e, total (location-based + embodied)", "kg CO2e"},
    {"waterOnsiteL", "water, on-site", "L"},
    {"waterOffsiteL", "water, off-site (electricity)", "L"},
    {"waterL", "water, total", "L"},
    {"costComputeUsd", "cost of compute", "USD"},
    {"costCarbonUsd", "carbon price", "USD"},
    {"costUsd", "cost, total", "USD"},
    {"inferenceEnergyKWh", "inference energy (facility, whole deployment)", "kWh"},
    {"inferenceCo2eKg", "inference CO2e (location-based + embodied)", "kg CO2e"},
    {"inferenceWaterL", "inference water", "L"},
    {"inferenceCostUsd", "inference cost", "USD"},
    {"lifecycleEnergyKWh", "lifecycle energy (training + inference)", "kWh"},
    {"lifecycleCo2eKg", "lifecycle CO2e (training + inference)", "kg CO2e"},
    {"lifecycleCostUsd", "lifecycle cost (training + inference)", "USD"},
    {"energyPerRequestWh", "energy per request (facility)", "Wh"},
    {"co2ePerRequestG", "CO2e per request", "g CO2e"},
}};

} // namespace

const QuantityInfo &info(Input i)
{
    return kInputs[index(i)];
}

const QuantityInfo &info(Output o)
{
    return kOutputs[index(o)];
}

} // namespace greenlight
