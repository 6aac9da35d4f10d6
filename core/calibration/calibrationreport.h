#pragma once

#include "calibrationproposal.h"
#include "estimate/estimate.h"
#include "runcomparison.h"
#include "runderivation.h"
#include "util/issue.h"

#include <vector>

namespace greenlight {

// Everything the comparison table, chart and report show for one scenario and its runs.
struct CalibrationReport
{
    std::vector<RunComparison> comparisons; // one per run
    std::vector<RunDerivation> derivations; // one per run
    CalibrationProposal proposal;
    Estimate before; // the scenario as it is
    Estimate after;  // the scenario with the proposal applied (how much the plan moves)
    Issues issues;   // errors: nothing could be compared

    bool ok() const { return !hasErrors(issues); }
};

} // namespace greenlight
