#pragma once

#include "arguments.h"
#include "model/scenario.h"

#include <iosfwd>
#include <optional>
#include <string>

namespace greenlight {
class Catalog;
}

namespace greenlight::cli {

// `greenlight-cli compare-regions (PROJECT.json --scenario NAME | quick flags) --regions ID,...`.
int runCompareRegions(Arguments &args, const Catalog &catalog, std::ostream &out);
extern const char *const kCompareRegionsHelp;

// One scenario of a project file: the named one, or the only one when no name is given. Load
// errors and an unknown name throw UsageError; warnings go to stderr.
Scenario loadProjectScenario(const std::string &path, const std::optional<std::string> &name,
                             const Catalog &catalog);

} // namespace greenlight::cli
