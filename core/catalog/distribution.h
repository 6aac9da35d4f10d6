#pragma once

#include <string>

namespace greenlight {

// An uncertain input: a fixed value or a distribution described by low / mode / high.
// For lognormal, low and high are the P5 and P95 and mode the median.
struct Distribution
{
    enum class Kind
    {
        Fixed,
        Triangular,
        Uniform,
        Lognormal
    };

    Kind kind = Kind::Fixed;
    double low = 0;
    double mode = 0;
    double high = 0;

    static Distribution fixed(double v) { return {Kind::Fixed, v, v, v}; }
    bool isFixed() const { return kind == Kind::Fixed; }
};

std::string distributionKindName(Distribution::Kind kind);
bool parseDistributionKind(const std::string &text, Distribution::Kind &kind);

} // namespace greenlight
