#include "explainer.h"

#include "estimator.h"
#include "util/numberformat.h"

namespace greenlight {

namespace {

class StepBuilder
{
public:
    StepBuilder(const ResolvedScenario &s, const Estimate &e, Output o) : m_s(s), m_e(e)
    {
        m_step.output = o;
        m_step.value = e[o];
    }

    // Adds an input and returns its value as text for the substituted formula.
    std::string in(Input i)
    {
        const Provenance &p = m_s.provenance[index(i)];
        const QuantityInfo &q = info(i);
        m_step.inputs.push_back({std::string(q.key), std::string(q.label), m_s.value(i), std::string(q.unit),
                                 p.source, p.year, p.fromScenario, p.note});
        return formatPlain(m_s.value(i));
    }

    std::string out(Output o)
    {
        m_step.uses.push_back(o);
        return formatPlain(m_e[o]);
    }

    TraceStep done(std::string formula, std::string substituted)
    {
        m_step.formula = std::move(formula);
        m_step.substituted = std::move(substituted) + " = " + formatPlain(m_step.value);
        return std::move(m_step);
    }

private:
    const ResolvedScenario &m_s;
    const Estimate &m_e;
    TraceStep m_step;
};

} // namespace

TraceStep Explainer::explain(const ResolvedScenario &s, const Estimate &e, Output o)
{
    StepBuilder b(s, e, o);
    const std::string yearH = formatNumber(Estimator::kHoursPerYear);
    switch (o) {
    case Output::TrainingFlops:
        if (s.workloadMode != WorkloadMode::FirstPrinciples)
            return b.done("not computed: the workload is not given from first principles", "0");
        return b.done("FLOPs = k · N · D (k FLOPs per parameter and token)",
                      b.in(Input::TrainingFlopsPerParamToken) + " · " + b.in(Input::ParametersB) + " G · " +
                          b.in(Input::Tokens));
    case Output::AcceleratorHours:
        switch (s.workloadMode) {
        case WorkloadMode::AcceleratorHours:
            return b.done("accelerator-hours = given × experiments multiplier",
                          b.in(Input::AcceleratorHoursGiven) + " × " + b.in(Input::ExperimentMultiplier));
        case WorkloadMode::DevicesDuration:
            return b.done("accelerator-hours = devices × duration × experiments multiplier",
                          b.in(Input::AcceleratorCount) + " × " + b.in(Input::DurationHours) + " h × " +
                              b.in(Input::ExperimentMultiplier));
        case WorkloadMode::FirstPrinciples:
            return b.done("accelerator-hours = FLOPs / (peak · MFU · 3600) × experiments multiplier",
                          b.out(Output::TrainingFlops) + " / (" + b.in(Input::PeakTflops) + " T · " +
                              b.in(Input::Mfu) + " · 3600) × " + b.in(Input::ExperimentMultiplier));
        case WorkloadMode::MeasuredEnergy:
            if (s.value(Input::AcceleratorHoursGiven) > 0)
                return b.done("accelerator-hours = given × experiments multiplier",
                              b.in(Input::AcceleratorHoursGiven) + " × " + b.in(Input::ExperimentMultiplier));
            return b.done("accelerator-hours = devices × duration × experiments multiplier",
                          b.in(Input::AcceleratorCount) + " × " + b.in(Input::DurationHours) + " h × " +
                              b.in(Input::ExperimentMultiplier));
        }
        break;
    case Output::WallClockHours:
        return b.done("wall-clock hours = accelerator-hours / experiments multiplier / devices",
                      b.out(Output::AcceleratorHours) + " / " + b.in(Input::ExperimentMultiplier) + " / " +
                          b.in(Input::AcceleratorCount));
    case Output::PowerPerAcceleratorW:
        if (s.workloadMode == WorkloadMode::MeasuredEnergy)
            return b.done(
                "power = dynamic IT energy × 1000 / accelerator-hours (implied by the measurement; 0 "
                "when the hours are unknown)",
                b.out(Output::DynamicItEnergyKWh) + " kWh × 1000 / " + b.out(Output::AcceleratorHours) +
                    " h");
        if (s.powerMeasured)
            return b.done("power = measured average power per accelerator (all-in, nothing added)",
                          b.in(Input::PowerW) + " W");
        if (s.provenance[index(Input::HostOverheadFraction)].used &&
            !s.provenance[index(Input::HostPowerW)].used)
            return b.done("power = TDP × load factor × (1 + host overhead)",
                          b.in(Input::TdpW) + " W × " + b.in(Input::LoadFactor) + " × (1 + " +
                              b.in(Input::HostOverheadFraction) + ")");
        if (s.powerMfuElasticity != 0)
            return b.done("power = TDP × load factor × (MFU / central MFU)^elasticity + host power per "
                          "accelerator (the chip draws more when it computes more; at the central MFU the "
                          "factor is 1)",
                          b.in(Input::TdpW) + " W × " + b.in(Input::LoadFactor) + " × (" + b.in(Input::Mfu) +
                              " / " + formatNumber(s.powerMfuReference) + ")^" +
                              formatNumber(s.powerMfuElasticity) + " + " + b.in(Input::HostPowerW) + " W");
        return b.done("power = TDP × load factor + host power per accelerator",
                      b.in(Input::TdpW) + " W × " + b.in(Input::LoadFactor) + " + " +
                          b.in(Input::HostPowerW) + " W");
    case Output::DynamicItEnergyKWh:
        if (s.workloadMode == WorkloadMode::MeasuredEnergy)
            return b.done("dynamic IT energy = measured IT energy × experiments multiplier",
                          b.in(Input::MeasuredItEnergyKWh) + " kWh × " + b.in(Input::ExperimentMultiplier));
        return b.done("dynamic IT energy [kWh] = accelerator-hours × power [W] / 1000",
                      b.out(Output::AcceleratorHours) + " h × " + b.out(Output::PowerPerAcceleratorW) +
                          " W / 1000");
    case Output::IdleEnergyKWh:
        return b.done("idle energy = dynamic IT energy × idle share",
                      b.out(Output::DynamicItEnergyKWh) + " kWh × " + b.in(Input::IdleShare));
    case Output::ItEnergyKWh:
        return b.done("IT energy = dynamic + idle",
                      b.out(Output::DynamicItEnergyKWh) + " kWh + " + b.out(Output::IdleEnergyKWh) + " kWh");
    case Output::FacilityEnergyKWh:
        return b.done("facility energy = IT energy × PUE",
                      b.out(Output::ItEnergyKWh) + " kWh × " + b.in(Input::Pue));
    case Output::Co2eLocationKg:
        return b.done("CO2e (location) [kg] = facility energy [kWh] × grid intensity [g/kWh] / 1000",
                      b.out(Output::FacilityEnergyKWh) + " kWh × " + b.in(Input::IntensityGPerKWh) +
                          " g/kWh / 1000");
    case Output::Co2eMarketKg:
        return b.done("CO2e (market) [kg] = facility energy × (1 − renewable share) × residual mix / 1000",
                      b.out(Output::FacilityEnergyKWh) + " kWh × (1 − " + b.in(Input::RenewableShare) +
                          ") × " + b.in(Input::ResidualMixGPerKWh) + " g/kWh / 1000");
    case Output::Co2eEmbodiedKg:
        return b.done("CO2e (embodied) = accelerator-hours × embodied per accelerator / (service life × " +
                          yearH + " h)",
                      b.out(Output::AcceleratorHours) + " h × " + b.in(Input::EmbodiedKgPerAccelerator) +
                          " kg / (" + b.in(Input::ServiceLifeYears) + " × " + yearH + " h)");
    case Output::Co2eTotalKg:
        return b.done("CO2e (total) = location-based + embodied",
                      b.out(Output::Co2eLocationKg) + " kg + " + b.out(Output::Co2eEmbodiedKg) + " kg");
    case Output::WaterOnsiteL:
        return b.done("water on-site [L] = IT energy × WUE",
                      b.out(Output::ItEnergyKWh) + " kWh × " + b.in(Input::WueLPerKWh) + " L/kWh");
    case Output::WaterOffsiteL:
        return b.done("water off-site [L] = facility energy × EWIF",
                      b.out(Output::FacilityEnergyKWh) + " kWh × " + b.in(Input::EwifLPerKWh) + " L/kWh");
    case Output::WaterL:
        return b.done("water = on-site + off-site",
                      b.out(Output::WaterOnsiteL) + " L + " + b.out(Output::WaterOffsiteL) + " L");
    case Output::CostComputeUsd:
        if (s.rental)
            return b.done("compute cost = accelerator-hours × rental price",
                          b.out(Output::AcceleratorHours) + " h × " +
                              b.in(Input::PriceUsdPerAcceleratorHour) + " USD/h");
        return b.done(
            "compute cost = facility energy × electricity price + accelerator-hours × capital cost / "
            "(service life × " +
                yearH + " h)",
            b.out(Output::FacilityEnergyKWh) + " kWh × " + b.in(Input::ElectricityPriceUsdPerKWh) +
                " USD/kWh + " + b.out(Output::AcceleratorHours) + " h × " +
                b.in(Input::CapexUsdPerAccelerator) + " USD / (" + b.in(Input::ServiceLifeYears) + " × " +
                yearH + " h)");
    case Output::CostCarbonUsd:
        return b.done("carbon cost = total CO2e [t] × carbon price",
                      b.out(Output::Co2eTotalKg) + " kg / 1000 × " + b.in(Input::CarbonPriceUsdPerT) +
                          " USD/t");
    case Output::CostUsd:
        return b.done("cost = compute + carbon",
                      b.out(Output::CostComputeUsd) + " USD + " + b.out(Output::CostCarbonUsd) + " USD");
    case Output::InferenceEnergyKWh:
    case Output::InferenceCo2eKg:
    case Output::InferenceWaterL:
    case Output::InferenceCostUsd:
    case Output::LifecycleEnergyKWh:
    case Output::LifecycleCo2eKg:
    case Output::LifecycleCostUsd:
    case Output::EnergyPerRequestWh:
    case Output::Co2ePerRequestG:
        // Filled by core/lifecycle from the deployment, which has its own trace.
        return b.done("computed by the lifecycle from the scenario's deployment (see the lifecycle trace)",
                      "0");
    case Output::Count:
        break;
    }
    return b.done("", "");
}

std::vector<TraceStep> Explainer::explainAll(const ResolvedScenario &s, const Estimate &e)
{
    std::vector<TraceStep> steps;
    steps.reserve(kOutputCount);
    for (std::size_t i = 0; i < kOutputCount; ++i)
        steps.push_back(explain(s, e, static_cast<Output>(i)));
    return steps;
}

} // namespace greenlight
