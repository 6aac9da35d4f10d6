#include "projectfile.h"

#include "catalog/catalog.h"
#include "estimate/resolver.h"
#include "jsonreader.h"
#include "lifecycle/scenarioevaluator.h"
#include "measuredrunjson.h"
#include "reviewjson.h"
#include "scenariojson.h"
#include "schemamigration.h"
#include "util/textfile.h"
#include "util/utf8.h"

#include <algorithm>
#include <set>

namespace greenlight {

namespace {

// nlohmann::json throws on depth only through the stack; bound nesting before parsing.
bool nestingTooDeep(std::string_view text, int limit)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[') {
            if (++depth > limit)
                return true;
        } else if (c == '}' || c == ']')
            --depth;
    }
    return false;
}

} // namespace

ProjectLoadResult ProjectFile::parse(std::string_view text, const Catalog &catalog)
{
    return parse(text, catalog, SchemaMigration::builtIn());
}

ProjectLoadResult ProjectFile::parse(std::string_view text, const Catalog &catalog,
                                     const SchemaMigration &migration)
{
    ProjectLoadResult result;
    Issues &issues = result.issues;
    constexpr int kMaxDepth = 64;
    if (nestingTooDeep(text, kMaxDepth)) {
        issues.push_back({Issue::Severity::Error, "(document)",
                          "nesting is deeper than " + std::to_string(kMaxDepth) + " levels"});
        return result;
    }
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error &e) {
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 3, column 5: ..." → keep the useful part
        const auto pos = what.find("parse error");
        // nlohmann quotes the bytes it read last: escape invalid UTF-8 so the message stays text.
        issues.push_back(
            {Issue::Severity::Error, "(document)",
             "not valid JSON: " + escapeInvalidUtf8(pos == std::string::npos ? what : what.substr(pos))});
        return result;
    } catch (const nlohmann::json::exception &e) {
        // Not a syntax error but still unreadable, e.g. out_of_range.406 for 1e999 (no double holds it).
        std::string what = e.what();
        const auto pos = what.find("] ");
        issues.push_back(
            {Issue::Severity::Error, "(document)",
             "not valid JSON: " + escapeInvalidUtf8(pos == std::string::npos ? what : what.substr(pos + 2))});
        return result;
    }

    JsonReader top(doc, "", issues);
    if (!top.isObject())
        return result;
    const auto schema = top.number("schema", NumberRule::PositiveInteger, true);
    if (schema && *schema > migration.current()) {
        issues.push_back({Issue::Severity::Error, "schema",
                          "the file was written by a newer Greenlight (schema " +
                              std::to_string(static_cast<long long>(*schema)) +
                              "); this version reads schema " + std::to_string(migration.current()) +
                              " — the file was left untouched"});
        return result;
    }
    // Older schemas are converted in memory first; the reader below only knows the current one.
    if (schema && *schema < migration.current()) {
        const int from = static_cast<int>(*schema);
        if (!migration.migrate(doc, from, result.migrationSteps, issues))
            return result;
        result.migratedFrom = from;
    }
    Project project;
    project.name = top.string("name").value_or("");
    project.notes = top.string("notes").value_or("");
    project.baseline = top.string("baseline").value_or("");
    top.string("application");

    const Resolver resolver(catalog);
    if (const nlohmann::json *arr = top.array("scenarios", true)) {
        std::set<std::string> names;
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const std::string path = "scenarios[" + std::to_string(i) + "]";
            const std::size_t before = issues.size();
            Scenario s = scenarioFromJson((*arr)[i], path, issues);
            bool scenarioOk = true;
            for (std::size_t k = before; k < issues.size(); ++k)
                scenarioOk = scenarioOk && !issues[k].isError();
            if (!s.name.empty() && !names.insert(s.name).second) {
                issues.push_back({Issue::Severity::Error, path + ".name",
                                  "duplicate scenario name \"" + s.name + "\" (names must be unique)"});
                scenarioOk = false;
            }
            if (scenarioOk) {
                // Catalog references (accelerator, region, precision) are checked by resolving.
                Issues resolveIssues;
                // Levers and the deployment (serving accelerator, region) are checked the same way.
                if (resolver.resolve(s, resolveIssues) && (s.levers.any() || s.deployment)) {
                    Issues more; // evaluating resolves again: keep only what is new
                    ScenarioEvaluator(catalog).evaluate(s, more);
                    for (Issue &m : more)
                        if (std::none_of(resolveIssues.begin(), resolveIssues.end(),
                                         [&m](const Issue &known) {
                                             return known.path == m.path && known.message == m.message;
                                         }))
                            resolveIssues.push_back(std::move(m));
                }
                for (Issue &issue : resolveIssues) {
                    issue.path = issue.path == "catalog" ? issue.path : path + "." + issue.path;
                    issues.push_back(std::move(issue));
                }
            }
            project.scenarios.push_back(std::move(s));
        }
    }
    if (!project.baseline.empty() && project.findScenario(project.baseline) == nullptr)
        issues.push_back(
            {Issue::Severity::Error, "baseline", "no scenario is named \"" + project.baseline + "\""});
    if (const nlohmann::json *runs = top.array("measuredRuns")) {
        std::set<std::string> runNames;
        for (std::size_t i = 0; i < runs->size(); ++i) {
            const std::string path = "measuredRuns[" + std::to_string(i) + "]";
            MeasuredRun m = measuredRunFromJson((*runs)[i], path, issues);
            if (!m.name.empty() && !runNames.insert(m.name).second)
                issues.push_back({Issue::Severity::Error, path + ".name",
                                  "duplicate measured run name \"" + m.name + "\" (names must be unique)"});
            if (!m.linkedScenario.empty() && project.findScenario(m.linkedScenario) == nullptr)
                issues.push_back({Issue::Severity::Error, path + ".linkedScenario",
                                  "no scenario is named \"" + m.linkedScenario + "\""});
            project.measuredRuns.push_back(std::move(m));
        }
    }
    // After the scenarios: the review's alternatives name them.
    if (const nlohmann::json *review = top.object("review"))
        project.review = ReviewJson::read(*review, "review", project, issues);
    top.reportUnknownKeys(
        {"schema", "application", "name", "notes", "baseline", "scenarios", "measuredRuns", "review"});

    if (!hasErrors(issues))
        result.project = std::move(project);
    return result;
}

