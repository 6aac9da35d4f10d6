#pragma once

#include "catalog/distribution.h"
#include "uncertainty/leverparameters.h"

#include <string>
#include <vector>

namespace greenlight {

// A lever or deployment parameter the lifecycle Monte Carlo draws (docs/methodology.md
// "Uncertainty of levers and serving").
struct SampledLeverParameter
{
    LeverParameter parameter = LeverParameter::Count;
    Distribution range;
    double central = 0; // the value the central estimate used
    std::string source; // catalog default id, or "scenario (uncertainty)"
};

// How the sampled lever parameters move a scenario's lifecycle, filled by ScenarioEvaluator.
// Training overheads add θ × main run to the accelerator-hours (linear); serving parameters scale
// the busy time per request by f: × central/θ for a speed-up, × θ/central for the serving time
// factor, × (1 + θ)/(1 + central) for an overhead. The serving IT energy moves by
// servingEnergySlopeKWh · (f − 1), the provisioned hours × f when servingHoursScale (a fleet that
// follows the traffic; a fixed fleet keeps its hours).
struct LifecycleSampling
{
    std::vector<SampledLeverParameter> parameters; // drawn; every other parameter stays central
    double trainingScale = 1;                      // levers' accelerator-hours scale at the centre
    LeverValues trainingSlope{};                   // d scale / dθ
    bool servingTimeMatters = false;
    double servingEnergySlopeKWh = 0;
    bool servingHoursScale = false;

    // The values the central estimate used for every drawn parameter.
    LeverValues centre() const;
    // Training accelerator-hours with levers / without, at θ.
    double scale(const LeverValues &theta) const;
    // Busy serving time per request at θ / at the centre.
    double servingFactor(const LeverValues &theta) const;
};

} // namespace greenlight
