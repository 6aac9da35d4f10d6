#pragma once

#include "estimate/estimate.h"
#include "estimate/resolvedscenario.h"
#include "model/scenario.h"
#include "util/issue.h"

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

class Catalog;
struct Region;

struct RegionResult
{
    const Region *region = nullptr;
    Scenario scenario; // the scenario as evaluated there
    ResolvedScenario resolved;
    Estimate estimate;
    double intensityGPerKWh = 0;
    double pue = 0;
    bool pueFromScenario = false; // the scenario's own PUE was kept
};

// One scenario evaluated in each candidate region, ranked by location-based CO2e (lowest first;
// ties by region id). In each copy the region is replaced, the grid intensity and residual mix
// are cleared (they belong to the old grid), and the PUE is cleared only when it equals the old
// region's catalog PUE (a PUE the user measured for their own facility is kept).
class RegionComparison
{
public:
    // Unknown ids → one error naming them all (path "regions"); duplicates are ignored.
    static std::optional<std::vector<RegionResult>> compare(const Scenario &scenario,
                                                            const std::vector<std::string> &regionIds,
                                                            const Catalog &catalog, Issues &issues);

    // The scenario moved to `region`, following the rules above.
    static Scenario relocate(const Scenario &scenario, const Region &region, const Catalog &catalog);
};

} // namespace greenlight