ProjectLoadResult ProjectFile::load(const std::string &path, const Catalog &catalog)
{
    std::string text;
    std::string error;
    if (!readTextFile(path, text, error)) {
        ProjectLoadResult r;
        r.issues.push_back({Issue::Severity::Error, "", error});
        return r;
    }
    return parse(text, catalog);
}

std::string ProjectFile::serialize(const Project &project)
{
    nlohmann::ordered_json j;
    j["schema"] = Project::kSchemaVersion;
    j["application"] = "Greenlight";
    j["name"] = project.name;
    if (!project.notes.empty())
        j["notes"] = project.notes;
    if (!project.baseline.empty())
        j["baseline"] = project.baseline;
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const Scenario &s : project.scenarios)
        arr.push_back(scenarioToJson(s));
    j["scenarios"] = arr;
    if (!project.measuredRuns.empty()) {
        nlohmann::ordered_json runs = nlohmann::ordered_json::array();
        for (const MeasuredRun &m : project.measuredRuns)
            runs.push_back(measuredRunToJson(m));
        j["measuredRuns"] = runs;
    }
    if (!ReviewJson::isEmpty(project.review)) // omitted when empty: older files round-trip unchanged
        j["review"] = ReviewJson::write(project.review);
    return j.dump(2) + "\n";
}

bool ProjectFile::save(const std::string &path, const Project &project, std::string &error)
{
    return writeTextFileAtomic(path, serialize(project), error, "~");
}

std::string ProjectFile::originalBackupPath(const std::string &path, int schema)
{
    return path + ".v" + std::to_string(schema) + ".bak";
}

bool ProjectFile::keepOriginal(const std::string &path, int schema, std::string &error)
{
    const std::string backup = originalBackupPath(path, schema);
    std::string existing;
    std::string ignored;
    if (readTextFile(backup, existing, ignored))
        return true;
    std::string original;
    if (!readTextFile(path, original, error))
        return false;
    return writeTextFileAtomic(backup, original, error);
}

} // namespace greenlight
