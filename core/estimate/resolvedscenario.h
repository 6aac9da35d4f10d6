#pragma once

#include "catalog/distribution.h"
#include "model/scenario.h"
#include "quantities.h"

#include <array>
#include <optional>
#include <string>

namespace greenlight {

struct Accelerator;
struct Region;

// Where one resolved input came from.
struct Provenance
{
    std::string source; // citation, or "scenario" when the user set it
    int year = 0;
    bool fromScenario = false;
    bool used = false; // false for inputs the chosen modes ignore
    std::string note;  // e.g. "from region aws:us-east-1", "residual mix not known: location intensity used"
};

// A scenario with every input turned into a number (and a range where the catalog has one), each
// with its provenance. Computing the estimate from it is pure arithmetic.
struct ResolvedScenario
{
    WorkloadMode workloadMode = WorkloadMode::DevicesDuration;
    bool powerMeasured = false;
    bool rental = false;
    std::string precision;
    // Chip power × (MFU / powerMfuReference)^powerMfuElasticity (0: power does not follow the MFU).
    double powerMfuReference = 0;
    double powerMfuElasticity = 0;
    // No residual mix is known: the market-based figure uses the location intensity, draw for draw
    // (one input, not two that would vary apart).
    bool residualFollowsLocation = false;
    // No PUE came from the scenario, the region or its provider: the industry-average default.
    bool pueIsDefault = false;
    const Accelerator *accelerator = nullptr;
    const Region *region = nullptr;

    InputValues values{};
    std::array<Distribution, kInputCount> ranges{};
    std::array<Provenance, kInputCount> provenance{};

    double value(Input i) const { return values[index(i)]; }
};

} // namespace greenlight
