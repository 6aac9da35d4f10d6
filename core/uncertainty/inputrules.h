#pragma once

#include "estimate/quantities.h"
#include "io/jsonreader.h"

#include <optional>
#include <string>
#include <string_view>

namespace greenlight {

// What values each estimator input may take, so user distributions are validated with the same
// rules as the plain scenario fields and sampled values never leave the physical domain.
class InputRules
{
public:
    static NumberRule rule(Input input);
    static std::optional<Input> byKey(std::string_view key);
    // "acceleratorHoursGiven, durationHours, …" for error messages.
    static std::string keyList();
    // Pulls a sampled value back into the input's domain (only unbounded lognormal tails can leave
    // it, e.g. an MFU above 1 or a PUE below 1).
    static double clamp(Input input, double value);
};

} // namespace greenlight
