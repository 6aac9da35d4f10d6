#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace greenlight {

// Every numeric input of the estimator. Indexing inputs (instead of named fields) is what lets
// Monte Carlo and sensitivity analysis vary any of them without special cases.
enum class Input : std::size_t
{
    AcceleratorHoursGiven,
    DurationHours,
    AcceleratorCount,
    ParametersB,
    Tokens,
    Mfu,
    PeakTflops,
    MeasuredItEnergyKWh,
    ExperimentMultiplier,
    PowerW,
    TdpW,
    LoadFactor,
    HostOverheadFraction,
    IdleShare,
    IntensityGPerKWh,
    Pue,
    RenewableShare,
    ResidualMixGPerKWh,
    WueLPerKWh,
    EwifLPerKWh,
    EmbodiedKgPerAccelerator,
    ServiceLifeYears,
    PriceUsdPerAcceleratorHour,
    ElectricityPriceUsdPerKWh,
    CapexUsdPerAccelerator,
    CarbonPriceUsdPerT,
    TrainingFlopsPerParamToken,
    HostPowerW, // host (CPU, DRAM, network, fans) per accelerator: server host power / accelerators per
                // server
    Count
};

enum class Output : std::size_t
{
    AcceleratorHours,
    WallClockHours,
    TrainingFlops,
    PowerPerAcceleratorW,
    DynamicItEnergyKWh,
    IdleEnergyKWh,
    ItEnergyKWh,
    FacilityEnergyKWh,
    Co2eLocationKg,
    Co2eMarketKg,
    Co2eEmbodiedKg,
    Co2eTotalKg,
    WaterOnsiteL,
    WaterOffsiteL,
    WaterL,
    CostComputeUsd,
    CostCarbonUsd,
    CostUsd,
    // Lifecycle (core/lifecycle): 0 unless the scenario defines a deployment. Appended, never renumber.
    InferenceEnergyKWh,
    InferenceCo2eKg,
    InferenceWaterL,
    InferenceCostUsd,
    LifecycleEnergyKWh,
    LifecycleCo2eKg,
    LifecycleCostUsd,
    EnergyPerRequestWh,
    Co2ePerRequestG,
    Count
};

inline constexpr std::size_t kInputCount = static_cast<std::size_t>(Input::Count);
inline constexpr std::size_t kOutputCount = static_cast<std::size_t>(Output::Count);
// The outputs Estimator::compute fills; the lifecycle ones after them stay 0 (core/lifecycle fills them).
inline constexpr std::size_t kTrainingOutputCount = static_cast<std::size_t>(Output::InferenceEnergyKWh);

constexpr std::size_t index(Input i)
{
    return static_cast<std::size_t>(i);
}
constexpr std::size_t index(Output o)
{
    return static_cast<std::size_t>(o);
}

struct QuantityInfo
{
    std::string_view key;   // stable machine name (JSON/CSV keys)
    std::string_view label; // short human label
    std::string_view unit;
};

const QuantityInfo &info(Input i);
const QuantityInfo &info(Output o);

using InputValues = std::array<double, kInputCount>;
using OutputValues = std::array<double, kOutputCount>;

} // namespace greenlight
