#pragma once

#include "arguments.h"
#include "model/scenario.h"

#include <iosfwd>

namespace greenlight {
class Catalog;
}

namespace greenlight::cli {

// `greenlight-cli estimate PROJECT.json [...]` or the quick form from flags (docs/cli.md).
int runEstimate(Arguments &args, const Catalog &catalog, std::ostream &out);
extern const char *const kEstimateHelp;

// The quick form's flags (--accelerator, --hours, --region, ...) as a scenario; also used by
// compare-regions, where the grid comes from --regions (gridRequired = false).
Scenario scenarioFromFlags(Arguments &args, bool gridRequired = true);
// A resolver path ("site.region") as the quick-form flag that sets it ("--region").
std::string flagFor(const std::string &path);

} // namespace greenlight::cli
