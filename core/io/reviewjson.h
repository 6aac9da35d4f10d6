#pragma once

#include "model/review.h"
#include "util/issue.h"

#include <nlohmann/json.hpp>

#include <string>

namespace greenlight {

struct Project;

// The "review" object of a project file (docs/file-format.md). Every field is typed, enums are
// read by name, alternatives must name a scenario of `project` and checklist ids must be known
// questions (core/review/checklist.h). Problems are reported under `path`.
namespace ReviewJson {
Review read(const nlohmann::json &json, const std::string &path, const Project &project, Issues &issues);
nlohmann::ordered_json write(const Review &review);
// True when nothing was filled in: the project file then has no "review" key.
bool isEmpty(const Review &review);
} // namespace ReviewJson

} // namespace greenlight
