#pragma once

#include "arguments.h"

#include <iosfwd>

namespace greenlight {
class Catalog;
}

namespace greenlight::cli {

// `greenlight-cli calibrate PROJECT.json --scenario NAME [--run NAME]...` (docs/cli.md).
int runCalibrate(Arguments &args, const Catalog &catalog, std::ostream &out, std::ostream &err);
extern const char *const kCalibrateHelp;

} // namespace greenlight::cli
