#pragma once

#include "servingpoint.h"

#include <optional>
#include <string>

namespace greenlight {

// A serving operating point as a user states it: ids and optional fields, before the catalog fills
// the gaps (ServingSetup).
struct ServingSpec
{
    std::string acceleratorId;
    std::optional<int> devices; // accelerators per replica; unset: the fewest the model fits on
    double totalParamsB = 0;
    std::optional<double> activeParamsB; // unset: dense (= total)
    std::optional<double> inputTokens;   // unset: catalog default
    double outputTokens = 0;
    std::optional<double> batch; // unset: catalog default
    std::string precision;       // unset: the accelerator's 16-bit format
    ServingStack stack = ServingStack::Optimised;
    std::optional<double> fleetUtilisation; // unset: catalog default
    std::optional<double> pue;              // unset: the region's, else the catalog default
    std::string regionId;                   // unset (and no intensity): WORLD
    std::optional<double> intensityGPerKWh;
    double timeFactor = 1;        // from the levers
    double weightMemoryScale = 1; // from the levers (pruning)
};

// The name each field has where the user typed it ("--batch" on the command line,
// "deployment.batchSize" in a project file), so that messages point at it.
struct ServingFieldNames
{
    std::string accelerator = "deployment.accelerator";
    std::string devices = "deployment.acceleratorsPerReplica";
    std::string totalParams = "deployment.parametersB";
    std::string activeParams = "deployment.activeParametersB";
    std::string inputTokens = "deployment.inputTokens";
    std::string outputTokens = "deployment.outputTokens";
    std::string batch = "deployment.batchSize";
    std::string precision = "levers.quantisation.servingPrecision";
    std::string fleetUtilisation = "deployment.fleetUtilisation";
    std::string pue = "deployment.pue";
    std::string region = "deployment.region";
    std::string intensity = "deployment.intensityGPerKWh";
};

} // namespace greenlight
