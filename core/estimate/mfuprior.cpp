#include "mfuprior.h"

#include "catalog/catalog.h"
#include "util/numberformat.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

std::optional<MfuPrior> MfuPrior::forRun(const Catalog &catalog, const Accelerator *accelerator,
                                         double parametersB, int count)
{
    const DefaultValue *group = accelerator != nullptr && !accelerator->mfuGroup.empty()
                                    ? catalog.defaultValue("mfuModel." + accelerator->mfuGroup)
                                    : nullptr;
    const DefaultValue *sizeExponent = catalog.defaultValue("mfuModel.parametersExponent");
    const DefaultValue *countExponent = catalog.defaultValue("mfuModel.countExponent");
    if (group == nullptr || sizeExponent == nullptr || countExponent == nullptr || !group->range ||
        !(parametersB > 0) || count < 1) {
        const DefaultValue *generic = catalog.defaultValue("mfu");
        if (generic == nullptr)
            return std::nullopt;
        return MfuPrior{generic->value,
                        generic->range.value_or(Distribution::fixed(generic->value)),
                        generic->citation.source,
                        generic->citation.year,
                        {}};
    }
    const double raw = group->value * std::pow(parametersB / kReferenceParametersB, sizeExponent->value) *
                       std::pow(count / kReferenceCount, countExponent->value);
    const double median = std::clamp(raw, kMinMfu, kMaxMfu);
    // The residual spread is the group's, relative to its median; the upper end stays a fraction.
    const Distribution &r = *group->range;
    const Distribution range{Distribution::Kind::Lognormal, median * r.low / r.mode, median,
                             std::min(median * r.high / r.mode, 0.95)};
    std::string note = "fitted MFU for " + accelerator->mfuGroup + ": " + formatNumber(parametersB) +
                       " B parameters on " + std::to_string(count) + " accelerators";
    if (raw != median)
        note += " (fit gives " + formatNumber(raw) + ", kept within the published runs' " +
                formatNumber(kMinMfu) + "–" + formatNumber(kMaxMfu) + ")";
    return MfuPrior{median, range, group->citation.source, group->citation.year, note};
}

} // namespace greenlight
