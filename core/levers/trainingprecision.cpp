#include "trainingprecision.h"

#include "catalog/accelerator.h"
#include "catalog/catalog.h"
#include "util/numberformat.h"

#include <algorithm>

namespace greenlight {

namespace {

constexpr const char *kField = "levers.quantisation.trainingPrecision";

void error(Issues &issues, std::string message)
{
    issues.push_back({Issue::Severity::Error, kField, std::move(message)});
}

} // namespace

std::optional<TrainingFormatTier> trainingFormatTier(std::string_view precision)
{
    if (precision == "fp8")
        return TrainingFormatTier::Fp8;
    if (precision == "bf16" || precision == "fp16")
        return TrainingFormatTier::Half;
    if (precision == "fp32" || precision == "tf32")
        return TrainingFormatTier::Full;
    return std::nullopt;
}

const char *TrainingPrecision::stepDefaultId(TrainingFormatTier lower)
{
    return lower == TrainingFormatTier::Fp8 ? "fp8TrainingTimeFactor" : "mixedPrecisionTrainingTimeFactor";
}

std::optional<TrainingPrecisionChange> TrainingPrecision::change(const Accelerator &acc,
                                                                 const std::string &from,
                                                                 const std::string &to,
                                                                 const Catalog &catalog, Issues &issues)
{
    const auto toTier = trainingFormatTier(to);
    if (!toTier) {
        error(issues, "\"" + to +
                          "\" is not a training format (fp32, tf32, bf16, fp16, fp8): integer and 4-bit "
                          "formats serve a trained model — set them as servingPrecision");
        return std::nullopt;
    }
    const auto newPeak = acc.peakTflopsFor(to);
    const auto oldPeak = acc.peakTflopsFor(from);
    if (!newPeak) {
        std::string known;
        for (const auto &[p, v] : acc.peakTflops)
            known += trainingFormatTier(p) ? (known.empty() ? "" : ", ") + p : "";
        error(issues, "accelerator \"" + acc.id + "\" cannot train in " + to +
                          ": it has no peak throughput for it (trainable: " + known + ")");
        return std::nullopt;
    }
    const auto fromTier = trainingFormatTier(from);
    if (!oldPeak || !(*oldPeak > 0) || !fromTier) {
        error(issues, "the run's precision \"" + from + "\" has no peak throughput on \"" + acc.id +
                          "\" to compare with");
        return std::nullopt;
    }
    TrainingPrecisionChange c;
    c.peakRatio = *oldPeak / *newPeak;
    // Each tier step multiplies by its measured factor (inverted going up).
    const int a = static_cast<int>(*fromTier);
    const int b = static_cast<int>(*toTier);
    double measured = 1;
    for (int t = std::min(a, b); t < std::max(a, b); ++t) {
        const char *id = stepDefaultId(static_cast<TrainingFormatTier>(t));
        const DefaultValue *d = catalog.defaultValue(id);
        if (d == nullptr || !(d->value > 0)) {
            issues.push_back(
                {Issue::Severity::Error, "catalog", std::string("default \"") + id + "\" is missing"});
            return std::nullopt;
        }
        measured *= b < a ? d->value : 1.0 / d->value;
        c.defaultIds.emplace_back(id);
    }
    // Never faster (or slower) than the peaks allow.
    c.timeFactor = b <= a ? std::max(measured, std::min(1.0, c.peakRatio))
                          : std::min(measured, std::max(1.0, c.peakRatio));
    c.peakBound = c.timeFactor != measured;
    return c;
}

} // namespace greenlight
