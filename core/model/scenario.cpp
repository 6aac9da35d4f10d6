#include "scenario.h"

namespace greenlight {

std::string workloadModeName(WorkloadMode mode)
{
    switch (mode) {
    case WorkloadMode::AcceleratorHours:
        return "acceleratorHours";
    case WorkloadMode::DevicesDuration:
        return "devicesDuration";
    case WorkloadMode::FirstPrinciples:
        return "firstPrinciples";
    case WorkloadMode::MeasuredEnergy:
        return "measuredEnergy";
    }
    return "devicesDuration";
}

std::optional<WorkloadMode> parseWorkloadMode(const std::string &text)
{
    for (auto m : {WorkloadMode::AcceleratorHours, WorkloadMode::DevicesDuration,
                   WorkloadMode::FirstPrinciples, WorkloadMode::MeasuredEnergy})
        if (workloadModeName(m) == text)
            return m;
    return std::nullopt;
}

std::string costModeName(CostMode mode)
{
    switch (mode) {
    case CostMode::Auto:
        return "auto";
    case CostMode::Rental:
        return "rental";
    case CostMode::Owned:
        return "owned";
    }
    return "auto";
}

std::optional<CostMode> parseCostMode(const std::string &text)
{
    for (auto m : {CostMode::Auto, CostMode::Rental, CostMode::Owned})
        if (costModeName(m) == text)
            return m;
    return std::nullopt;
}

} // namespace greenlight
