#pragma once

#include "analysisoptions.h"
#include "calibration/runcomparison.h"
#include "lifecycle/breakeven.h"
#include "review/checklist.h"
#include "review/recommendations.h"
#include "scenarioanalysis.h"
#include "schedule/scheduler.h"
#include "uncertainty/sensitivity.h"

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

class Catalog;
struct Project;

// Every number about a project, computed once from project + catalog + options: each scenario
// through the pipeline (ScenarioAnalyser), the baseline, its sensitivity and schedule, the
// break-evens against it, the review's recommendations and checklist evidence, and the measured
// runs against their scenarios. The report and the CLI read this; the window builds the same
// per-scenario results with the same analyser, one scenario per edit (Document).
struct ProjectAnalysis
{
    AnalysisOptions options;
    std::vector<ScenarioAnalysis> scenarios;      // in project order
    int baseline = -1;                            // the named baseline, else the first evaluated scenario
    std::optional<SensitivityResult> sensitivity; // baseline, total CO2e
    // Baseline on its region's hourly profile (when the catalog ships one).
    std::string scheduleProfileId;
    std::optional<ScheduleResult> schedule;
    std::vector<BreakEvenResult> breakEvens; // baseline against every other deployed scenario
    std::vector<Recommendation> recommendations;
    Issues recommendationIssues;
    std::vector<ChecklistEvidence> evidence;
    std::vector<RunComparison> measured; // linked measured runs against their scenario

    const ScenarioAnalysis *baselineResult() const
    {
        return baseline >= 0 ? &scenarios[static_cast<std::size_t>(baseline)] : nullptr;
    }

    static ProjectAnalysis run(const Project &project, const Catalog &catalog,
                               const AnalysisOptions &options = {});
    // Index of the named baseline when it evaluates, else of the first scenario that does (-1: none).
    static int baselineIndex(const Project &project, const std::vector<ScenarioAnalysis> &scenarios);
};

} // namespace greenlight
