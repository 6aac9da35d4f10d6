#include "servingsweep.h"

#include "servingmodel.h"

#include <algorithm>

namespace greenlight {

std::vector<ServingSweepPoint> ServingSweep::overBatch(const ServingPoint &point,
                                                       const ServingConstants &constants, double maxBatch)
{
    std::vector<double> batches;
    const double limit = std::max(1.0, maxBatch);
    for (double b = 1; b < limit; b *= 2)
        batches.push_back(b);
    batches.push_back(limit);
    std::vector<ServingSweepPoint> out;
    ServingPoint p = point;
    for (double b : batches) {
        p.batch = b;
        const ServingResult r = ServingModel::evaluate(p, constants);
        out.push_back({b, r.itEnergyPerRequestWh, r.gpuEnergyPerOutputTokenJ, r.secondsPerOutputToken});
    }
    return out;
}

} // namespace greenlight
