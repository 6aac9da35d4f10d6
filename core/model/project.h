#pragma once

#include "scenario.h"

#include <string>
#include <vector>

namespace greenlight {

// The contents of a .greenlight.json file.
struct Project
{
    static constexpr int kSchemaVersion = 1;

    std::string name;
    std::string notes;
    std::string baseline; // name of the baseline scenario (empty: the first)
    std::vector<Scenario> scenarios;

    const Scenario *findScenario(const std::string &scenarioName) const
    {
        for (const Scenario &s : scenarios)
            if (s.name == scenarioName)
                return &s;
        return nullptr;
    }
};

} // namespace greenlight
