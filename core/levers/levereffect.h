#pragma once

#include "estimate/trace.h"

#include <string>
#include <vector>

namespace greenlight {

// What one lever did to the training run (deltas may be positive: a lever can make things worse)
// and, as text, to serving.
struct LeverEffect
{
    std::string lever;     // "pruning", "quantisation", "distillation", "transfer", "experiments"
    std::string training;  // e.g. "prune-and-retrain: +1 × the main run"
    std::string inference; // e.g. "serving time ÷ 1.5 (2:4 on sparse tensor cores)"
    double acceleratorHoursDelta = 0;
    double energyKWhDelta = 0; // facility
    double co2eKgDelta = 0;    // total (location-based + embodied)
    double costUsdDelta = 0;
};

// One formula of a lever, like a TraceStep but not tied to an Output.
struct LeverStep
{
    std::string lever;
    std::string quantity;
    std::string formula;
    std::string substituted;
    double value = 0;
    std::string unit;
    std::vector<TraceInput> inputs;
};

} // namespace greenlight
