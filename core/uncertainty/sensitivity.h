#pragma once

#include "estimate/resolvedscenario.h"

#include <string>
#include <vector>

namespace greenlight {

// One bar of a tornado chart: the output with one input at its low and at its high end, every
// other input at its central value.
struct SensitivityEntry
{
    Input input = Input::Count;
    double inputLow = 0;  // low end of the range (P5 for a lognormal)
    double inputHigh = 0; // high end (P95 for a lognormal)
    double outputAtLow = 0;
    double outputAtHigh = 0;
    double swing = 0; // |outputAtHigh − outputAtLow|
    // Lifecycle analysis (LifecycleSensitivity): set for a lever or deployment parameter (input is
    // Input::Count) and for an input of the serving phase alone ("serving.pue"); empty otherwise,
    // when info(input) names the bar.
    std::string key;
    std::string label;
    std::string unit;
};

struct SensitivityResult
{
    Output output = Output::Co2eTotalKg;
    double central = 0;
    std::vector<SensitivityEntry> entries; // largest swing first
    bool lifecycle = false;                // LifecycleSensitivity: training with levers + inference
};

// One-at-a-time sensitivity (tornado data) for one output: every input whose range is not fixed,
// ranked by swing (ties keep the input order, so the ranking is deterministic).
class Sensitivity
{
public:
    static SensitivityResult analyse(const ResolvedScenario &scenario, Output output);
};

} // namespace greenlight
