#pragma once

#include "estimate/estimate.h"
#include "estimate/resolvedscenario.h"
#include "levers/levereffect.h"
#include "levers/servingprofile.h"
#include "serving/servingconstants.h"
#include "serving/servingpoint.h"
#include "serving/servingresult.h"

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
    // The serving model at the deployment's operating point (unset fields filled from the catalog);
    // absent for a perRequest deployment on hardware the model cannot describe.
    bool servingModelUsed = false;
    ServingPoint point;
    ServingResult perRequest;    // the model's figures for one request (IT energy before PUE)
    double maxBatch = 0;         // the memory limit of a replica
    ServingConstants constants;  // as used (the deployment's time factor applied)
    bool measuredEnergy = false; // perRequest with a measured figure
    int devices = 0;             // the provisioned fleet (accelerators mode), else its average size
    int replicas = 0;
    double utilisation = 0;             // busy share of the provisioned fleet
    double servingAcceleratorHours = 0; // provisioned accelerator-hours (embodied carbon, rental)
    double gpuEnergyKWh = 0;            // IT energy by part, over the whole deployment
    double hostEnergyKWh = 0;
    double idleEnergyKWh = 0;
    // How the IT energy and hours move when the busy time per request is scaled by f (the lifecycle
    // Monte Carlo): energy + energySlopeKWh · (f − 1); hours × f when hoursScale.
    double energySlopeKWh = 0;
    bool hoursScale = false;
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
