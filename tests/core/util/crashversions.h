#pragma once

// The two project versions the crash harness alternates between (crashsaver writes them,
// tst_crashsafety recognises them): A is the shipped example, B is the example's scenarios
// repeated many times (a file of ~1 MB, so a save takes long enough to be interrupted).

#include "catalog/catalog.h"
#include "io/projectfile.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace crashversions {

// Copies of the scenarios in B. Sanitizer builds save ~20 times slower: their test environment sets
// GREENLIGHT_TEST_SLOWDOWN (tests/CMakeLists.txt) and B shrinks by that factor, so a save of B takes
// about as long as in a plain build and the random kills still land in both versions.
inline int bigCopies()
{
    const char *slowdown = std::getenv("GREENLIGHT_TEST_SLOWDOWN");
    return std::max(2, 300 / std::max(1, slowdown != nullptr ? std::atoi(slowdown) : 1));
}

inline greenlight::Project version(const std::string &examplePath, bool big)
{
    std::ifstream in(examplePath);
    std::stringstream ss;
    ss << in.rdbuf();
    greenlight::Project p = *greenlight::ProjectFile::parse(ss.str(), greenlight::Catalog::builtIn()).project;
    p.name = big ? "crash harness: version B" : "crash harness: version A";
    if (big) {
        const std::vector<greenlight::Scenario> base = p.scenarios;
        for (int copy = 1, copies = bigCopies(); copy < copies; ++copy)
            for (greenlight::Scenario s : base) {
                s.name += " #" + std::to_string(copy);
                p.scenarios.push_back(std::move(s));
            }
    }
    return p;
}

} // namespace crashversions
