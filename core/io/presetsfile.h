#pragma once

#include "model/preset.h"
#include "util/issue.h"

#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

class Catalog;

struct PresetsLoadResult
{
    std::vector<Preset> presets; // only the presets without errors
    Issues issues;               // each with its JSON path (presets[2].scenario.site.pue)
};

// Reads the presets gallery file: {"schema": 1, "presets": [{id, title, kind, description,
// scenario}]}. Each scenario is validated by building a one-scenario project file and parsing it
// with ProjectFile, so a preset loads exactly as the same scenario would from a saved project.
class PresetsFile
{
public:
    static constexpr int kSchemaVersion = 1;

    static PresetsLoadResult parse(std::string_view text, const Catalog &catalog);
};

} // namespace greenlight
