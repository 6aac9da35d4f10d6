#pragma once

#include "lifecyclesampling.h"
#include "scenarioevaluator.h"

namespace greenlight {

// The lifecycle as a function of the training inputs, the serving inputs and the lever parameters
// (docs/methodology.md "Uncertainty of levers and serving"): what the lifecycle Monte Carlo and
// sensitivity evaluate per sample, without resolving the scenario again.
class LifecycleModel
{
public:
    // Fills the plain lever fields the user gave only as a distribution ("uncertainty") with the
    // distribution's central value, as UserDistributions does for the estimator's inputs.
    static void applyUserCentrals(Scenario &scenario);
    // Which lever parameters to draw and how they act. `original` is the scenario as the user wrote
    // it (a plain value there is fixed unless a distribution is given); `used` has the centrals.
    static LifecycleSampling sampling(const Scenario &original, const Scenario &used, const Catalog &catalog,
                                      const ScenarioEvaluation &evaluation, Issues &issues);
    // Training with levers + inference at the given values. `serving` is ignored without a
    // deployment. At the resolved values and sampling.centre() it equals evaluation.estimate.
    static Estimate compute(const ScenarioEvaluation &evaluation, const InputValues &training,
                            const InputValues &serving, const LeverValues &theta);
};

} // namespace greenlight
