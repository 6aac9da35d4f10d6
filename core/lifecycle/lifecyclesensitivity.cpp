#include "lifecyclesensitivity.h"

#include "lifecyclemodel.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

namespace {

bool varies(const ResolvedScenario &r, std::size_t i)
{
    const Distribution &d = r.ranges[i];
    return r.provenance[i].used && !d.isFixed() && d.low < d.high;
}

bool same(const Distribution &a, const Distribution &b)
{
    return a.kind == b.kind && a.low == b.low && a.mode == b.mode && a.high == b.high;
}

} // namespace

SensitivityResult LifecycleSensitivity::analyse(const ScenarioEvaluation &ev, Output output)
{
    SensitivityResult result;
    result.output = output;
    result.central = ev.estimate[output];
    result.lifecycle = true;
    const ResolvedScenario *serving = ev.deployment ? &ev.deployment->servingResolved : nullptr;
    InputValues tv = ev.resolved.values;
    InputValues sv = serving != nullptr ? serving->values : ev.resolved.values;
    LeverValues theta = ev.sampling.centre();
    auto finish = [&](SensitivityEntry &e, double low, double high) {
        e.outputAtLow = low;
        e.outputAtHigh = high;
        e.swing = std::abs(high - low);
        if (!std::isfinite(e.swing))
            e.swing = 0;
        result.entries.push_back(e);
    };
    auto at = [&] {
        return LifecycleModel::compute(ev, tv, sv, theta)[output];
    };
    std::array<bool, kInputCount> shared{};
    for (std::size_t i = 0; i < kInputCount; ++i) {
        if (!varies(ev.resolved, i))
            continue;
        const Distribution &d = ev.resolved.ranges[i];
        shared[i] = serving != nullptr && varies(*serving, i) && same(serving->ranges[i], d);
        SensitivityEntry e;
        e.input = static_cast<Input>(i);
        e.inputLow = d.low;
        e.inputHigh = d.high;
        tv[i] = d.low;
        if (shared[i])
            sv[i] = d.low;
        const double low = at();
        tv[i] = d.high;
        if (shared[i])
            sv[i] = d.high;
        const double high = at();
        tv[i] = ev.resolved.values[i];
        if (shared[i])
            sv[i] = serving->values[i];
        finish(e, low, high);
    }
    for (std::size_t i = 0; serving != nullptr && i < kInputCount; ++i) {
        if (shared[i] || !varies(*serving, i))
            continue;
        const Distribution &d = serving->ranges[i];
        SensitivityEntry e;
        e.input = static_cast<Input>(i);
        e.key = "serving." + std::string(info(e.input).key);
        e.label = std::string(info(e.input).label) + " (serving)";
        e.unit = std::string(info(e.input).unit);
        e.inputLow = d.low;
        e.inputHigh = d.high;
        sv[i] = d.low;
        const double low = at();
        sv[i] = d.high;
        const double high = at();
        sv[i] = serving->values[i];
        finish(e, low, high);
    }
    for (const SampledLeverParameter &p : ev.sampling.parameters) {
        const LeverParameterInfo &pi = LeverParameters::info(p.parameter);
        SensitivityEntry e;
        e.key = std::string(pi.key);
        e.label = std::string(pi.label);
        e.unit = std::string(pi.unit);
        e.inputLow = p.range.low;
        e.inputHigh = p.range.high;
        theta[index(p.parameter)] = p.range.low;
        const double low = at();
        theta[index(p.parameter)] = p.range.high;
        const double high = at();
        theta[index(p.parameter)] = p.central;
        finish(e, low, high);
    }
    std::stable_sort(result.entries.begin(), result.entries.end(),
                     [](const SensitivityEntry &a, const SensitivityEntry &b) { return a.swing > b.swing; });
    return result;
}

} // namespace greenlight
