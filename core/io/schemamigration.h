#pragma once

#include "util/issue.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace greenlight {

// Brings the JSON of a project file written with an older schema up to the schema this version
// reads, one registered step per version (step N turns schema N into schema N + 1), before the
// file is validated. Loading never writes: the caller keeps the original file (see
// ProjectFile::keepOriginal) before the first save replaces it. docs/file-format.md, "Versions".
class SchemaMigration
{
public:
    struct Step
    {
        int from = 0;            // the step reads schema `from` and writes `from + 1`
        std::string description; // what changed, for the user ("`title` renamed to `name`")
        std::function<void(nlohmann::json &document)> apply;
    };

    explicit SchemaMigration(int current);

    // Greenlight's own steps: 1 → 2 moved deployments to the calibrated serving model.
    static const SchemaMigration &builtIn();

    int current() const { return m_current; }
    const std::vector<Step> &steps() const { return m_steps; }
    // Steps may be added in any order; each version has at most one (a second replaces the first).
    void addStep(Step step);

    // Applies the steps from `from` up to current(), in version order, and sets "schema" to
    // current(). On a missing step: false, an error at "schema", and `document` unchanged.
    // `applied` receives the description of each step run.
    bool migrate(nlohmann::json &document, int from, std::vector<std::string> &applied, Issues &issues) const;

private:
    int m_current;
    std::vector<Step> m_steps; // sorted by `from`
};

} // namespace greenlight
