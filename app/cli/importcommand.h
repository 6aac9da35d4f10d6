#pragma once

#include "arguments.h"

#include <iosfwd>

namespace greenlight {
class Catalog;
}

namespace greenlight::cli {

// `greenlight-cli import FILE [--as NAME] [--into PROJECT.json] [--link SCENARIO]` (docs/cli.md).
int runImport(Arguments &args, const Catalog &catalog, std::ostream &out, std::ostream &err);
extern const char *const kImportHelp;

} // namespace greenlight::cli
