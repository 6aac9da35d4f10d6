#include "breakdown.h"

namespace greenlight {

namespace {

// Share of the run's compute spent on experiments (tuning, ablations): (m − 1) / m.
double experimentShare(const ResolvedScenario &s)
{
    const double m = s.value(Input::ExperimentMultiplier);
    return m > 1 ? (m - 1) / m : 0;
}

} // namespace

std::vector<Component> Breakdown::of(const ResolvedScenario &s, const Estimate &e, Metric metric)
{
    const double x = experimentShare(s);
    switch (metric) {
    case Metric::Co2e: {
        const double operational = e[Output::Co2eLocationKg];
        return {{"training", "Training (operational)", operational * (1 - x)},
                {"experiments", "Experiments (operational)", operational * x},
                {"embodied", "Embodied (amortised)", e[Output::Co2eEmbodiedKg]},
                {"inference", "Inference (deployment)", e[Output::InferenceCo2eKg]}};
    }
    case Metric::Energy: {
        const double facility = e[Output::FacilityEnergyKWh];
        const double it = e[Output::ItEnergyKWh];
        const double dynamic = e[Output::DynamicItEnergyKWh];
        return {{"training", "Training (IT)", dynamic * (1 - x)},
                {"experiments", "Experiments (IT)", dynamic * x},
                {"idle", "Idle", e[Output::IdleEnergyKWh]},
                {"facility", "Facility overhead (PUE)", facility - it},
                {"inference", "Inference (deployment)", e[Output::InferenceEnergyKWh]}};
    }
    case Metric::Cost:
        return {{"training", "Training compute", e[Output::CostComputeUsd] * (1 - x)},
                {"experiments", "Experiments compute", e[Output::CostComputeUsd] * x},
                {"carbon", "Carbon price", e[Output::CostCarbonUsd]},
                {"inference", "Inference (deployment)", e[Output::InferenceCostUsd]}};
    case Metric::Water:
        return {{"onsite", "On-site (cooling)", e[Output::WaterOnsiteL]},
                {"offsite", "Off-site (electricity)", e[Output::WaterOffsiteL]},
                {"inference", "Inference (deployment)", e[Output::InferenceWaterL]}};
    }
    return {};
}

double Breakdown::total(const Estimate &e, Metric metric)
{
    switch (metric) {
    case Metric::Co2e:
        return e[Output::Co2eTotalKg] + e[Output::InferenceCo2eKg];
    case Metric::Energy:
        return e[Output::FacilityEnergyKWh] + e[Output::InferenceEnergyKWh];
    case Metric::Cost:
        return e[Output::CostUsd] + e[Output::InferenceCostUsd];
    case Metric::Water:
        return e[Output::WaterL] + e[Output::InferenceWaterL];
    }
    return 0;
}

double Breakdown::totalPercentile(const UncertaintyResult &r, Metric metric, double OutputRange::*p)
{
    // Training and inference are sampled with the same seed and added percentile by percentile,
    // as the lifecycle keys are (docs/methodology.md, lifecycle uncertainty).
    switch (metric) {
    case Metric::Co2e:
        return r[Output::Co2eTotalKg].*p + r[Output::InferenceCo2eKg].*p;
    case Metric::Energy:
        return r[Output::FacilityEnergyKWh].*p + r[Output::InferenceEnergyKWh].*p;
    case Metric::Cost:
        return r[Output::CostUsd].*p + r[Output::InferenceCostUsd].*p;
    case Metric::Water:
        return r[Output::WaterL].*p + r[Output::InferenceWaterL].*p;
    }
    return 0;
}

std::string Breakdown::unit(Metric metric)
{
    switch (metric) {
    case Metric::Co2e:
        return "kg CO2e";
    case Metric::Energy:
        return "kWh";
    case Metric::Cost:
        return "USD";
    case Metric::Water:
        return "L";
    }
    return {};
}

std::string Breakdown::title(Metric metric)
{
    switch (metric) {
    case Metric::Co2e:
        return "CO2e per scenario";
    case Metric::Energy:
        return "Facility energy per scenario";
    case Metric::Cost:
        return "Cost per scenario";
    case Metric::Water:
        return "Water per scenario";
    }
    return {};
}

} // namespace greenlight
