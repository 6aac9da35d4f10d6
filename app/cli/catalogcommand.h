#pragma once

#include "arguments.h"

#include <iosfwd>

namespace greenlight {
class Catalog;
}

namespace greenlight::cli {

// `greenlight-cli catalog list KIND [--format table|json] [--search TEXT]` and `catalog show ID`.
int runCatalog(Arguments &args, const Catalog &catalog, std::ostream &out);
extern const char *const kCatalogHelp;

} // namespace greenlight::cli
