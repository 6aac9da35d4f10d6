#pragma once

#include "model/project.h"
#include "util/issue.h"

#include <optional>
#include <string>
#include <string_view>

namespace greenlight {

class Catalog;

struct ProjectLoadResult
{
    std::optional<Project> project; // set only when there are no errors
    Issues issues;                  // errors and warnings, each with its JSON path
};

// Reads and writes .greenlight.json project files (docs/file-format.md). Loading validates the
// whole file — types, ranges, catalog references — and reports every problem with its path.
class ProjectFile
{
public:
    static constexpr std::string_view kExtension = ".greenlight.json";

    static ProjectLoadResult parse(std::string_view text, const Catalog &catalog);
    static ProjectLoadResult load(const std::string &path, const Catalog &catalog);

    static std::string serialize(const Project &project);
    // Atomic: the previous file stays complete until the new one is on disk; it is kept as
    // `path~` (backup) after a successful save.
    static bool save(const std::string &path, const Project &project, std::string &error);
};

} // namespace greenlight
