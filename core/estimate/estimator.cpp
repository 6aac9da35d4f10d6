#include "estimator.h"

#include <cmath>

namespace greenlight {

double Estimator::mfuPowerFactor(const ResolvedScenario &s, double mfu)
{
    if (s.powerMfuElasticity == 0 || mfu == s.powerMfuReference)
        return 1;
    const double ratio = mfu / s.powerMfuReference;
    // The catalog's elasticity is ½: √ is an order of magnitude cheaper than pow in the Monte Carlo.
    return s.powerMfuElasticity == 0.5 ? std::sqrt(ratio) : std::pow(ratio, s.powerMfuElasticity);
}

Estimate Estimator::compute(const ResolvedScenario &scenario)
{
    return compute(scenario, scenario.values);
}

Estimate Estimator::compute(const ResolvedScenario &s, const InputValues &in)
{
    const auto v = [&in](Input i) {
        return in[index(i)];
    };
    Estimate e;
    const double count = v(Input::AcceleratorCount);

    // 1 workload / 2 runtime
    double runAcceleratorHours = 0;
    switch (s.workloadMode) {
    case WorkloadMode::AcceleratorHours:
        runAcceleratorHours = v(Input::AcceleratorHoursGiven);
        break;
    case WorkloadMode::DevicesDuration:
        runAcceleratorHours = count * v(Input::DurationHours);
        break;
    case WorkloadMode::FirstPrinciples: {
        const double flops =
            v(Input::TrainingFlopsPerParamToken) * v(Input::ParametersB) * 1e9 * v(Input::Tokens);
        e[Output::TrainingFlops] = flops;
        runAcceleratorHours = flops / (v(Input::PeakTflops) * 1e12 * v(Input::Mfu)) / 3600.0;
        break;
    }
    case WorkloadMode::MeasuredEnergy:
        runAcceleratorHours = v(Input::AcceleratorHoursGiven) > 0 ? v(Input::AcceleratorHoursGiven)
                                                                  : count * v(Input::DurationHours);
        break;
    }
    const double multiplier = v(Input::ExperimentMultiplier);
    const double acceleratorHours = runAcceleratorHours * multiplier;
    e[Output::AcceleratorHours] = acceleratorHours;
    e[Output::WallClockHours] = runAcceleratorHours / count;

    // 3 energy
    double powerW = 0;
    double dynamicKWh = 0;
    if (s.workloadMode == WorkloadMode::MeasuredEnergy) {
        dynamicKWh = v(Input::MeasuredItEnergyKWh) * multiplier;
        // The average power is implied by the measurement when the hours are known.
        powerW = acceleratorHours > 0 ? dynamicKWh * 1000.0 / acceleratorHours : 0;
    } else if (s.powerMeasured) {
        powerW = v(Input::PowerW);
        dynamicKWh = acceleratorHours * powerW / 1000.0;
    } else {
        const double chipW = v(Input::TdpW) * v(Input::LoadFactor) * mfuPowerFactor(s, v(Input::Mfu));
        powerW = chipW * (1.0 + v(Input::HostOverheadFraction)) + v(Input::HostPowerW);
        dynamicKWh = acceleratorHours * powerW / 1000.0;
    }
    e[Output::PowerPerAcceleratorW] = powerW;
    const double idleKWh = dynamicKWh * v(Input::IdleShare);
    const double itKWh = dynamicKWh + idleKWh;
    const double facilityKWh = itKWh * v(Input::Pue);
    e[Output::DynamicItEnergyKWh] = dynamicKWh;
    e[Output::IdleEnergyKWh] = idleKWh;
    e[Output::ItEnergyKWh] = itKWh;
    e[Output::FacilityEnergyKWh] = facilityKWh;

    // 4 impacts
    const double locationKg = facilityKWh * v(Input::IntensityGPerKWh) / 1000.0;
    const double residualGPerKWh =
        s.residualFollowsLocation ? v(Input::IntensityGPerKWh) : v(Input::ResidualMixGPerKWh);
    const double marketKg = facilityKWh * (1.0 - v(Input::RenewableShare)) * residualGPerKWh / 1000.0;
    const double lifeHours = v(Input::ServiceLifeYears) * kHoursPerYear;
    const double embodiedKg = acceleratorHours * v(Input::EmbodiedKgPerAccelerator) / lifeHours;
    e[Output::Co2eLocationKg] = locationKg;
    e[Output::Co2eMarketKg] = marketKg;
    e[Output::Co2eEmbodiedKg] = embodiedKg;
    e[Output::Co2eTotalKg] = locationKg + embodiedKg;

    const double onsiteL = itKWh * v(Input::WueLPerKWh);
    const double offsiteL = facilityKWh * v(Input::EwifLPerKWh);
    e[Output::WaterOnsiteL] = onsiteL;
    e[Output::WaterOffsiteL] = offsiteL;
    e[Output::WaterL] = onsiteL + offsiteL;

    const double computeUsd = s.rental ? acceleratorHours * v(Input::PriceUsdPerAcceleratorHour)
                                       : facilityKWh * v(Input::ElectricityPriceUsdPerKWh) +
                                             acceleratorHours * v(Input::CapexUsdPerAccelerator) / lifeHours;
    const double carbonUsd = (locationKg + embodiedKg) / 1000.0 * v(Input::CarbonPriceUsdPerT);
    e[Output::CostComputeUsd] = computeUsd;
    e[Output::CostCarbonUsd] = carbonUsd;
    e[Output::CostUsd] = computeUsd + carbonUsd;
    return e;
}

} // namespace greenlight
