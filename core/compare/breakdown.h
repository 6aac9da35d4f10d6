#pragma once

#include "estimate/estimate.h"
#include "estimate/resolvedscenario.h"
#include "uncertainty/uncertaintyresult.h"

#include <string>
#include <vector>

namespace greenlight {

// One stacked component of a chart bar: "training", "experiments", "embodied", …
struct Component
{
    std::string key;
    std::string label;
    double value = 0;
};

// Splits an estimate into the components the comparison charts stack, in the unit of each
// metric (kg CO2e, kWh, USD, L). The parts always add up to the metric's total.
class Breakdown
{
public:
    enum class Metric
    {
        Co2e,
        Energy,
        Cost,
        Water
    };

    static std::vector<Component> of(const ResolvedScenario &scenario, const Estimate &estimate,
                                     Metric metric);
    // Training plus, when the scenario has a deployment, inference over the deployment.
    static double total(const Estimate &estimate, Metric metric);
    // The total's range from Monte Carlo percentiles (same composition as total()).
    static double totalPercentile(const UncertaintyResult &ranges, Metric metric,
                                  double OutputRange::*percentile);
    static std::string unit(Metric metric);
    static std::string title(Metric metric);
};

} // namespace greenlight
