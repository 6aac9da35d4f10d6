#pragma once

#include "measuredrun.h"
#include "review.h"
#include "scenario.h"

#include <string>
#include <vector>

namespace greenlight {

// The contents of a .greenlight.json file.
struct Project
{
    static constexpr int kSchemaVersion = 2;

    std::string name;
    std::string notes;
    std::string baseline; // name of the baseline scenario (empty: the first)
    std::vector<Scenario> scenarios;
    std::vector<MeasuredRun> measuredRuns; // imported measurements (kept as imported)
    Review review;                         // need-and-impact review (empty: none yet)

    const Scenario *findScenario(const std::string &scenarioName) const
    {
        for (const Scenario &s : scenarios)
            if (s.name == scenarioName)
                return &s;
        return nullptr;
    }
    const MeasuredRun *findMeasuredRun(const std::string &runName) const
    {
        for (const MeasuredRun &m : measuredRuns)
            if (m.name == runName)
                return &m;
        return nullptr;
    }
};

} // namespace greenlight
