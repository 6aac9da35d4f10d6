#pragma once

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

// One scenario field the calibration would set, with the measurements it comes from.
struct CalibrationChange
{
    std::string field; // scenario member: "powerW", "pue" or "intensityGPerKWh"
    std::string path;  // project-file path: "hardware.powerW", "site.pue", "site.intensityGPerKWh"
    std::string unit;
    std::optional<double> scenarioValue; // what the scenario set before (unset: catalog default)
    double resolvedBefore = 0;           // the value the estimate used before
    double value = 0;                    // median over the runs
    double low = 0;                      // spread over the runs
    double high = 0;
    int runs = 0;
    std::string source; // "measured: run-a, run-b (codecarbon 2.4.3rc1)"
};

// Field changes that a caller applies as one step (Calibrator::apply; one undo step in the GUI).
struct CalibrationProposal
{
    std::string scenarioName;
    std::vector<std::string> runNames;
    std::vector<CalibrationChange> changes;
    std::vector<std::string> notes; // why a field is not proposed, assumptions made
};

} // namespace greenlight
