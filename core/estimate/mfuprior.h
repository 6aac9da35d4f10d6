#pragma once

#include "catalog/distribution.h"

#include <optional>
#include <string>

namespace greenlight {

class Catalog;
struct Accelerator;

// The MFU a training run can expect before it is measured: the fitted model of
// docs/calibration-mfu.md (MFU = group median × (N / 10 B)^a × (accelerators / 256)^b, lognormal
// residual), or the catalog's generic "mfu" default when the accelerator has no fitted group.
struct MfuPrior
{
    double value = 0;
    Distribution range;
    std::string source;
    int year = 0;
    std::string note; // how the value was reached, e.g. "fitted for ampere: 70 B on 2048 accelerators"

    // Reference point of the fit: the group records hold the median at this size and count.
    static constexpr double kReferenceParametersB = 10;
    static constexpr double kReferenceCount = 256;
    // Outside these bounds the fit extrapolates beyond any published run (docs/calibration-mfu.md).
    static constexpr double kMinMfu = 0.05;
    static constexpr double kMaxMfu = 0.75;

    static std::optional<MfuPrior> forRun(const Catalog &catalog, const Accelerator *accelerator,
                                          double parametersB, int count);
};

} // namespace greenlight
