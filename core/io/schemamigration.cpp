#include "schemamigration.h"

#include "model/project.h"

#include <algorithm>

namespace greenlight {

SchemaMigration::SchemaMigration(int current) : m_current(current) {}

const SchemaMigration &SchemaMigration::builtIn()
{
    static const SchemaMigration migration(Project::kSchemaVersion);
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
