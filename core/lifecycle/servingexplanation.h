#pragma once

#include "levers/levereffect.h"

#include <vector>

namespace greenlight {

class Catalog;
struct DeploymentResult;

// The serving model's formulas for one deployment with its numbers put in, built only when an
// explanation is asked for (CLI --explain, the report) from the parts the model kept.
class ServingExplanation
{
public:
    static std::vector<LeverStep> steps(const DeploymentResult &deployment, const Catalog &catalog);
};

} // namespace greenlight
