#pragma once

#include "resolvedscenario.h"
#include "util/issue.h"

namespace greenlight {

class Catalog;

// Fills every input of a scenario from the scenario itself or, where it is silent, from the
// catalog (accelerator, region, provider, defaults). Issues carry paths relative to the scenario
// ("hardware.accelerator"), so callers can prefix them with a file path or map them to CLI flags.
class Resolver
{
public:
    explicit Resolver(const Catalog &catalog);

    std::optional<ResolvedScenario> resolve(const Scenario &scenario, Issues &issues) const;

private:
    const Catalog &m_catalog;
};

} // namespace greenlight
