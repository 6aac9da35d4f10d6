#pragma once

#include "estimate/estimate.h"
#include "estimate/trace.h"
#include "uncertainty/sensitivity.h"
#include "uncertainty/uncertaintyresult.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

struct ResolvedScenario;
struct Scenario;

// One scenario's results as exported (CLI JSON/CSV, GUI export).
struct ScenarioResult
{
    const Scenario *scenario = nullptr;
    Estimate estimate;
    std::vector<TraceStep> trace;                 // empty unless asked for
    std::optional<UncertaintyResult> uncertainty; // Monte Carlo ranges, when computed
    std::optional<SensitivityResult> sensitivity; // tornado data, when asked for
    const ResolvedScenario *resolved = nullptr;   // for the accounting notes of a comparison
};

// JSON: {"scenarios":[{"name", <every output key>: number, "ranges"?: {<output key>: {"p5", "p50",
// "p95", "mean"}}, "monteCarlo"?: {"samples", "seed", "variedInputs"}, "sensitivity"?, "published"?,
// "trace"?}]}.
// The output keys are a stable contract (docs/cli.md).
nlohmann::ordered_json resultsToJson(const std::vector<ScenarioResult> &results);
// CSV: header "name,<output keys>" (then "<key>_p5,<key>_p50,<key>_p95" for every output when ranges
// were computed), one row per scenario, RFC 4180 quoting.
std::string resultsToCsv(const std::vector<ScenarioResult> &results);
std::string csvQuote(const std::string &field);
nlohmann::ordered_json sensitivityToJson(const SensitivityResult &sensitivity);

} // namespace greenlight
