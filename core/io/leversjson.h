#pragma once

#include "model/levers.h"
#include "util/issue.h"

#include <nlohmann/json.hpp>

// The "levers" object of a scenario (docs/file-format.md). Problems are reported under `path`.
namespace greenlight::LeversJson {
Levers read(const nlohmann::json &json, const std::string &path, Issues &issues);
nlohmann::ordered_json write(const Levers &levers);
} // namespace greenlight::LeversJson
