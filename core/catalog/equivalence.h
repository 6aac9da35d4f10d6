#pragma once

#include "citation.h"

#include <string>

namespace greenlight {

// "x tonnes CO2e is like driving y km": grams of CO2e per unit of something familiar.
struct Equivalence
{
    std::string id;
    std::string name;
    std::string unit;
    double gCo2ePerUnit = 0;
    Citation citation;
};

} // namespace greenlight
