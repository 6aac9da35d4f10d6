#include "projectanalysis.h"

#include "calibration/calibrator.h"
#include "catalog/catalog.h"
#include "model/project.h"
#include "scenarioanalyser.h"
#include "schedule/hourlyprofile.h"

#include <algorithm>

namespace greenlight {

namespace {

// The baseline's cleanest window on its region's hourly profile, when the catalog ships one.
void planSchedule(ProjectAnalysis &a, const Catalog &catalog, const Scenario &scenario,
                  const ScenarioEvaluation &evaluation)
{
    const Region *region = catalog.region(scenario.regionId);
    if (region == nullptr || region->hourlyProfile.empty())
        return;
    const HourlyProfile *profile = HourlyProfile::builtIn(region->hourlyProfile);
    if (profile == nullptr)
        return;
    ScheduleJob job;
    job.durationHours = std::max(1.0, evaluation.estimate[Output::WallClockHours]);
    job.energyKWh = evaluation.estimate[Output::FacilityEnergyKWh];
    Issues ignored; // a run longer than the profile simply has no window
    a.schedule = Scheduler::plan(*profile, job, ignored);
    a.scheduleProfileId = profile->id;
}

void addBreakEvens(ProjectAnalysis &a, const Project &project, const Scenario &bs,
                   const ScenarioEvaluation &be)
{
    if (!be.deployment)
        return;
    for (std::size_t i = 0; i < project.scenarios.size(); ++i) {
        const ScenarioAnalysis &r = a.scenarios[i];
        if (static_cast<int>(i) == a.baseline || !r.evaluation || !r.evaluation->deployment)
            continue;
        Issues ignored;
        if (auto result = BreakEven::compute(bs.name, be, project.scenarios[i].name, *r.evaluation, ignored))
            a.breakEvens.push_back(std::move(*result));
    }
}

void addMeasuredRuns(ProjectAnalysis &a, const Project &project, const Catalog &catalog)
{
    for (const Scenario &s : project.scenarios) {
        const bool linked = std::any_of(project.measuredRuns.begin(), project.measuredRuns.end(),
                                        [&](const MeasuredRun &m) { return m.linkedScenario == s.name; });
        if (!linked)
            continue;
        const CalibrationReport report = Calibrator::calibrate(project, s.name, {}, catalog);
        a.measured.insert(a.measured.end(), report.comparisons.begin(), report.comparisons.end());
    }
}

} // namespace

int ProjectAnalysis::baselineIndex(const Project &project, const std::vector<ScenarioAnalysis> &scenarios)
{
    const std::size_t n = std::min(project.scenarios.size(), scenarios.size());
    for (std::size_t i = 0; i < n; ++i)
        if (project.scenarios[i].name == project.baseline && scenarios[i].evaluation)
            return static_cast<int>(i);
    for (std::size_t i = 0; i < n; ++i)
        if (scenarios[i].evaluation)
            return static_cast<int>(i);
    return -1;
}

ProjectAnalysis ProjectAnalysis::run(const Project &project, const Catalog &catalog,
                                     const AnalysisOptions &options)
{
    ProjectAnalysis a;
    a.options = options;
    ScenarioAnalyser analyser(catalog, options.monteCarlo);
    a.scenarios.reserve(project.scenarios.size());
    for (const Scenario &s : project.scenarios)
        a.scenarios.push_back(analyser.analyse(s));
    a.baseline = baselineIndex(project, a.scenarios);

    if (a.baseline >= 0) {
        const Scenario &bs = project.scenarios[static_cast<std::size_t>(a.baseline)];
        const ScenarioEvaluation &be = a.scenarios[static_cast<std::size_t>(a.baseline)].evaluation.value();
        a.sensitivity = Sensitivity::analyse(be.resolved, Output::Co2eTotalKg);
        planSchedule(a, catalog, bs, be);
        addBreakEvens(a, project, bs, be);
    }
    a.recommendations =
        Recommender(catalog).recommend(project, a.recommendationIssues, options.monteCarlo.seed);
    a.evidence = Checklist(catalog).evidence(project);
    addMeasuredRuns(a, project, catalog);
    return a;
}

} // namespace greenlight
