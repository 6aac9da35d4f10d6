#include "presetsfile.h"

#include "jsonreader.h"
#include "projectfile.h"

#include <set>

namespace greenlight {

namespace {

// ProjectFile reports paths under scenarios[0]; the user edits presets[i].scenario.
std::string remapPath(const std::string &path, const std::string &presetPath)
{
    static const std::string prefix = "scenarios[0]";
    if (path.rfind(prefix, 0) == 0)
        return presetPath + ".scenario" + path.substr(prefix.size());
    if (path == "catalog")
        return path;
    return presetPath + (path.empty() ? std::string() : "." + path);
}

} // namespace

PresetsLoadResult PresetsFile::parse(std::string_view text, const Catalog &catalog)
{
    PresetsLoadResult result;
    Issues &issues = result.issues;
    const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded()) {
        issues.push_back({Issue::Severity::Error, "(document)", "not valid JSON"});
        return result;
    }
    JsonReader top(doc, "", issues);
    if (!top.isObject())
        return result;
    const auto schema = top.number("schema", NumberRule::PositiveInteger, true);
    if (schema && *schema > kSchemaVersion) {
        top.error("schema", "presets schema " + std::to_string(static_cast<long long>(*schema)) +
                                " is newer than this version of Greenlight reads (" +
                                std::to_string(kSchemaVersion) + ")");
        return result;
    }
    const nlohmann::json *list = top.array("presets", true);
    top.reportUnknownKeys({"schema", "presets"});
    if (list == nullptr)
        return result;

    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = "presets[" + std::to_string(i) + "]";
        const std::size_t before = issues.size();
        JsonReader r((*list)[i], path, issues);
        if (!r.isObject())
            continue;
        Preset p;
        p.id = r.string("id", true, false).value_or("");
        p.title = r.string("title", true, false).value_or("");
        p.description = r.string("description").value_or("");
        const std::string kind = r.string("kind", true, false).value_or("");
        if (kind == "published")
            p.kind = Preset::Kind::Published;
        else if (kind == "template")
            p.kind = Preset::Kind::Template;
        else if (!kind.empty())
            r.error("kind", "expected one of published, template, got \"" + kind + "\"");
        if (!p.id.empty() && !ids.insert(p.id).second)
            r.error("id", "duplicate preset id \"" + p.id + "\" (ids must be unique)");
        const nlohmann::json *scenario = r.object("scenario", true);
        r.reportUnknownKeys({"id", "title", "kind", "description", "scenario"});

        if (scenario != nullptr) {
            nlohmann::ordered_json project;
            project["schema"] = 1;
            project["application"] = "Greenlight";
            project["name"] = p.title;
            if (!p.description.empty())
                project["notes"] = p.description;
            project["scenarios"] = nlohmann::ordered_json::array({*scenario});
            p.projectText = project.dump(2) + "\n";
            ProjectLoadResult loaded = ProjectFile::parse(p.projectText, catalog);
            for (Issue &issue : loaded.issues) {
                issue.path = remapPath(issue.path, path);
                issues.push_back(std::move(issue));
            }
            if (loaded.project && loaded.project->scenarios.size() == 1)
                p.scenario = loaded.project->scenarios.front();
            const bool hasFootprint =
                p.scenario.published && (p.scenario.published->co2eT || p.scenario.published->energyMWh);
            if (loaded.project && p.kind == Preset::Kind::Published && !hasFootprint)
                issues.push_back({Issue::Severity::Error, path + ".scenario.published",
                                  "a published preset needs the published footprint (co2eT or energyMWh)"});
        }
        bool ok = true;
        for (std::size_t k = before; k < issues.size(); ++k)
            ok = ok && !issues[k].isError();
        if (ok && scenario != nullptr)
            result.presets.push_back(std::move(p));
    }
    return result;
}

} // namespace greenlight
