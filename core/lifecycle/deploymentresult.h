#pragma once

#include "estimate/estimate.h"
#include "estimate/resolvedscenario.h"
#include "levers/levereffect.h"
#include "levers/servingprofile.h"

#include <string>
#include <vector>

namespace greenlight {

// One point of the cumulative lifecycle curve: training at month 0, then monthly inference.
struct LifecyclePoint
{
    int month = 0;
    std::string date; // empty without a start date
    double requests = 0;
    double energyKWh = 0;
    double co2eKg = 0; // location-based + embodied
    double costUsd = 0;
};

// The inference phase of one scenario.
struct DeploymentResult
{
    ServingProfile profile;
    std::string acceleratorId;
    int devices = 0; // accelerators mode: the fleet
    // Accelerators mode with a sized fleet (no count given): the bounds it was sized from, so the
    // lifecycle Monte Carlo can resize it when the serving time per token varies.
    bool fleetSized = false;
    double devicesByMemory = 0; // ceil(weights · overhead / device memory)
    double trafficDevices = 0;  // tokens/s · busy s/token, before rounding up
    double servingAcceleratorHours = 0;
    double totalRequests = 0;
    double totalTokens = 0;
    int months = 0;
    double requestsPerDay = 0;
    std::string startDate;
    ResolvedScenario servingResolved; // the serving phase as the estimator saw it (Monte Carlo reuses it)
    Estimate serving; // the serving phase run through the estimator (outputs of the training kind)
    double energyKWh = 0;
    double co2eKg = 0;
    double co2eMarketKg = 0;
    double waterL = 0;
    double costUsd = 0;
    double energyPerRequestWh = 0;
    double co2ePerRequestG = 0;
    double costPerRequestUsd = 0;
    std::vector<LifecyclePoint> curve;
    std::vector<LeverEffect> effects;
    std::vector<LeverStep> steps;
};

} // namespace greenlight
