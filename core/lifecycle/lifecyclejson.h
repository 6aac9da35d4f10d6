#pragma once

#include "breakeven.h"
#include "scenarioevaluator.h"

#include <nlohmann/json.hpp>

// JSON of lever effects, deployments and break-even (docs/cli.md "Levers and lifecycle").
namespace greenlight::LifecycleJson {
nlohmann::ordered_json leverEffects(const std::vector<LeverEffect> &effects);
// Formula trace of the levers and the deployment (the "trace" entries with a "lever" key).
nlohmann::ordered_json leverSteps(const std::vector<LeverStep> &steps);
nlohmann::ordered_json deployment(const DeploymentResult &deployment);
nlohmann::ordered_json breakEven(const BreakEvenResult &result);
} // namespace greenlight::LifecycleJson
