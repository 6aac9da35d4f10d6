#include "comparison.h"

namespace greenlight {

Delta deltaAgainst(const Estimate &scenario, const Estimate &baseline, Output output)
{
    Delta d;
    d.value = scenario[output];
    d.absolute = scenario[output] - baseline[output];
    if (baseline[output] != 0)
        d.percent = 100.0 * d.absolute / baseline[output];
    return d;
}

const std::vector<Output> &comparedOutputs()
{
    static const std::vector<Output> outputs = {
        Output::FacilityEnergyKWh, Output::Co2eLocationKg,   Output::Co2eMarketKg,
        Output::Co2eEmbodiedKg,    Output::Co2eTotalKg,      Output::WaterL,
        Output::CostUsd,           Output::AcceleratorHours, Output::WallClockHours};
    return outputs;
}

} // namespace greenlight
