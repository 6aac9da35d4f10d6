#pragma once

#include "model/scenario.h"
#include "util/issue.h"

#include <nlohmann/json.hpp>

namespace greenlight {

// A scenario object of the project file (see docs/file-format.md). Problems are reported with
// paths under `path`; the returned scenario is only meaningful when no error was added.
Scenario scenarioFromJson(const nlohmann::json &json, const std::string &path, Issues &issues);
nlohmann::ordered_json scenarioToJson(const Scenario &scenario);

} // namespace greenlight
