#pragma once

#include "estimate/quantities.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace greenlight {

// Spread of one output over the Monte Carlo samples.
struct OutputRange
{
    double p5 = 0;
    double p50 = 0;
    double p95 = 0;
    double mean = 0;
};

// Monte Carlo summary of one scenario: a range for every output, and how it was obtained.
struct UncertaintyResult
{
    std::array<OutputRange, kOutputCount> outputs{};
    std::size_t samples = 0;
    std::uint64_t seed = 0;
    std::size_t variedInputs = 0; // inputs whose range is not fixed

    const OutputRange &operator[](Output o) const { return outputs[index(o)]; }
};

} // namespace greenlight
