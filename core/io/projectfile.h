#pragma once

#include "model/project.h"
#include "util/issue.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

class Catalog;
class SchemaMigration;

struct ProjectLoadResult
{
    std::optional<Project> project;          // set only when there are no errors
    Issues issues;                           // errors and warnings, each with its JSON path
    int migratedFrom = 0;                    // the file's older schema when it was migrated, else 0
    std::vector<std::string> migrationSteps; // what each migration step changed
};

// Reads and writes .greenlight.json project files (docs/file-format.md). Loading validates the
// whole file — types, ranges, catalog references — and reports every problem with its path.
class ProjectFile
{
public:
    static constexpr std::string_view kExtension = ".greenlight.json";

    static ProjectLoadResult parse(std::string_view text, const Catalog &catalog);
    // With other migration steps than the built-in ones (tests of the migration framework).
    static ProjectLoadResult parse(std::string_view text, const Catalog &catalog,
                                   const SchemaMigration &migration);
    static ProjectLoadResult load(const std::string &path, const Catalog &catalog);

    static std::string serialize(const Project &project);
    // Atomic: the previous file stays complete until the new one is on disk; it is kept as
    // `path~` (backup) after a successful save.
    static bool save(const std::string &path, const Project &project, std::string &error);

    // Where the original of a migrated file is kept: "plan.greenlight.json.v1.bak" for schema 1.
    static std::string originalBackupPath(const std::string &path, int schema);
    // Copies the file at `path` (written with the older `schema`) to originalBackupPath() before
    // the first save over it. An existing backup is never replaced (it is the oldest original).
    static bool keepOriginal(const std::string &path, int schema, std::string &error);
};

} // namespace greenlight
