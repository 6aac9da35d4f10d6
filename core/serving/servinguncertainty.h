#pragma once

#include "catalog/distribution.h"
#include "servingconstants.h"
#include "servingpoint.h"
#include "servingresult.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace greenlight {

// The serving figures that get ranges, with their JSON keys (the CLI contract).
enum class ServingOutput : std::size_t
{
    GpuEnergyPerRequestWh,
    ItEnergyPerRequestWh,
    FacilityEnergyPerRequestWh,
    GpuEnergyPerOutputTokenJ,
    SecondsPerRequest,
    Co2ePerRequestG,
};

inline constexpr std::size_t kServingOutputCount = 6;

struct ServingPercentiles
{
    double p5 = 0;
    double p50 = 0;
    double p95 = 0;
};

struct ServingRanges
{
    std::array<ServingPercentiles, kServingOutputCount> values{};
    const ServingPercentiles &operator[](ServingOutput o) const
    {
        return values[static_cast<std::size_t>(o)];
    }
};

// Inputs of the operating point that are not known exactly (a defaulted batch, an unreported
// output length); each draw replaces the point's value.
struct ServingVariation
{
    std::optional<Distribution> inputTokens;
    std::optional<Distribution> outputTokens;
    std::optional<Distribution> batch;
    double maxBatch = 0; // the memory limit of the replica (0: none)
};

// Monte Carlo of the serving model: every constant with a catalog range is drawn, independently,
// together with the variation; the fit residual enters as the TimeResidual constant.
class ServingUncertainty
{
public:
    static std::string_view key(ServingOutput o);
    static double value(const ServingResult &r, ServingOutput o);

    static ServingRanges run(const ServingPoint &point, const ServingConstants &constants,
                             const ServingVariation &variation, std::size_t samples, std::uint64_t seed);
};

} // namespace greenlight
