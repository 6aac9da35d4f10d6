#pragma once

#include "arguments.h"

#include <iosfwd>

namespace greenlight {
class Catalog;
}

namespace greenlight::cli {

// `greenlight-cli inference --accelerator ID --params-b N --output-tokens O [...]`: the serving
// model at one operating point, per request and per output token, with P5–P95 (docs/cli.md).
int runInference(Arguments &args, const Catalog &catalog, std::ostream &out);
extern const char *const kInferenceHelp;

} // namespace greenlight::cli
