#pragma once

#include <optional>
#include <string>

namespace greenlight {

// What the levers change about the served model, for a given serving accelerator. The serving
// model (core/serving) turns it into time and energy.
struct ServingProfile
{
    double parametersB = 0; // the served model
    std::string precision;  // serving precision; empty: the accelerator's 16-bit format
    double bytesPerParameter = 2;
    double memoryReduction = 0;      // pruning: fraction of weight memory saved (index metadata included)
    double speedup = 1;              // pruning: measured end-to-end serving speed-up
    double timeOverheadFraction = 0; // dequantisation overhead (extra serving time)
    double measuredParametersB = 0;  // perRequest: the model the measured figure is for (the teacher)
    std::optional<double> activeParametersB; // the trained mixture of experts served as is; unset: dense

    // Serving time per token relative to the unpruned model at the same precision.
    double timeFactor() const { return (1.0 + timeOverheadFraction) / speedup; }
};

} // namespace greenlight
