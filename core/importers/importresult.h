#pragma once

#include "model/measuredrun.h"
#include "util/issue.h"

#include <string>
#include <vector>

namespace greenlight {

// The runs read from one file. Errors mean nothing usable was read (runs is then empty);
// warnings name the lines that were skipped ("line 102: ...") while the rest was imported.
struct ImportResult
{
    std::string format; // "codecarbon", "carbontracker", or empty when not recognised
    std::vector<MeasuredRun> runs;
    Issues issues;

    bool ok() const { return !runs.empty() && !hasErrors(issues); }
};

} // namespace greenlight
