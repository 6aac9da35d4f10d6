#pragma once

#include <optional>
#include <string>

namespace greenlight {

// What one measured run implies for the planning inputs (docs/methodology.md, "Calibration").
struct RunDerivation
{
    std::string runName;
    int accelerators = 1;
    bool acceleratorsAssumed = false; // the file gives no GPU count: the machine counts as one
    double pue = 1;                   // PUE the tool applied to its energy
    bool pueKnown = false;            // false: 1 assumed, so IT energy = reported energy
    std::string pueSource;
    double itEnergyKWh = 0;                       // reported energy / PUE
    std::optional<double> powerPerAcceleratorW;   // reported energy (with PUE) / (h · accelerators)
    std::optional<double> itPowerPerAcceleratorW; // the same without PUE: the scenario's powerW
    std::optional<double> intensityGPerKWh;       // emissions / reported energy
};

} // namespace greenlight
