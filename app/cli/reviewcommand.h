#pragma once

#include "arguments.h"

#include <iosfwd>

namespace greenlight {
class Catalog;
}

namespace greenlight::cli {

// `greenlight-cli review PROJECT.json`: the ranked recommendations and the checklist with its
// evidence (docs/cli.md).
int runReview(Arguments &args, const Catalog &catalog, std::ostream &out);
extern const char *const kReviewHelp;

} // namespace greenlight::cli
