#pragma once

#include "estimate.h"
#include "resolvedscenario.h"
#include "trace.h"

#include <vector>

namespace greenlight {

// Builds the explanation trace of an estimate: for every output, the formula with the values
// put in and each input's source and year. Kept apart from the Estimator so the hot path stays
// allocation-free; the tests check that every trace value equals the estimate.
class Explainer
{
public:
    static TraceStep explain(const ResolvedScenario &scenario, const Estimate &estimate, Output output);
    static std::vector<TraceStep> explainAll(const ResolvedScenario &scenario, const Estimate &estimate);
};

} // namespace greenlight
