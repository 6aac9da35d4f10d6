#include "footprintsummary.h"

#include "analysis/scenarioanalyser.h"
#include "catalog/accelerator.h"
#include "catalog/region.h"
#include "model/project.h"

namespace greenlight {

namespace {

// Statements say what was trained: adapting an existing model is fine-tuning, the rest pre-training.
std::string trainingTypeOf(const Scenario &s, const Project &project)
{
    if (s.levers.transfer)
        return "fine-tuning";
    for (const Alternative &a : project.review.alternatives)
        if (a.scenario == s.name && a.kind == AlternativeKind::FineTune)
            return "fine-tuning";
    return "pre-training";
}

} // namespace

std::optional<FootprintSummary> FootprintSummary::build(const Catalog &catalog, const Project &project,
                                                        const std::string &scenarioName, Issues &issues,
                                                        MonteCarloOptions options)
{
    const Scenario *s = nullptr;
    if (!scenarioName.empty()) {
        s = project.findScenario(scenarioName);
        if (s == nullptr) {
            issues.push_back(
                {Issue::Severity::Error, "--scenario", "no scenario named \"" + scenarioName + "\""});
            return std::nullopt;
        }
    } else if (!project.baseline.empty()) {
        s = project.findScenario(project.baseline);
    } else if (!project.scenarios.empty()) {
        s = &project.scenarios.front();
    }
    if (s == nullptr) {
        issues.push_back({Issue::Severity::Error, "scenarios", "the project has no scenario"});
        return std::nullopt;
    }
    ScenarioAnalysis a = ScenarioAnalyser(catalog, options).analyse(*s);
    for (Issue &i : a.issues) {
        i.path = "scenario \"" + s->name + "\": " + i.path;
        issues.push_back(std::move(i));
    }
    if (!a.evaluation)
        return std::nullopt;
    const ScenarioEvaluation *ev = &*a.evaluation;

    FootprintSummary f;
    f.scenario = s->name;
    f.projectName = project.name;
    f.trainingType = trainingTypeOf(*s, project);
    const ResolvedScenario &r = ev->resolved;
    if (r.accelerator != nullptr) {
        f.accelerator = r.accelerator->name;
        f.acceleratorKind = r.accelerator->kind;
    }
    f.acceleratorCount = static_cast<int>(r.value(Input::AcceleratorCount));
    const Estimate &e = ev->estimate; // training with its levers (a statement is about training)
    f.wallClockHours = e[Output::WallClockHours];
    f.acceleratorHours = e[Output::AcceleratorHours];
    f.powerPerAcceleratorW = e[Output::PowerPerAcceleratorW];
    f.energyKWh = e[Output::FacilityEnergyKWh];
    f.pue = r.value(Input::Pue);
    f.intensityGPerKWh = r.value(Input::IntensityGPerKWh);
    if (r.region != nullptr) {
        f.location = r.region->name;
        f.regionId = r.region->id;
    }
    f.co2eKg = e[Output::Co2eLocationKg];
    f.embodiedKg = e[Output::Co2eEmbodiedKg];
    const UncertaintyResult &ranges = *a.ranges;
    f.co2eP5Kg = ranges[Output::Co2eLocationKg].p5;
    f.co2eP95Kg = ranges[Output::Co2eLocationKg].p95;
    f.samples = ranges.samples;
    f.seed = ranges.seed;
    return f;
}

} // namespace greenlight
