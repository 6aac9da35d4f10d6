#pragma once

#include "scenarioevaluator.h"
#include "uncertainty/montecarlo.h"

namespace greenlight {

// Carries a scenario's Monte Carlo ranges through its levers and its deployment
// (docs/methodology.md "Lifecycle", uncertainty). `ranges` comes from MonteCarlo::run on the
// scenario's resolved (lever-free) inputs; the serving phase is sampled with the same options.
class LifecycleUncertainty
{
public:
    static void apply(const ScenarioEvaluation &evaluation, MonteCarlo &monteCarlo,
                      UncertaintyResult &ranges);
};

} // namespace greenlight
