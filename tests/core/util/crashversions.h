#pragma once

// The two project versions the crash harness alternates between (crashsaver writes them,
// tst_crashsafety recognises them): A is the shipped example, B is the example's scenarios
// repeated many times (a file of ~1 MB, so a save takes long enough to be interrupted).

#include "catalog/catalog.h"
#include "io/projectfile.h"

#include <fstream>
#include <sstream>
#include <string>

namespace crashversions {

inline greenlight::Project version(const std::string &examplePath, bool big)
{
    std::ifstream in(examplePath);
    std::stringstream ss;
    ss << in.rdbuf();
    greenlight::Project p = *greenlight::ProjectFile::parse(ss.str(), greenlight::Catalog::builtIn()).project;
    p.name = big ? "crash harness: version B" : "crash harness: version A";
    if (big) {
        const std::vector<greenlight::Scenario> base = p.scenarios;
        for (int copy = 1; copy < 300; ++copy)
            for (greenlight::Scenario s : base) {
                s.name += " #" + std::to_string(copy);
                p.scenarios.push_back(std::move(s));
            }
    }
    return p;
}

} // namespace crashversions
