#include "inputrules.h"

#include <algorithm>

namespace greenlight {

NumberRule InputRules::rule(Input input)
{
    switch (input) {
    case Input::Mfu:
    case Input::LoadFactor:
        return NumberRule::OpenFraction;
    case Input::RenewableShare:
        return NumberRule::Fraction;
    case Input::Pue:
    case Input::ExperimentMultiplier:
        return NumberRule::AtLeastOne;
    case Input::AcceleratorHoursGiven:
    case Input::DurationHours:
    case Input::AcceleratorCount:
    case Input::ParametersB:
    case Input::Tokens:
    case Input::PeakTflops:
    case Input::PowerW:
    case Input::TdpW:
    case Input::ServiceLifeYears:
    case Input::TrainingFlopsPerParamToken:
        return NumberRule::Positive;
    default:
        return NumberRule::NonNegative;
    }
}

std::optional<Input> InputRules::byKey(std::string_view key)
{
    for (std::size_t i = 0; i < kInputCount; ++i)
        if (info(static_cast<Input>(i)).key == key)
            return static_cast<Input>(i);
    return std::nullopt;
}

std::string InputRules::keyList()
{
    std::string out;
    for (std::size_t i = 0; i < kInputCount; ++i)
        out += (i == 0 ? "" : ", ") + std::string(info(static_cast<Input>(i)).key);
    return out;
}

double InputRules::clamp(Input input, double value)
{
    switch (rule(input)) {
    case NumberRule::OpenFraction:
    case NumberRule::Fraction:
        return std::clamp(value, 0.0, 1.0);
    case NumberRule::AtLeastOne:
        return std::max(value, 1.0);
    default:
        return std::max(value, 0.0);
    }
}

} // namespace greenlight
