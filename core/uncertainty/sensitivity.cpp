#include "sensitivity.h"

#include "estimate/estimator.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

SensitivityResult Sensitivity::analyse(const ResolvedScenario &s, Output output)
{
    SensitivityResult result;
    result.output = output;
    result.central = Estimator::compute(s)[output];
    InputValues values = s.values;
    for (std::size_t i = 0; i < kInputCount; ++i) {
        const Distribution &d = s.ranges[i];
        if (!s.provenance[i].used || d.isFixed() || !(d.low < d.high))
            continue;
        SensitivityEntry e;
        e.input = static_cast<Input>(i);
        e.inputLow = d.low;
        e.inputHigh = d.high;
        values[i] = d.low;
        e.outputAtLow = Estimator::compute(s, values)[output];
        values[i] = d.high;
        e.outputAtHigh = Estimator::compute(s, values)[output];
        values[i] = s.values[i];
        e.swing = std::abs(e.outputAtHigh - e.outputAtLow);
        if (!std::isfinite(e.swing))
            e.swing = 0;
        result.entries.push_back(e);
    }
    std::stable_sort(result.entries.begin(), result.entries.end(),
                     [](const SensitivityEntry &a, const SensitivityEntry &b) { return a.swing > b.swing; });
    return result;
}

} // namespace greenlight
