#pragma once

#include "catalog/distribution.h"
#include "util/issue.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>

namespace greenlight {

class JsonReader;
enum class NumberRule;

// The scenario's "uncertainty" object: input key → distribution, e.g.
// {"mfu": {"dist": "triangular", "low": 0.2, "mode": 0.35, "high": 0.45}}. Keys are the estimator
// input keys (estimate/quantities.cpp); values follow the same rules as the plain fields.
class UncertaintyJson
{
public:
    static std::map<std::string, Distribution> read(const nlohmann::json &object, const std::string &path,
                                                    Issues &issues);
    static nlohmann::ordered_json write(const std::map<std::string, Distribution> &distributions);
    // The central value a distribution stands for: mode, median (lognormal) or midpoint (uniform).
    static double central(const Distribution &d);
    // One {"dist", "low", "mode", "high"} object; problems are reported through the reader.
    static std::optional<Distribution> readDistribution(JsonReader &r, NumberRule rule);
};

} // namespace greenlight
