#pragma once

#include "catalog/distribution.h"
#include "util/issue.h"

#include <array>
#include <cstddef>
#include <string_view>

namespace greenlight {

class Catalog;

// The free constants of the serving model. Each is a catalog default with its source and range;
// the fitted ones come from tools/validation (docs/validation-inference.md).
enum class ServingConstant : std::size_t
{
    BandwidthEfficiency,           // share of peak memory bandwidth a decode step reaches
    ComputeEfficiency,             // share of peak FLOP/s a large-batch decode step reaches
    PrefillEfficiency,             // share of peak FLOP/s prefill reaches
    StepOverheadS,                 // per decode step: kernel launches
    StepOverheadPerRequestS,       // per decode step and running request: scheduling, sampling, detokenising
    BasicStackBandwidthEfficiency, // the same for a framework's generate loop
    BasicStackStepOverheadS,       // the same, Python and per-layer launches included
    BasicStackRequestOverheadS,    // per request in a generate loop: tokenising, set-up, the encoder
    BusyPowerFloor,                // accelerator power of a memory-bound step, fraction of TDP
    BusyPowerCeiling,              // accelerator power of a compute-bound step, fraction of TDP
    IdlePowerFraction,             // provisioned but idle accelerator, fraction of TDP
    EightBitHalfBatch,             // batch at which W8A8 kernels reach half their full bandwidth efficiency
    EightBitComputeRatio,          // W8A8 kernels' compute efficiency relative to 16-bit
    KvBytesPerTokenPerSqrtB,       // KV cache bytes per token ≈ c · √(active params in B)
    HostPowerPerServerW,           // CPU, DRAM, NIC of one server while serving
    AcceleratorsPerServer,         // accelerators sharing one host
    FleetUtilisation,              // share of provisioned time the fleet is busy
    UsableMemoryFraction,          // device memory the server may use (weights, KV, activations)
    TimeResidual,                  // multiplicative spread of the fit's residuals (median 1)
    DefaultInputTokens,            // a request's prompt when the user does not give it
};

inline constexpr std::size_t kServingConstantCount = 20;

struct ServingConstantInfo
{
    ServingConstant constant;
    std::string_view catalogId;
};

// Values and ranges of every serving constant, read from a catalog.
class ServingConstants
{
public:
    static const std::array<ServingConstantInfo, kServingConstantCount> &table();

    // Reads every constant; a missing one is an error naming its catalog id.
    static ServingConstants fromCatalog(const Catalog &catalog, Issues &issues);

    double operator[](ServingConstant c) const { return m_values[static_cast<std::size_t>(c)]; }
    double &operator[](ServingConstant c) { return m_values[static_cast<std::size_t>(c)]; }
    const Distribution &range(ServingConstant c) const { return m_ranges[static_cast<std::size_t>(c)]; }
    void setRange(ServingConstant c, const Distribution &d) { m_ranges[static_cast<std::size_t>(c)] = d; }

private:
    std::array<double, kServingConstantCount> m_values{};
    std::array<Distribution, kServingConstantCount> m_ranges{};
};

} // namespace greenlight
