#pragma once

#include "estimate/resolvedscenario.h"
#include "util/issue.h"

namespace greenlight {

// Puts the scenario's own distributions ("uncertainty") over the catalog ranges the resolver
// attached. Without a plain value in the scenario the distribution's central value becomes the
// central estimate; with one, the value stays and only the range changes.
class UserDistributions
{
public:
    static void apply(const Scenario &scenario, ResolvedScenario &resolved, Issues &issues);
};

} // namespace greenlight
