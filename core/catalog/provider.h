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
    // On-site water per kWh of IT energy, as the provider publishes it (its year-to-year spread).
    std::optional<double> wueLPerKWh;
    std::optional<double> wueLowLPerKWh;
    std::optional<double> wueHighLPerKWh;
    Citation citation;
};

} // namespace greenlight
