#pragma once

#include <optional>
#include <string>

namespace greenlight {

// How a deployment's serving energy is obtained.
enum class DeploymentMode
{
    Accelerators,    // a provisioned fleet running around the clock (count given, or sized)
    FirstPrinciples, // ≈ 2·N FLOPs per token at a serving utilisation: busy accelerator-hours only
    PerRequest,      // a measured (or typical) energy per request
};

std::string deploymentModeName(DeploymentMode mode);
std::optional<DeploymentMode> parseDeploymentMode(const std::string &text);

// The inference phase of a scenario's lifecycle. Unset site fields fall back on the training site.
struct Deployment
{
    DeploymentMode mode = DeploymentMode::FirstPrinciples;
    std::string acceleratorId;           // empty: the training accelerator
    std::optional<int> acceleratorCount; // accelerators mode: unset = sized from memory and traffic
    std::optional<double> parametersB;   // served model; unset: student / fine-tuned / trained model
    std::optional<double> servingUtilisation;
    std::optional<double> energyPerRequestWh; // perRequest mode (IT energy); unset: catalog typical value
    double requestsPerDay = 0;
    double tokensPerRequest = 0;
    int months = 12;
    std::string startDate; // YYYY-MM-DD, optional (dates in the curve and break-even)
    std::string regionId;
    std::optional<double> intensityGPerKWh;
    std::optional<double> pue;
};

} // namespace greenlight
