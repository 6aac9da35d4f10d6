#pragma once

#include "arguments.h"
#include "lifecycle/breakeven.h"
#include "lifecycle/scenarioevaluator.h"
#include "model/project.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <ostream>
#include <vector>

namespace greenlight {
class Catalog;
}

namespace greenlight::cli {

extern const char *const kBreakEvenHelp;

// Levers and lifecycle for `estimate`: for scenarios that define levers or a deployment, prints the "Lever
// effects", "Lifecycle" and "Break-even" sections and adds the same data to the JSON output.
class LifecycleReport
{
public:
    // `evaluations`: per scenario, its evaluation when it has levers or a deployment (the
    // estimate command's analysis), else nullopt.
    LifecycleReport(const Catalog &catalog, std::vector<Scenario> scenarios, std::string baseline,
                    std::vector<std::optional<ScenarioEvaluation>> evaluations);

    const std::optional<ScenarioEvaluation> &evaluation(std::size_t i) const { return m_evaluations[i]; }
    bool any() const;
    // `explain`: also the lever and deployment formulas (table section, JSON "trace" entries).
    void printTable(std::ostream &out, bool explain = false) const;
    void addToJson(nlohmann::ordered_json &results, bool explain = false) const;

private:
    std::vector<BreakEvenResult> breakEvens() const;

    std::vector<Scenario> m_scenarios;
    std::vector<std::optional<ScenarioEvaluation>> m_evaluations;
    std::string m_baseline;
    const Catalog *m_catalog = nullptr; // the sources of the serving constants in explanations
};

void printBreakEven(const BreakEvenResult &result, std::ostream &out);
int runBreakEven(Arguments &args, const Catalog &catalog, std::ostream &out);

} // namespace greenlight::cli
