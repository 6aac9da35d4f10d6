#pragma once

#include "scenarioevaluator.h"
#include "uncertainty/sensitivity.h"

namespace greenlight {

// One-at-a-time sensitivity of any output of a scenario's whole pipeline (training with levers +
// inference, docs/methodology.md "Uncertainty of levers and serving"): the training inputs, the
// serving phase's own inputs and the drawn lever and deployment parameters, ranked by swing. An
// input both phases share (same site, same accelerator: the same range) is one bar moving both.
// Sensitivity::analyse stays the training-only (lever-free) tornado.
class LifecycleSensitivity
{
public:
    static SensitivityResult analyse(const ScenarioEvaluation &evaluation, Output output);
};

} // namespace greenlight
