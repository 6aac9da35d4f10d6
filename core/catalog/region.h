#pragma once

#include "citation.h"

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

// A grid: a country, a sub-national grid or a cloud region, with its annual intensity.
struct Region
{
    struct Alternative
    {
        double intensityGPerKWh = 0;
        int year = 0;
        std::string source;
    };

    std::string id;
    std::string name;
    std::string kind; // country, subnational, cloud, world
    std::string country;
    std::string provider;
    double intensityGPerKWh = 0;
    // The record's own spread (countries: ± the largest year-on-year change of five years).
    std::optional<double> intensityLowGPerKWh;
    std::optional<double> intensityHighGPerKWh;
    std::string rangeBasis;
    std::string basis;
    std::optional<double> pue;
    std::optional<double> cfe;
    std::vector<Alternative> alternatives;
    std::string hourlyProfile;
    Citation citation;
};

} // namespace greenlight
