#pragma once

#include "estimate/estimate.h"
#include "estimate/resolvedscenario.h"
#include "lifecycle/scenarioevaluator.h"
#include "uncertainty/uncertaintyresult.h"
#include "util/issue.h"

#include <optional>

namespace greenlight {

// One scenario through the whole pipeline: resolved inputs, the estimate with its levers and
// deployment applied, and the Monte Carlo ranges of every output. Empty `evaluation` with
// `issues` saying why when the scenario cannot be evaluated.
struct ScenarioAnalysis
{
    std::optional<ResolvedScenario> resolved; // kept beside the evaluation for views that only read inputs
    std::optional<ScenarioEvaluation> evaluation;
    Estimate estimate; // the evaluation's (levers and deployment applied); empty without one
    std::optional<UncertaintyResult> ranges;
    Issues issues;
};

} // namespace greenlight
