#pragma once

#include <string>

namespace greenlight {

// What the levers change about serving one token, for a given serving accelerator.
struct ServingProfile
{
    double parametersB = 0; // the served model
    std::string precision = "fp16";
    double bytesPerParameter = 2;
    double memoryReduction = 0;       // pruning: fraction of weight memory saved
    double speedup = 1;               // throughput relative to dense fp16 (quantisation × pruning)
    double timeOverheadFraction = 0;  // dequantisation overhead (extra serving time)
    double perRequestEnergyScale = 1; // perRequest mode: served / measured model size (distillation)

    // Serving time (and energy) per token relative to the dense fp16 model.
    double timeFactor() const { return (1.0 + timeOverheadFraction) / speedup; }
};

} // namespace greenlight
