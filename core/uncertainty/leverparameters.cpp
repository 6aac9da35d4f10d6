#include "leverparameters.h"

namespace greenlight {

namespace {

const std::array<LeverParameterInfo, kLeverParameterCount> kInfo = {{
    {"levers.pruning.retrainOverheadFraction", "prune-and-retrain overhead", "fraction",
     NumberRule::NonNegative},
    {"levers.quantisation.qatOverheadFraction", "QAT overhead", "fraction", NumberRule::NonNegative},
    {"levers.pruning.inferenceSpeedup", "pruning serving speed-up", "ratio", NumberRule::Positive},
    {"levers.quantisation.dequantOverheadFraction", "dequantisation overhead", "fraction",
     NumberRule::NonNegative},
    {"deployment.servingTimeFactor", "serving time factor (model residual)", "ratio", NumberRule::Positive},
    {"levers.quantisation.trainingTimeFactor", "training precision time factor", "ratio",
     NumberRule::Positive},
    {"levers.experiments.developmentFraction", "development programme", "× main run",
     NumberRule::NonNegative},
}};

} // namespace

const LeverParameterInfo &LeverParameters::info(LeverParameter parameter)
{
    return kInfo[static_cast<std::size_t>(parameter)];
}

std::optional<LeverParameter> LeverParameters::byKey(std::string_view key)
{
    for (std::size_t i = 0; i < kLeverParameterCount; ++i)
        if (kInfo[i].key == key)
            return static_cast<LeverParameter>(i);
    return std::nullopt;
}

std::string LeverParameters::keyList()
{
    std::string out;
    for (std::size_t i = 0; i < kLeverParameterCount; ++i)
        out += (i == 0 ? "" : ", ") + std::string(kInfo[i].key);
    return out;
}

} // namespace greenlight
