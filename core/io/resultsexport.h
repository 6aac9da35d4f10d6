#pragma once

#include "estimate/estimate.h"
#include "estimate/trace.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

struct Scenario;

// One scenario's results as exported (CLI JSON/CSV, GUI export).
struct ScenarioResult
{
    const Scenario *scenario = nullptr;
    Estimate estimate;
    std::vector<TraceStep> trace; // empty unless asked for
};

// JSON: {"scenarios":[{"name", <every output key>: number, "published"?, "trace"?}]}.
// The output keys are a stable contract (docs/cli.md).
nlohmann::ordered_json resultsToJson(const std::vector<ScenarioResult> &results);
// CSV: header "name,<output keys>", one row per scenario, RFC 4180 quoting.
std::string resultsToCsv(const std::vector<ScenarioResult> &results);
std::string csvQuote(const std::string &field);

} // namespace greenlight
