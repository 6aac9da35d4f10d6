#include "schemamigration.h"

#include "model/project.h"

#include <algorithm>

namespace greenlight {

SchemaMigration::SchemaMigration(int current) : m_current(current) {}

namespace {

// Schema 1 → 2: the calibrated serving model (docs/methodology.md, "Serving model"). The old model
// charged every token of `tokensPerRequest` as a generated one and had no prompt, so the tokens
// become `outputTokens` with `inputTokens` 0; `servingUtilisation` (a FLOP utilisation) has no
// counterpart in the new model, which is calibrated on measurements, and is dropped with its
// uncertainty entry.
void migrateDeployments1To2(nlohmann::json &document)
{
    if (!document.is_object() || !document.contains("scenarios") || !document["scenarios"].is_array())
        return;
    for (auto &scenario : document["scenarios"]) {
        if (!scenario.is_object())
            continue;
        if (scenario.contains("uncertainty") && scenario["uncertainty"].is_object())
            scenario["uncertainty"].erase("deployment.servingUtilisation");
        if (!scenario.contains("deployment") || !scenario["deployment"].is_object())
            continue;
        auto &d = scenario["deployment"];
        if (d.contains("tokensPerRequest")) {
            if (!d.contains("outputTokens"))
                d["outputTokens"] = d["tokensPerRequest"];
            if (!d.contains("inputTokens"))
                d["inputTokens"] = 0;
            d.erase("tokensPerRequest");
        } else if (!d.contains("outputTokens")) {
            d["outputTokens"] = 0; // perRequest deployments needed no tokens
        }
        d.erase("servingUtilisation");
    }
}

} // namespace

const SchemaMigration &SchemaMigration::builtIn()
{
    static const SchemaMigration migration = [] {
        SchemaMigration m(Project::kSchemaVersion);
        m.addStep(
            {1,
             "deployments: tokensPerRequest became outputTokens (inputTokens 0); servingUtilisation was "
             "dropped (the serving model is calibrated on measurements: set batchSize and "
             "fleetUtilisation instead)",
             migrateDeployments1To2});
        return m;
    }();
    return migration;
}

void SchemaMigration::addStep(Step step)
{
    const auto at = std::lower_bound(m_steps.begin(), m_steps.end(), step.from,
                                     [](const Step &s, int from) { return s.from < from; });
    if (at != m_steps.end() && at->from == step.from)
        *at = std::move(step);
    else
        m_steps.insert(at, std::move(step));
}

bool SchemaMigration::migrate(nlohmann::json &document, int from, std::vector<std::string> &applied,
                              Issues &issues) const
{
    std::vector<const Step *> chain;
    for (int version = from; version < m_current; ++version) {
        const auto it = std::find_if(m_steps.begin(), m_steps.end(),
                                     [version](const Step &s) { return s.from == version; });
        if (it == m_steps.end()) {
            issues.push_back({Issue::Severity::Error, "schema",
                              "cannot read schema " + std::to_string(from) + ": no conversion from schema " +
                                  std::to_string(version) + " to " + std::to_string(version + 1) +
                                  " — the file was left untouched"});
            return false;
        }
        chain.push_back(&*it);
    }
    // Steps work on a copy: a step that throws (a malformed old file) leaves `document` as it was.
    nlohmann::json migrated = document;
    for (const Step *step : chain) {
        try {
            step->apply(migrated);
        } catch (const nlohmann::json::exception &e) {
            issues.push_back({Issue::Severity::Error, "schema",
                              "cannot convert schema " + std::to_string(step->from) + " to " +
                                  std::to_string(step->from + 1) + ": " + e.what()});
            return false;
        }
        applied.push_back(step->description);
    }
    if (migrated.is_object())
        migrated["schema"] = m_current;
    document = std::move(migrated);
    return true;
}

} // namespace greenlight
