#pragma once

#include <optional>
#include <string>

namespace greenlight {

// Measured against estimated for one run and one scenario. Ratios are measured / estimated and
// unset when the estimate is 0 (never inf or NaN). Energy is facility energy (after PUE) and CO2e
// is operational location-based CO2e, which is what CodeCarbon and Carbontracker report.
struct RunComparison
{
    std::string runName;
    std::string scenarioName;
    double measuredEnergyKWh = 0;
    double estimatedEnergyKWh = 0;
    std::optional<double> energyRatio;
    double measuredCo2eKg = 0;
    double estimatedCo2eKg = 0;
    std::optional<double> co2eRatio;
    double measuredDurationH = 0;
    double estimatedDurationH = 0;
    std::optional<double> durationRatio;
};

} // namespace greenlight
