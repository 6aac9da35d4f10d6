#pragma once

#include "scenario.h"

#include <string>

namespace greenlight {

// A ready-made scenario from the presets gallery: a published training run with the authors' own
// inputs and footprint, or a template to adapt (resources/presets/presets.json).
struct Preset
{
    enum class Kind
    {
        Published, // the scenario's `published` block holds the authors' footprint
        Template,  // a starting point, no published footprint
    };

    std::string id;
    std::string title;
    Kind kind = Kind::Template;
    std::string description;
    Scenario scenario;       // validated exactly as a project file's scenario
    std::string projectText; // a one-scenario project file holding this preset
};

} // namespace greenlight
