#include "servinguncertainty.h"

#include "servingmodel.h"
#include "uncertainty/sampler.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace greenlight {

std::string_view ServingUncertainty::key(ServingOutput o)
{
    static constexpr std::array<std::string_view, kServingOutputCount> keys = {
        "gpuEnergyPerRequestWh",    "itEnergyPerRequestWh", "facilityEnergyPerRequestWh",
        "gpuEnergyPerOutputTokenJ", "secondsPerRequest",    "co2ePerRequestG"};
    return keys[static_cast<std::size_t>(o)];
}

double ServingUncertainty::value(const ServingResult &r, ServingOutput o)
{
    switch (o) {
    case ServingOutput::GpuEnergyPerRequestWh:
        return r.gpuEnergyPerRequestWh;
    case ServingOutput::ItEnergyPerRequestWh:
        return r.itEnergyPerRequestWh;
    case ServingOutput::FacilityEnergyPerRequestWh:
        return r.facilityEnergyPerRequestWh;
    case ServingOutput::GpuEnergyPerOutputTokenJ:
        return r.gpuEnergyPerOutputTokenJ;
    case ServingOutput::SecondsPerRequest:
        return r.secondsPerRequest;
    case ServingOutput::Co2ePerRequestG:
        return r.co2ePerRequestG;
    }
    return 0;
}

ServingRanges ServingUncertainty::run(const ServingPoint &point, const ServingConstants &constants,
                                      const ServingVariation &variation, std::size_t samples,
                                      std::uint64_t seed)
{
    samples = std::max<std::size_t>(samples, 1);
    Sampler sampler(seed);
    std::vector<ServingConstant> drawn;
    for (const ServingConstantInfo &info : ServingConstants::table())
        if (!constants.range(info.constant).isFixed())
            drawn.push_back(info.constant);
    std::array<std::vector<double>, kServingOutputCount> columns;
    for (auto &c : columns)
        c.resize(samples);
    ServingConstants k = constants;
    ServingPoint p = point;
    for (std::size_t i = 0; i < samples; ++i) {
        for (ServingConstant c : drawn)
            k[c] = sampler.sample(constants.range(c));
        if (variation.inputTokens)
            p.inputTokens = sampler.sample(*variation.inputTokens);
        if (variation.outputTokens)
            p.outputTokens = sampler.sample(*variation.outputTokens);
        if (variation.batch) {
            p.batch = std::max(1.0, sampler.sample(*variation.batch));
            if (variation.maxBatch > 0)
                p.batch = std::min(p.batch, variation.maxBatch);
        }
        const ServingResult r = ServingModel::evaluate(p, k);
        for (std::size_t o = 0; o < kServingOutputCount; ++o)
            columns[o][i] = value(r, static_cast<ServingOutput>(o));
    }
    ServingRanges out;
    auto at = [samples](std::vector<double> &c, double q) {
        const auto idx = static_cast<std::size_t>(std::lround(q * static_cast<double>(samples - 1)));
        std::nth_element(c.begin(), c.begin() + static_cast<std::ptrdiff_t>(idx), c.end());
        return c[idx];
    };
    for (std::size_t o = 0; o < kServingOutputCount; ++o)
        out.values[o] = {at(columns[o], 0.05), at(columns[o], 0.5), at(columns[o], 0.95)};
    return out;
}

} // namespace greenlight
