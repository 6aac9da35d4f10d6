#pragma once

#include "scenarioevaluator.h"
#include "uncertainty/montecarlo.h"

namespace greenlight {

// Carries a scenario's Monte Carlo ranges through its levers and its deployment
// (docs/methodology.md "Lifecycle", "Uncertainty of levers and serving"). `ranges` comes from
// MonteCarlo::run on the scenario's resolved (lever-free) inputs. With a deployment, or with drawn
// training-lever parameters, the lifecycle outputs are sampled jointly (training inputs, serving
// inputs and evaluation.sampling's lever parameters) with the same seed and sample count.
class LifecycleUncertainty
{
public:
    static void apply(const ScenarioEvaluation &evaluation, MonteCarlo &monteCarlo,
                      UncertaintyResult &ranges);
};

} // namespace greenlight
