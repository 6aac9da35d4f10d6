#pragma once

#include "scenarioevaluator.h"

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

// Where two cumulative lifecycle lines cross, for one metric.
struct BreakEvenMetric
{
    std::string metric; // "co2eKg", "energyKWh", "costUsd"
    std::string unit;
    double trainingA = 0, trainingB = 0;     // training (levers applied)
    double perRequestA = 0, perRequestB = 0; // inference slope
    // "crossing": the one costlier to train is cheaper overall after `requests`;
    // "never": it never catches up (its slope is not lower; equal slopes included);
    // "identical": same training and same slope.
    std::string status;
    std::string costlierToTrain; // scenario name, empty when equal
    std::optional<double> requests;
    std::optional<double> days;
    std::string date;              // start date + days, when a start date is known
    bool withinDeployment = false; // the crossing happens before the deployment ends
    std::string note;
};

struct BreakEvenResult
{
    std::string a, b;
    std::vector<BreakEvenMetric> metrics;
};

// Break-even between two scenarios' lifecycles (docs/methodology.md "Break-even").
class BreakEven
{
public:
    // The crossing point in chart terms: months after the deployment start (a month is a
    // twelfth of a 8760-hour year, as the lifecycle curve uses) and the cumulative value there.
    static double monthsFromDays(double days);
    static double valueAtCrossing(const BreakEvenMetric &metric);

    // Pure arithmetic: lines T_a + s_a·n and T_b + s_b·n.
    static BreakEvenMetric solve(double trainingA, double slopeA, double trainingB, double slopeB,
                                 const std::string &nameA, const std::string &nameB);
    // Both evaluations need a deployment; `issues` names the missing one (paths "--a"/"--b").
    static std::optional<BreakEvenResult> compute(const std::string &nameA, const ScenarioEvaluation &a,
                                                  const std::string &nameB, const ScenarioEvaluation &b,
                                                  Issues &issues);
};

} // namespace greenlight
