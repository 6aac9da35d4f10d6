#pragma once

#include "serving/servingpoint.h"

#include <optional>
#include <string>

namespace greenlight {

// How a deployment's serving energy is obtained.
enum class DeploymentMode
{
    Accelerators,    // a provisioned fleet running around the clock (count given, or sized)
    FirstPrinciples, // the serving model, with idle capacity from the fleet utilisation
    PerRequest,      // a measured energy per request (default: the serving model's)
};

std::string deploymentModeName(DeploymentMode mode);
std::optional<DeploymentMode> parseDeploymentMode(const std::string &text);
std::string servingStackName(ServingStack stack);
std::optional<ServingStack> parseServingStack(const std::string &text);

// The inference phase of a scenario's lifecycle. Unset site fields fall back on the training site;
// unset serving fields on the catalog's defaults (docs/methodology.md, "Serving model").
struct Deployment
{
    // Bounds on what a plan can ask for: beyond them a number is a typo, and the fleet size would
    // not fit an int. 20 years; ten million accelerators (more than were installed in 2026).
    static constexpr int kMaxMonths = 240;
    static constexpr double kMaxFleetAccelerators = 1e7;

    DeploymentMode mode = DeploymentMode::FirstPrinciples;
    std::string acceleratorId;                 // empty: the training accelerator
    std::optional<int> acceleratorCount;       // accelerators mode: the whole fleet; unset = sized
    std::optional<int> acceleratorsPerReplica; // unset: the fewest the model and its batch fit on
    std::optional<double> parametersB;         // served model; unset: student / fine-tuned / trained model
    std::optional<double> activeParametersB;   // mixture of experts; unset: dense
    std::optional<double> energyPerRequestWh;  // perRequest mode (IT energy); unset: the serving model's
    double requestsPerDay = 0;
    std::optional<double> inputTokens; // unset: catalog default
    double outputTokens = 0;
    std::optional<double> batchSize;         // requests decoded together; unset: catalog default
    std::optional<double> fleetUtilisation;  // busy share of the provisioned fleet; unset: catalog default
    std::optional<double> servingTimeFactor; // measured / modelled serving time; unset: 1 (catalog range)
    ServingStack stack = ServingStack::Optimised;
    int months = 12;
    std::string startDate; // YYYY-MM-DD, optional (dates in the curve and break-even)
    std::string regionId;
    std::optional<double> intensityGPerKWh;
    std::optional<double> pue;
};

} // namespace greenlight
