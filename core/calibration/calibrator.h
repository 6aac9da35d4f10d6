#pragma once

#include "calibrationreport.h"
#include "estimate/resolvedscenario.h"
#include "model/measuredrun.h"
#include "model/project.h"

#include <string>
#include <vector>

namespace greenlight {

class Catalog;

// Closes the loop plan → run → measure → plan: compares measured runs with a scenario's estimate,
// derives the effective power per accelerator, PUE and grid intensity the measurements imply,
// and proposes them as scenario changes (median over runs, with their spread).
class Calibrator
{
public:
    static RunDerivation derive(const MeasuredRun &run);
    static RunComparison compare(const MeasuredRun &run, const std::string &scenarioName,
                                 const Estimate &estimate);
    // Median of the values (mean of the middle two for an even count); 0 for none.
    static double median(std::vector<double> values);
    static CalibrationProposal propose(const Scenario &scenario, const ResolvedScenario &resolved,
                                       const std::vector<const MeasuredRun *> &runs);
    // Sets the proposed fields in one step and records the measurements as their source in the
    // scenario notes. powerW is all-in, so loadFactor and hostOverheadFraction are cleared.
    static void apply(Scenario &scenario, const CalibrationProposal &proposal);

    // The whole computation for a project: runNames empty means the runs linked to the scenario.
    static CalibrationReport calibrate(const Project &project, const std::string &scenarioName,
                                       const std::vector<std::string> &runNames, const Catalog &catalog);
};

} // namespace greenlight
