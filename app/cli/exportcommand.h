#pragma once

#include "arguments.h"
#include "model/project.h"

#include <iosfwd>
#include <string>

namespace greenlight {
class Catalog;
}

namespace greenlight::cli {

// `greenlight-cli export PROJECT.json --format csv|json|md|latex|modelcard [-o FILE] [--scenario NAME]`
// (docs/cli.md).
int runExport(Arguments &args, const Catalog &catalog, std::ostream &out);
extern const char *const kExportHelp;

// Loads a project file or throws UsageError with every error (warnings go to stderr).
Project loadProjectOrThrow(const std::string &path, const Catalog &catalog);

} // namespace greenlight::cli
