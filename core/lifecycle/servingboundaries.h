#pragma once

namespace greenlight {

struct DeploymentResult;

// A deployment's energy per request split by boundary (deployment totals / requests), so a
// reader sees which boundary another tool's figure used.
struct ServingBoundaries
{
    double acceleratorsWh = 0; // busy accelerators (or the measured figure, all IT)
    double hostWh = 0;
    double idleWh = 0;
    double facilityOverheadWh = 0; // IT × (PUE − 1)
    double embodiedG = 0;          // serving hardware, amortised (CO2e, beside the energy)
    bool measured = false;         // perRequest with a measured figure: no split
};

ServingBoundaries servingBoundaries(const DeploymentResult &deployment);

} // namespace greenlight
