#pragma once

#include "quantities.h"

#include <string>
#include <vector>

namespace greenlight {

// One input as it entered a formula: value, unit and where it came from.
struct TraceInput
{
    std::string key;
    std::string label;
    double value = 0;
    std::string unit;
    std::string source;
    int year = 0;
    bool fromScenario = false;
    std::string note;
};

// How one output was obtained: the formula in symbols, the same formula with the values put in,
// the result, and the inputs (with sources) and earlier outputs it used.
struct TraceStep
{
    Output output = Output::AcceleratorHours;
    std::string formula;
    std::string substituted;
    double value = 0;
    std::vector<TraceInput> inputs;
    std::vector<Output> uses;
};

} // namespace greenlight
