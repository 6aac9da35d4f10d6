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

// Which serving estimator input the serving parameters scale.
enum class ServingWork
{
    None,   // no deployment, or a fixed fleet: serving time per token does not matter
    Hours,  // accelerator-hours (first principles, or a fleet sized from traffic)
    Energy, // measured IT energy (perRequest)
};

// How the sampled lever parameters move a scenario's lifecycle, filled by ScenarioEvaluator.
// Training overheads add θ × main run to the accelerator-hours (linear); serving parameters scale
// the busy time per token: × central/θ for a speed-up or a utilisation, × (1 + θ)/(1 + central)
// for an overhead.
struct LifecycleSampling
{
    std::vector<SampledLeverParameter> parameters; // drawn; every other parameter stays central
    double trainingScale = 1;                      // levers' accelerator-hours scale at the centre
    LeverValues trainingSlope{};                   // d scale / dθ
    ServingWork work = ServingWork::None;
    bool fleetSized = false;
    double devices = 0;
    double devicesByMemory = 0;
    double trafficDevices = 0;

    // The values the central estimate used for every drawn parameter.
    LeverValues centre() const;
    // Training accelerator-hours with levers / without, at θ.
    double scale(const LeverValues &theta) const;
    // Serving work (accelerator-hours or IT energy) at θ / at the centre.
    double servingFactor(const LeverValues &theta) const;
    // Accelerators mode, sized fleet: the devices at θ.
    double devicesAt(const LeverValues &theta) const;
};

} // namespace greenlight
