#pragma once

#include "model/deployment.h"
#include "util/issue.h"

#include <nlohmann/json.hpp>

// The "deployment" object of a scenario (docs/file-format.md). Problems are reported under `path`.
namespace greenlight::DeploymentJson {
Deployment read(const nlohmann::json &json, const std::string &path, Issues &issues);
nlohmann::ordered_json write(const Deployment &deployment);
// "YYYY-MM-DD" with a real calendar day.
bool isValidDate(const std::string &text);
} // namespace greenlight::DeploymentJson
