#pragma once

#include "servingconstants.h"
#include "servingpoint.h"
#include "servingspec.h"
#include "util/issue.h"

#include <optional>
#include <string>

namespace greenlight {

class Catalog;
struct Accelerator;

// A resolved operating point and the facts behind it, for explanations and the CLI.
struct ServingSetupResult
{
    ServingPoint point;
    const Accelerator *accelerator = nullptr;
    std::string precision; // the format actually served
    double requestedBatch = 0;
    bool devicesSized = false;
    double weightGB = 0;
    double kvGBAtBatch = 0;
    double usableMemoryGB = 0;
    double maxBatch = 0;  // the most requests whose KV cache fits beside the weights
    std::string regionId; // the region whose intensity was used ("" with a given intensity)
};

// Checks a ServingSpec against the catalog and fills its defaults: every bad field gives an error
// naming it (batch 0, output tokens < 0, a precision the accelerator cannot serve, a model that
// fits on no replica); nothing is clamped silently.
class ServingSetup
{
public:
    static constexpr int kMaxDevicesPerReplica = 64;

    ServingSetup(const Catalog &catalog, const ServingConstants &constants);

    std::optional<ServingSetupResult> resolve(const ServingSpec &spec, const ServingFieldNames &names,
                                              Issues &issues) const;

private:
    bool resolveModel(const ServingSpec &spec, const ServingFieldNames &names, ServingSetupResult &out,
                      Issues &issues) const;
    bool resolveHardware(const ServingSpec &spec, const ServingFieldNames &names, ServingSetupResult &out,
                         Issues &issues) const;
    bool fitMemory(const ServingSpec &spec, const ServingFieldNames &names, ServingSetupResult &out,
                   Issues &issues) const;
    bool resolveSite(const ServingSpec &spec, const ServingFieldNames &names, ServingSetupResult &out,
                     Issues &issues) const;
    double defaultValue(const char *id) const;

    const Catalog &m_catalog;
    const ServingConstants &m_constants;
};

} // namespace greenlight
