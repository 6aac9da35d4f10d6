#pragma once

#include "deploymentresult.h"
#include "estimate/resolvedscenario.h"
#include "levers/leverengine.h"
#include "lifecyclesampling.h"
#include "util/issue.h"

#include <optional>

namespace greenlight {

class Catalog;

// A scenario taken through the whole pipeline: resolve → estimate → training levers → deployment.
struct ScenarioEvaluation
{
    ResolvedScenario resolved;
    Estimate base;     // the estimator's training estimate without levers
    Estimate estimate; // levers applied; lifecycle keys filled when there is a deployment
    LeverTrainingResult levers;
    std::optional<DeploymentResult> deployment;
    LifecycleSampling sampling; // lever and serving parameters the lifecycle Monte Carlo draws
};

// The training + inference lifecycle (docs/methodology.md "Lifecycle"). Issues carry paths
// relative to the scenario ("deployment.accelerator").
class ScenarioEvaluator
{
public:
    explicit ScenarioEvaluator(const Catalog &catalog);

    std::optional<ScenarioEvaluation> evaluate(const Scenario &scenario, Issues &issues) const;
    std::optional<DeploymentResult> deploy(const Scenario &scenario, const Estimate &training,
                                           Issues &issues) const;

private:
    const Catalog &m_catalog;
};

} // namespace greenlight
