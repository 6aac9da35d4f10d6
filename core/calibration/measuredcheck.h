#pragma once

#include "estimate/estimate.h"
#include "model/project.h"
#include "uncertainty/uncertaintyresult.h"

#include <optional>
#include <string>

namespace greenlight {

// Measured against estimated for one quantity of one scenario (the comparison table's rows).
struct MeasuredValue
{
    double measured = 0;             // median over the linked runs
    double estimated = 0;            // the scenario's estimate (P50 of the point estimate)
    std::optional<double> ratio;     // estimated / measured; empty when nothing was measured
    std::optional<bool> insideRange; // measured within the estimate's P5-P95; empty without ranges
    std::optional<double> p5;
    std::optional<double> p95;
};

// The runs linked to a scenario, summarised for the comparison table.
struct MeasuredCheckResult
{
    int runs = 0;            // linked runs (0: the rest is unset)
    MeasuredValue energyKWh; // facility energy, as CodeCarbon and Carbontracker report it
    MeasuredValue co2eKg;    // operational location-based CO2e
};

// Compares the measured runs linked to a scenario with its estimate and Monte Carlo range.
class MeasuredCheck
{
public:
    static MeasuredCheckResult check(const Project &project, const std::string &scenarioName,
                                     const Estimate &estimate, const UncertaintyResult *ranges);
    static MeasuredValue compare(double measured, double estimated, const OutputRange *range);
};

} // namespace greenlight
