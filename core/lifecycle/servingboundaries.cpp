#include "servingboundaries.h"

#include "deploymentresult.h"

#include <algorithm>

namespace greenlight {

ServingBoundaries servingBoundaries(const DeploymentResult &d)
{
    ServingBoundaries b;
    if (!(d.totalRequests > 0))
        return b;
    const double whPerKWh = 1000.0 / d.totalRequests;
    b.acceleratorsWh = d.gpuEnergyKWh * whPerKWh;
    b.hostWh = d.hostEnergyKWh * whPerKWh;
    b.idleWh = d.idleEnergyKWh * whPerKWh;
    const double itWh = b.acceleratorsWh + b.hostWh + b.idleWh;
    b.facilityOverheadWh = std::max(0.0, d.energyKWh * whPerKWh - itWh);
    b.embodiedG = d.serving[Output::Co2eEmbodiedKg] * whPerKWh;
    b.measured = d.measuredEnergy;
    return b;
}

} // namespace greenlight
