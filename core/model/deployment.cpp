#include "deployment.h"

namespace greenlight {

std::string deploymentModeName(DeploymentMode mode)
{
    switch (mode) {
    case DeploymentMode::Accelerators:
        return "accelerators";
    case DeploymentMode::FirstPrinciples:
        return "firstPrinciples";
    case DeploymentMode::PerRequest:
        return "perRequest";
    }
    return "firstPrinciples";
}

std::optional<DeploymentMode> parseDeploymentMode(const std::string &text)
{
    for (auto m : {DeploymentMode::Accelerators, DeploymentMode::FirstPrinciples, DeploymentMode::PerRequest})
        if (deploymentModeName(m) == text)
            return m;
    return std::nullopt;
}

} // namespace greenlight
