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

std::string servingStackName(ServingStack stack)
{
    return stack == ServingStack::Basic ? "basic" : "optimised";
}

std::optional<ServingStack> parseServingStack(const std::string &text)
{
    for (auto s : {ServingStack::Optimised, ServingStack::Basic})
        if (servingStackName(s) == text)
            return s;
    return std::nullopt;
}

} // namespace greenlight
