#pragma once

#include "model/measuredrun.h"
#include "util/issue.h"

#include <nlohmann/json.hpp>

#include <string>

namespace greenlight {

// One entry of the project's "measuredRuns" array (docs/file-format.md). Problems are reported
// with paths under `path`; the returned run is only meaningful when no error was added.
MeasuredRun measuredRunFromJson(const nlohmann::json &json, const std::string &path, Issues &issues);
nlohmann::ordered_json measuredRunToJson(const MeasuredRun &run);

} // namespace greenlight
