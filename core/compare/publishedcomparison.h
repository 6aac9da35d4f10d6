#pragma once

#include "estimate/estimate.h"
#include "model/scenario.h"

#include <optional>
#include <string>

namespace greenlight {

// A published footprint beside Greenlight's estimate of the same run, on the published basis
// (facility or IT energy; location-based CO2e). ratio = estimate / published.
struct PublishedComparison
{
    struct Figure
    {
        double published = 0;
        double estimated = 0;
        std::optional<double> ratio; // unset when the published figure is 0
    };

    std::optional<Figure> energyMWh;
    bool energyIsFacility = true;
    std::optional<Figure> co2eT;
    std::optional<Figure> acceleratorHours;
    std::string source;

    static PublishedComparison of(const PublishedFootprint &published, const Estimate &estimate);
};

} // namespace greenlight
