#pragma once

#include "citation.h"

#include <optional>
#include <string>

namespace greenlight {

// A cloud provider or a facility type, with its power usage effectiveness.
struct Provider
{
    std::string id;
    std::string name;
    std::string kind; // cloud, facility
    double pue = 1;
    std::optional<double> pueLow;
    std::optional<double> pueHigh;
    Citation citation;
};

} // namespace greenlight
