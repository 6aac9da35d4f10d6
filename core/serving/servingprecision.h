#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

// A number format a model can be served in: how many bytes a weight takes in memory (what a
// memory-bound decode step reads) and which tensor-core precision does the arithmetic.
struct ServingPrecision
{
    std::string_view id;
    double bytesPerParameter = 2; // weights as stored, block scales included
    std::string_view computeKey;  // peakTflops key; empty: the accelerator's 16-bit format
    bool eightBitKernels = false; // weight-and-activation 8-bit GEMMs (fp8, W8A8 int8)
    std::string_view description;

    bool weightOnly() const { return computeKey.empty(); }

    static const std::vector<ServingPrecision> &all();
    static const ServingPrecision *find(std::string_view id);
    static std::string idList(); // "fp32, fp16, …" for messages
};

} // namespace greenlight
