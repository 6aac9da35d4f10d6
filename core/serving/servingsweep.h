#pragma once

#include "servingconstants.h"
#include "servingpoint.h"

#include <vector>

namespace greenlight {

// One batch size of a sweep: what the Serving chart plots.
struct ServingSweepPoint
{
    double batch = 0;
    double itEnergyPerRequestWh = 0;
    double gpuEnergyPerOutputTokenJ = 0;
    double secondsPerOutputToken = 0;
};

class ServingSweep
{
public:
    // The operating point at batch sizes 1, 2, 4, … up to maxBatch (and maxBatch itself).
    static std::vector<ServingSweepPoint> overBatch(const ServingPoint &point,
                                                    const ServingConstants &constants, double maxBatch);
};

} // namespace greenlight
