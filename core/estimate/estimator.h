#pragma once

#include "estimate.h"
#include "resolvedscenario.h"

namespace greenlight {

// The estimation stages (workload → runtime → energy → impacts) as pure arithmetic on resolved
// inputs. No allocation, no look-ups: cheap enough to run thousands of times per frame.
class Estimator
{
public:
    static constexpr double kHoursPerYear = 8760.0; // 365 × 24, for amortisation over years

    static Estimate compute(const ResolvedScenario &scenario);
    // Same arithmetic on a (possibly perturbed) copy of the inputs: Monte Carlo and sensitivity.
    static Estimate compute(const ResolvedScenario &scenario, const InputValues &values);
    // How far the chip's power follows a sampled MFU: (MFU / central MFU)^elasticity, 1 when uncoupled.
    static double mfuPowerFactor(const ResolvedScenario &scenario, double mfu);
};

} // namespace greenlight
