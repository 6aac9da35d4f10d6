#include "coretext.h"

#include <QCoreApplication>

#include <unordered_set>

namespace greenlight::ui {

namespace {

// Every English string core hands to the UI for display, marked for lupdate. Keep in step with
// core/estimate/quantities.cpp (labels, units) and core/review/checklist.cpp (questions, hints).
const char *const kCoreStrings[] = {
    // core/review/recommendations.cpp (quality cost of each option): long texts split over lines.
    // NOLINTBEGIN(bugprone-suspicious-missing-comma)
    QT_TRANSLATE_NOOP("CoreText",
                      "INT8 W8A8 with outlier smoothing: negligible accuracy loss on models up to 176 B "
                      "(SmoothQuant, Xiao et al. 2023); naive INT8 can lose much more; not measured for "
                      "this model"),
    QT_TRANSLATE_NOOP("CoreText",
                      "one-shot 2:4 roughly doubles perplexity (Llama-2-7B 5.12 → 10.17, SparseGPT); with "
                      "retraining and distillation 98.4 % of the dense accuracy is recovered "
                      "(Sparse-Llama-3.1-8B); not measured for this model"),
    // NOLINTEND(bugprone-suspicious-missing-comma)
    QT_TRANSLATE_NOOP("CoreText", "unknown"),
    QT_TRANSLATE_NOOP(
        "CoreText", "distilled student: share of the teacher's quality retained, as stated in the scenario"),
    QT_TRANSLATE_NOOP("CoreText", "unknown: the scenario changes the model and states no quality figure"),
    QT_TRANSLATE_NOOP("CoreText", "unchanged model"),
    QT_TRANSLATE_NOOP("CoreText", "no model"),
    // core/estimate/quantities.cpp
    QT_TRANSLATE_NOOP("CoreText", "accelerator-hours (given)"),
    QT_TRANSLATE_NOOP("CoreText", "h"),
    QT_TRANSLATE_NOOP("CoreText", "wall-clock duration"),
    QT_TRANSLATE_NOOP("CoreText", "accelerators"),
    QT_TRANSLATE_NOOP("CoreText", "devices"),
    QT_TRANSLATE_NOOP("CoreText", "parameters (activated)"),
    QT_TRANSLATE_NOOP("CoreText", "billion"),
    QT_TRANSLATE_NOOP("CoreText", "training tokens"),
    QT_TRANSLATE_NOOP("CoreText", "tokens"),
    QT_TRANSLATE_NOOP("CoreText", "model FLOPs utilisation"),
    QT_TRANSLATE_NOOP("CoreText", "fraction"),
    QT_TRANSLATE_NOOP("CoreText", "peak dense throughput"),
    QT_TRANSLATE_NOOP("CoreText", "TFLOP/s"),
    QT_TRANSLATE_NOOP("CoreText", "measured IT energy"),
    QT_TRANSLATE_NOOP("CoreText", "kWh"),
    QT_TRANSLATE_NOOP("CoreText", "experiments multiplier"),
    QT_TRANSLATE_NOOP("CoreText", "×"),
    QT_TRANSLATE_NOOP("CoreText", "measured average power per accelerator (all-in)"),
    QT_TRANSLATE_NOOP("CoreText", "W"),
    QT_TRANSLATE_NOOP("CoreText", "accelerator TDP"),
    QT_TRANSLATE_NOOP("CoreText", "load factor (average power / TDP)"),
    QT_TRANSLATE_NOOP("CoreText", "host overhead (CPU, DRAM, network)"),
    QT_TRANSLATE_NOOP("CoreText", "fraction of accelerator power"),
    QT_TRANSLATE_NOOP("CoreText", "idle energy share"),
    QT_TRANSLATE_NOOP("CoreText", "fraction of dynamic energy"),
    QT_TRANSLATE_NOOP("CoreText", "grid carbon intensity"),
    QT_TRANSLATE_NOOP("CoreText", "g CO2e/kWh"),
    QT_TRANSLATE_NOOP("CoreText", "power usage effectiveness (PUE)"),
    QT_TRANSLATE_NOOP("CoreText", "ratio"),
    QT_TRANSLATE_NOOP("CoreText", "renewable share (contractual)"),
    QT_TRANSLATE_NOOP("CoreText", "residual-mix intensity"),
    QT_TRANSLATE_NOOP("CoreText", "on-site water usage effectiveness (WUE)"),
    QT_TRANSLATE_NOOP("CoreText", "L/kWh"),
    QT_TRANSLATE_NOOP("CoreText", "water intensity of electricity (EWIF)"),
    QT_TRANSLATE_NOOP("CoreText", "embodied carbon per accelerator"),
    QT_TRANSLATE_NOOP("CoreText", "kg CO2e"),
    QT_TRANSLATE_NOOP("CoreText", "service life"),
    QT_TRANSLATE_NOOP("CoreText", "years"),
    QT_TRANSLATE_NOOP("CoreText", "rental price"),
    QT_TRANSLATE_NOOP("CoreText", "USD per accelerator-hour"),
    QT_TRANSLATE_NOOP("CoreText", "electricity price"),
    QT_TRANSLATE_NOOP("CoreText", "USD/kWh"),
    QT_TRANSLATE_NOOP("CoreText", "capital cost per accelerator"),
    QT_TRANSLATE_NOOP("CoreText", "USD"),
    QT_TRANSLATE_NOOP("CoreText", "carbon price"),
    QT_TRANSLATE_NOOP("CoreText", "USD/t CO2e"),
    QT_TRANSLATE_NOOP("CoreText", "training FLOPs per parameter and token"),
    QT_TRANSLATE_NOOP("CoreText", "FLOP"),
    QT_TRANSLATE_NOOP("CoreText", "host power per accelerator (server share)"),
    QT_TRANSLATE_NOOP("CoreText", "accelerator-hours"),
    QT_TRANSLATE_NOOP("CoreText", "wall-clock time of the run"),
    QT_TRANSLATE_NOOP("CoreText", "training compute"),
    QT_TRANSLATE_NOOP("CoreText", "average power per accelerator"),
    QT_TRANSLATE_NOOP("CoreText", "dynamic IT energy"),
    QT_TRANSLATE_NOOP("CoreText", "idle energy"),
    QT_TRANSLATE_NOOP("CoreText", "IT energy"),
    QT_TRANSLATE_NOOP("CoreText", "facility energy"),
    QT_TRANSLATE_NOOP("CoreText", "CO2e, location-based"),
    QT_TRANSLATE_NOOP("CoreText", "CO2e, market-based"),
    QT_TRANSLATE_NOOP("CoreText", "CO2e, embodied (amortised)"),
    QT_TRANSLATE_NOOP("CoreText", "CO2e, total (location-based + embodied)"),
    QT_TRANSLATE_NOOP("CoreText", "water, on-site"),
    QT_TRANSLATE_NOOP("CoreText", "L"),
    QT_TRANSLATE_NOOP("CoreText", "water, off-site (electricity)"),
    QT_TRANSLATE_NOOP("CoreText", "water, total"),
    QT_TRANSLATE_NOOP("CoreText", "cost of compute"),
    QT_TRANSLATE_NOOP("CoreText", "cost, total"),
    QT_TRANSLATE_NOOP("CoreText", "inference energy (facility, whole deployment)"),
    QT_TRANSLATE_NOOP("CoreText", "inference CO2e (location-based + embodied)"),
    QT_TRANSLATE_NOOP("CoreText", "inference water"),
    QT_TRANSLATE_NOOP("CoreText", "inference cost"),
    QT_TRANSLATE_NOOP("CoreText", "lifecycle energy (training + inference)"),
    QT_TRANSLATE_NOOP("CoreText", "lifecycle CO2e (training + inference)"),
    QT_TRANSLATE_NOOP("CoreText", "lifecycle cost (training + inference)"),
    QT_TRANSLATE_NOOP("CoreText", "energy per request (facility)"),
    QT_TRANSLATE_NOOP("CoreText", "Wh"),
    QT_TRANSLATE_NOOP("CoreText", "CO2e per request"),
    QT_TRANSLATE_NOOP("CoreText", "g CO2e"),
    // core/levers (LeverEffect::lever)
    QT_TRANSLATE_NOOP("CoreText", "pruning"),
    QT_TRANSLATE_NOOP("CoreText", "quantisation"),
    QT_TRANSLATE_NOOP("CoreText", "distillation"),
    QT_TRANSLATE_NOOP("CoreText", "transfer"),
    QT_TRANSLATE_NOOP("CoreText", "experiments"),
    // core/review/checklist.cpp
    QT_TRANSLATE_NOOP("CoreText", "Is the incremental gain worth the cost?"),
    // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one sentence, split over two lines
    QT_TRANSLATE_NOOP("CoreText", "Compare the expected benefit with the baseline's lifecycle CO2e and cost, "
                                  "and with the lowest-footprint alternative considered."),
    QT_TRANSLATE_NOOP("CoreText", "Could transfer learning or a smaller model do?"),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The CO2e of the smaller-model, fine-tune and distil alternatives as a share of the baseline."),
    QT_TRANSLATE_NOOP("CoreText", "Are pruning, quantisation or distillation planned for deployment?"),
    QT_TRANSLATE_NOOP("CoreText",
                      "The levers set on the baseline and the inference share of its lifecycle CO2e."),
    QT_TRANSLATE_NOOP("CoreText", "Is the hardware efficient and the region low-carbon?"),
    QT_TRANSLATE_NOOP("CoreText",
                      "The accelerator and its release year, the PUE, and the region's grid intensity "
                      "against the lowest-intensity region of the same provider in the catalog."),
    QT_TRANSLATE_NOOP("CoreText", "Can the run be scheduled at low-carbon hours?"),
    QT_TRANSLATE_NOOP("CoreText", "The CO2e saved by the best start time on the region's hourly intensity "
                                  "profile, against the annual average."),
    QT_TRANSLATE_NOOP("CoreText", "What is the inference footprint over the model's life?"),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Inference CO2e over the deployment period, its share of the lifecycle, and CO2e per request."),
};

} // namespace

QString trCore(const std::string &english)
{
    return QCoreApplication::translate("CoreText", english.c_str());
}

QString trCore(std::string_view english)
{
    return trCore(std::string(english));
}

bool isCoreText(std::string_view english)
{
    static const std::unordered_set<std::string_view> known(std::begin(kCoreStrings), std::end(kCoreStrings));
    return known.count(english) > 0;
}

} // namespace greenlight::ui
