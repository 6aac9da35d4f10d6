#pragma once

#include "quantities.h"

namespace greenlight {

// The central estimate of one scenario: every output as a number, in the unit its name says.
struct Estimate
{
    OutputValues values{};

    double operator[](Output o) const { return values[index(o)]; }
    double &operator[](Output o) { return values[index(o)]; }
};

} // namespace greenlight
