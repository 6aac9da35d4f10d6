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
        std::string basis; // empty: the record's own basis
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
    std::string basis; // lifecycle, operational (direct) or empty (not stated)
    // A cloud region's grid (state, balancing area or country record) its intensity comes from.
    std::string grid;
    // The direct (combustion-only) figure of the same place, shown beside a life-cycle value.
    std::optional<double> directGPerKWh;
    int directYear = 0;
    // Water consumed per kWh generated (WRI 2020 per country or eGRID subregion), with its spread.
    std::optional<double> ewifLPerKWh;
    std::optional<double> ewifLowLPerKWh;
    std::optional<double> ewifHighLPerKWh;
    std::optional<double> pue;
    std::optional<double> cfe;
    std::vector<Alternative> alternatives;
    std::string hourlyProfile;
    Citation citation;
};

} // namespace greenlight
