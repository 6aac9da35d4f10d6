#pragma once

#include "uncertainty/montecarlo.h"
#include "util/issue.h"

#include <cstdint>
#include <optional>
#include <string>

namespace greenlight {

class Catalog;
struct Project;

// The training footprint of one scenario in the terms papers and model cards publish it: hardware,
// hours, energy, PUE, grid intensity and CO2e with its P5–P95 range. Shared by the paper statement
// and the model card (docs/methodology.md "Need-and-impact review").
struct FootprintSummary
{
    std::string scenario;
    std::string projectName;
    std::string trainingType;    // "pre-training" or "fine-tuning"
    std::string accelerator;     // catalog name, e.g. "NVIDIA H100 SXM5 80GB"
    std::string acceleratorKind; // gpu, tpu, cpu
    int acceleratorCount = 0;
    double wallClockHours = 0;
    double acceleratorHours = 0;
    double powerPerAcceleratorW = 0;
    double energyKWh = 0; // facility (after PUE)
    double pue = 1;
    double intensityGPerKWh = 0;
    std::string location; // region name, or "" when only an intensity was given
    std::string regionId;
    double co2eKg = 0; // location-based operational CO2e (what statements publish)
    double co2eP5Kg = 0;
    double co2eP95Kg = 0;
    double embodiedKg = 0;   // hardware manufacture, amortised (reported separately)
    std::size_t samples = 0; // Monte Carlo behind the range
    std::uint64_t seed = 0;

    // Builds the summary of `scenarioName` (empty: the project's baseline, else the first scenario).
    // Issues name the scenario (or "--scenario" when it does not exist). The range uses `options`
    // (the estimate command's defaults unless the user chose others).
    static std::optional<FootprintSummary> build(const Catalog &catalog, const Project &project,
                                                 const std::string &scenarioName, Issues &issues,
                                                 MonteCarloOptions options = {});
};

} // namespace greenlight
