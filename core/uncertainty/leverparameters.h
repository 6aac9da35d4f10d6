#pragma once

#include "io/jsonreader.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace greenlight {

// Lever and deployment parameters that the lifecycle Monte Carlo and sensitivity vary besides the
// estimator's inputs (docs/methodology.md "Uncertainty of levers and serving"). Their keys in a
// scenario's "uncertainty" object are the scenario paths of the plain fields they replace.
enum class LeverParameter : std::size_t
{
    RetrainOverheadFraction, // levers.pruning.retrainOverheadFraction
    QatOverheadFraction,     // levers.quantisation.qatOverheadFraction
    PruningInferenceSpeedup, // levers.pruning.inferenceSpeedup
    DequantOverheadFraction, // levers.quantisation.dequantOverheadFraction
    ServingTimeFactor,       // deployment.servingTimeFactor (the serving model's residual)
    TrainingTimeFactor,      // levers.quantisation.trainingTimeFactor (a change of training format)
    DevelopmentFraction,     // levers.experiments.developmentFraction (the development programme)
    Count
};

inline constexpr std::size_t kLeverParameterCount = static_cast<std::size_t>(LeverParameter::Count);

// One value per lever parameter (the ones a scenario does not use are ignored).
using LeverValues = std::array<double, kLeverParameterCount>;

constexpr std::size_t index(LeverParameter p)
{
    return static_cast<std::size_t>(p);
}

struct LeverParameterInfo
{
    std::string_view key;   // "deployment.servingTimeFactor"
    std::string_view label; // "serving utilisation"
    std::string_view unit;
    NumberRule rule;
};

class LeverParameters
{
public:
    static const LeverParameterInfo &info(LeverParameter parameter);
    static std::optional<LeverParameter> byKey(std::string_view key);
    // "levers.pruning.retrainOverheadFraction, …" for error messages.
    static std::string keyList();
};

} // namespace greenlight
