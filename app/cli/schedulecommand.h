#pragma once

#include "arguments.h"

#include <iosfwd>

namespace greenlight {
class Catalog;
}

namespace greenlight::cli {

// `greenlight-cli schedule (--profile ID | --profile-file FILE) ...` (docs/cli.md).
int runSchedule(Arguments &args, const Catalog &catalog, std::ostream &out);
extern const char *const kScheduleHelp;

} // namespace greenlight::cli
