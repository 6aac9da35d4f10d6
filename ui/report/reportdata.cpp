#include "reportdata.h"

#include "calibration/calibrator.h"
#include "catalog/catalog.h"
#include "lifecycle/lifecycleuncertainty.h"
#include "model/project.h"

#include <algorithm>

namespace greenlight::report {

ReportData ReportData::collect(const Project &project, const Catalog &catalog, MonteCarloOptions options)
{
    ReportData d;
    d.monteCarlo = options;
    const ScenarioEvaluator evaluator(catalog);
    MonteCarlo monteCarlo(options);
    for (const Scenario &s : project.scenarios) {
        ScenarioResult r;
        r.evaluation = evaluator.evaluate(s, r.issues);
        if (r.evaluation) {
            UncertaintyResult ranges = monteCarlo.run(r.evaluation->resolved);
            LifecycleUncertainty::apply(*r.evaluation, monteCarlo, ranges);
            r.ranges = ranges;
        }
        d.scenarios.push_back(std::move(r));
    }
    for (std::size_t i = 0; i < project.scenarios.size(); ++i)
        if (project.scenarios[i].name == project.baseline && d.scenarios[i].evaluation)
            d.baseline = static_cast<int>(i);
    if (d.baseline < 0) {
        const auto first = std::find_if(d.scenarios.begin(), d.scenarios.end(),
                                        [](const ScenarioResult &r) { return r.evaluation.has_value(); });
        if (first != d.scenarios.end())
            d.baseline = static_cast<int>(first - d.scenarios.begin());
    }

    if (const ScenarioResult *base = d.baselineResult()) {
        const Scenario &bs = project.scenarios[static_cast<std::size_t>(d.baseline)];
        const ScenarioEvaluation &be = *base->evaluation;
        d.sensitivity = Sensitivity::analyse(be.resolved, Output::Co2eTotalKg);
        const Region *region = catalog.region(bs.regionId);
        if (region != nullptr && !region->hourlyProfile.empty())
            if (const HourlyProfile *profile = HourlyProfile::builtIn(region->hourlyProfile)) {
                ScheduleJob job;
                job.durationHours = std::max(1.0, be.estimate[Output::WallClockHours]);
                job.energyKWh = be.estimate[Output::FacilityEnergyKWh];
                Issues ignored; // a run longer than the profile simply has no window
                d.schedule = Scheduler::plan(*profile, job, ignored);
                d.scheduleProfileId = profile->id;
            }
        if (be.deployment)
            for (std::size_t i = 0; i < project.scenarios.size(); ++i) {
                const ScenarioResult &r = d.scenarios[i];
                if (static_cast<int>(i) == d.baseline || !r.evaluation || !r.evaluation->deployment)
                    continue;
                Issues ignored;
                if (auto result =
                        BreakEven::compute(bs.name, be, project.scenarios[i].name, *r.evaluation, ignored))
                    d.breakEvens.push_back(std::move(*result));
            }
    }

    d.recommendations = Recommender(catalog).recommend(project, d.recommendationIssues);
    d.evidence = Checklist(catalog).evidence(project);

    for (const Scenario &s : project.scenarios) {
        const bool linked = std::any_of(project.measuredRuns.begin(), project.measuredRuns.end(),
                                        [&](const MeasuredRun &m) { return m.linkedScenario == s.name; });
        if (!linked)
            continue;
        const CalibrationReport report = Calibrator::calibrate(project, s.name, {}, catalog);
        d.measured.insert(d.measured.end(), report.comparisons.begin(), report.comparisons.end());
    }
    return d;
}

} // namespace greenlight::report
