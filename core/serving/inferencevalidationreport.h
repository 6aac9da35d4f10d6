#pragma once

#include "inferencevalidation.h"

#include <cstdint>
#include <string>
#include <vector>

namespace greenlight {

// Coverage of a set of validation results: how many P50 within 2× and measured inside P5–P95.
struct InferenceCoverage
{
    std::size_t cases = 0;
    std::size_t withinFactor2 = 0;
    std::size_t covered = 0;
    double medianRatio = 0;

    static InferenceCoverage of(const std::vector<InferenceCaseResult> &results,
                                int set); // set: -1 all, 1 fit, 0 check
};

// docs/validation-inference.md: the fitted constants, every case with its range, and the coverage.
class InferenceValidationReport
{
public:
    static std::string markdown(const std::vector<InferenceCaseResult> &results, const InferenceFit &fit,
                                const ServingConstants &constants, std::size_t samples, std::uint64_t seed);
};

} // namespace greenlight
