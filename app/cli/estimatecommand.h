#pragma once

#include "arguments.h"

#include <iosfwd>

namespace greenlight {
class Catalog;
}

namespace greenlight::cli {

// `greenlight-cli estimate PROJECT.json [...]` or the quick form from flags (docs/cli.md).
int runEstimate(Arguments &args, const Catalog &catalog, std::ostream &out);
extern const char *const kEstimateHelp;

} // namespace greenlight::cli
