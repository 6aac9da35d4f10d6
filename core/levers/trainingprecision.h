#pragma once

#include "util/issue.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

struct Accelerator;
class Catalog;

// Training formats in steps of the measured speed-ups: 32-bit (fp32, tf32), 16-bit (bf16, fp16)
// and fp8. Integer formats are not trained in (they serve a trained model).
enum class TrainingFormatTier
{
    Fp8 = 0,
    Half = 1,
    Full = 2,
};

std::optional<TrainingFormatTier> trainingFormatTier(std::string_view precision);

// A change of training precision as a factor on accelerator-hours (docs/methodology.md,
// "Training precision"): the measured end-to-end ratio of each tier step from the catalog, never
// beyond the ratio of the accelerator's peaks, which is an upper bound, not a default.
struct TrainingPrecisionChange
{
    double timeFactor = 1;               // accelerator-hours with the new format / with the old one
    double peakRatio = 1;                // peak(old) / peak(new): the bound
    bool peakBound = false;              // the peak ratio limited the measured factor
    std::vector<std::string> defaultIds; // catalog defaults the factor came from
};

class TrainingPrecision
{
public:
    // Errors name levers.quantisation.trainingPrecision.
    static std::optional<TrainingPrecisionChange> change(const Accelerator &accelerator,
                                                         const std::string &from, const std::string &to,
                                                         const Catalog &catalog, Issues &issues);
    // The catalog default of one tier step down (Half → Fp8: "fp8TrainingTimeFactor").
    static const char *stepDefaultId(TrainingFormatTier lower);
};

} // namespace greenlight
