#pragma once

#include "calibration/runcomparison.h"
#include "lifecycle/breakeven.h"
#include "lifecycle/scenarioevaluator.h"
#include "review/checklist.h"
#include "review/recommendations.h"
#include "schedule/scheduler.h"
#include "uncertainty/montecarlo.h"
#include "uncertainty/sensitivity.h"

#include <optional>
#include <string>
#include <vector>

namespace greenlight {
class Catalog;
struct Project;
} // namespace greenlight

namespace greenlight::report {

// Every number the report prints, computed once by the core (the layout does no arithmetic).
struct ReportData
{
    struct ScenarioResult
    {
        std::optional<ScenarioEvaluation> evaluation;
        std::optional<UncertaintyResult> ranges; // Monte Carlo, fixed seed
        Issues issues;                           // why a scenario could not be evaluated
    };

    std::vector<ScenarioResult> scenarios; // in project order
    int baseline = -1;                     // the named baseline, else the first evaluated scenario
    MonteCarloOptions monteCarlo;
    std::optional<SensitivityResult> sensitivity; // baseline, total CO2e
    // Baseline on its region's hourly profile (when the catalog ships one).
    std::string scheduleProfileId;
    std::optional<ScheduleResult> schedule;
    std::vector<BreakEvenResult> breakEvens; // baseline against every other deployed scenario
    std::vector<Recommendation> recommendations;
    Issues recommendationIssues;
    std::vector<ChecklistEvidence> evidence;
    std::vector<RunComparison> measured; // linked measured runs against their scenario

    const ScenarioResult *baselineResult() const
    {
        return baseline >= 0 ? &scenarios[static_cast<std::size_t>(baseline)] : nullptr;
    }

    static ReportData collect(const Project &project, const Catalog &catalog, MonteCarloOptions options = {});
};

} // namespace greenlight::report
