#pragma once

#include "deploymentresult.h"
#include "estimate/resolvedscenario.h"
#include "levers/leverengine.h"
#include "lifecyclesampling.h"
#include "serving/servingconstants.h"
#include "serving/servingsetup.h"
#include "servingfleet.h"
#include "util/issue.h"

#include <optional>

namespace greenlight {

class Catalog;
struct Accelerator;

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
    std::optional<ServingSetupResult> servingPoint(const Scenario &scenario, const ServingProfile &profile,
                                                   const Accelerator &accelerator,
                                                   const ServingConstants &constants, Issues &issues) const;
    std::optional<FleetUse> serveFleet(const Scenario &scenario, const DeploymentResult &result,
                                       const ServingConstants &constants, Issues &issues) const;
    Scenario servingScenario(const Scenario &scenario, const Accelerator &accelerator) const;
    std::optional<DeploymentResult> finish(const Scenario &scenario, const Scenario &serving,
                                           const Estimate &training, DeploymentResult result,
                                           Issues &issues) const;

    const Catalog &m_catalog;
};

} // namespace greenlight
