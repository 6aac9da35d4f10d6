#pragma once

#include "estimate/estimate.h"

#include <optional>
#include <vector>

namespace greenlight {

// A scenario's value of one output against the baseline's.
struct Delta
{
    double value = 0;
    double absolute = 0;           // value − baseline
    std::optional<double> percent; // none when the baseline is 0
};

Delta deltaAgainst(const Estimate &scenario, const Estimate &baseline, Output output);

// The outputs the delta table shows, in order.
const std::vector<Output> &comparedOutputs();

} // namespace greenlight
