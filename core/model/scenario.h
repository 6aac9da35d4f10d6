#pragma once

#include "catalog/distribution.h"
#include "deployment.h"
#include "levers.h"

#include <map>
#include <optional>
#include <string>

namespace greenlight {

// How the amount of compute is specified.
enum class WorkloadMode
{
    AcceleratorHours, // accelerator-hours given directly (what model cards publish)
    DevicesDuration,  // devices × wall-clock duration
    FirstPrinciples,  // 6·N·D FLOPs / (devices · peak · MFU)
    MeasuredEnergy,   // IT energy measured (e.g. OLMo's GPU MWh); hours optional
};

enum class CostMode
{
    Auto,   // rental when a price per accelerator-hour is known, otherwise owned
    Rental, // accelerator-hours × price
    Owned,  // electricity + amortised capital
};

std::string workloadModeName(WorkloadMode mode);
std::optional<WorkloadMode> parseWorkloadMode(const std::string &text);
std::string costModeName(CostMode mode);
std::optional<CostMode> parseCostMode(const std::string &text);

// A published footprint to compare the estimate with (presets, validation).
struct PublishedFootprint
{
    std::optional<double> energyMWh;
    std::string energyBasis = "facility"; // "facility" (after PUE) or "it" (before PUE)
    std::optional<double> co2eT;
    std::optional<double> acceleratorHours;
    std::string source;
};

// One plan for a training run. Unset optionals fall back on the catalog (accelerator, region,
// provider and default constants), so a scenario states only what the user knows.
struct Scenario
{
    std::string name;
    std::string notes;
    std::string color;
    bool includeInComparison = true;

    // Workload
    WorkloadMode workloadMode = WorkloadMode::DevicesDuration;
    double acceleratorHours = 0;
    double durationHours = 0;
    double parametersB = 0;                 // activated parameters (MoE), billions
    std::optional<double> totalParametersB; // mixture of experts: every expert (serving memory); unset: dense
    double tokens = 0;                      // training tokens
    std::optional<double> mfu;
    std::string precision; // empty: the accelerator's default precision
    std::optional<double> measuredItEnergyKWh;
    std::optional<double> experimentMultiplier;

    // Hardware
    std::string acceleratorId;
    int acceleratorCount = 1;
    std::optional<double> powerW; // all-in average per accelerator: nothing is added to it
    std::optional<double> loadFactor;
    std::optional<double> hostOverheadFraction; // older model: host power as a share of accelerator power
    std::optional<double> hostPowerW;           // host power per accelerator (server host / accelerators)
    std::optional<double> idleShare;

    // Site
    std::string regionId;
    std::optional<double> intensityGPerKWh;
    std::optional<double> pue;
    double renewableShare = 0;
    std::optional<double> residualMixGPerKWh;
    std::optional<double> wueLPerKWh;
    std::optional<double> ewifLPerKWh;
    // Carbon offsets retired for this work (a "carbon-neutral" offer): reported beside the location-
    // and market-based figures, never subtracted from them (GHG Protocol Scope 2 guidance).
    std::optional<double> offsetsTCo2e;

    // Embodied
    std::optional<double> embodiedKgPerAccelerator;
    std::optional<double> serviceLifeYears;

    // Cost
    CostMode costMode = CostMode::Auto;
    std::optional<double> priceUsdPerAcceleratorHour;
    std::optional<double> electricityPriceUsdPerKWh;
    std::optional<double> capexUsdPerAccelerator;
    std::optional<double> carbonPriceUsdPerT;

    std::optional<PublishedFootprint> published;

    // Uncertainty: input key (estimate/quantities.cpp) → the user's distribution for that input,
    // applied over the catalog range (core/uncertainty/userdistributions.h).
    std::map<std::string, Distribution> uncertainty;

    // What-if levers and the inference phase (core/levers, core/lifecycle).
    Levers levers;
    std::optional<Deployment> deployment;
};

} // namespace greenlight
