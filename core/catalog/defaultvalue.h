#pragma once

#include "citation.h"
#include "distribution.h"

#include <optional>
#include <string>

namespace greenlight {

// A named default constant the estimator falls back on, with its range where sources vary.
struct DefaultValue
{
    std::string id;
    std::string name;
    double value = 0;
    std::string unit;
    std::optional<Distribution> range;
    Citation citation;
};

} // namespace greenlight
