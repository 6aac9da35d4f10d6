#pragma once

#include "model/deployment.h"
#include "serving/servingpoint.h"
#include "serving/servingresult.h"
#include "util/issue.h"

#include <optional>

namespace greenlight {

// The serving phase of a deployment as a fleet: provisioned accelerator-hours and IT energy by
// part, from the serving model's per-request figures (docs/methodology.md, "Deployment").
struct FleetUse
{
    double provisionedDeviceHours = 0;
    double gpuKWh = 0;      // busy accelerators
    double hostKWh = 0;     // the hosts of the provisioned servers
    double idleKWh = 0;     // provisioned accelerators waiting for requests
    double measuredKWh = 0; // perRequest: the measured figure, all parts together
    double itKWh() const { return gpuKWh + hostKWh + idleKWh + measuredKWh; }
    int devices = 0;
    int replicas = 0;
    double utilisation = 0;
    // How IT energy and hours move when the busy time per request is scaled by f (the lifecycle
    // Monte Carlo): energy = itKWh() + energySlopeKWh · (f − 1); hours × f when hoursScale.
    double energySlopeKWh = 0;
    bool hoursScale = false;
};

class ServingFleet
{
public:
    // Constants the fleet needs beyond the per-request figures.
    struct Power
    {
        double hostWPerServer = 0;
        double acceleratorsPerServer = 8;
        double idleFraction = 0;
    };

    // firstPrinciples: the fleet follows the traffic at the fleet utilisation of the point.
    static FleetUse followTraffic(const ServingPoint &p, const ServingResult &r, double requests);
    // accelerators: a fleet running around the clock, `count` accelerators or sized from the
    // traffic at the point's fleet utilisation. An error names deployment.count when it is too small.
    static std::optional<FleetUse> provisioned(const ServingPoint &p, const ServingResult &r, double requests,
                                               double hours, std::optional<int> count, const Power &power,
                                               Issues &issues);
};

} // namespace greenlight
