#include "lifecycleuncertainty.h"

#include "lifecyclemodel.h"
#include "uncertainty/inputrules.h"
#include "uncertainty/sampler.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace greenlight {

namespace {

OutputRange affine(const OutputRange &r, double scale, double shift)
{
    // scale ≥ 0 (a ratio of accelerator-hours), so the percentiles keep their order.
    return {r.p5 * scale + shift, r.p50 * scale + shift, r.p95 * scale + shift, r.mean * scale + shift};
}

// Memory ceiling of the sample buffer (doubles), MonteCarlo::run's.
constexpr std::size_t kBufferDoubles = std::size_t{16} * 1024 * 1024;

bool varies(const ResolvedScenario &r, std::size_t i)
{
    const Distribution &d = r.ranges[i];
    return r.provenance[i].used && !d.isFixed() && d.low < d.high;
}

bool same(const Distribution &a, const Distribution &b)
{
    return a.kind == b.kind && a.low == b.low && a.mode == b.mode && a.high == b.high;
}

double leverDomain(LeverParameter p, double v)
{
    // Only a lognormal's tails can leave the domain (a utilisation above 1, say).
    switch (LeverParameters::info(p).rule) {
    case NumberRule::OpenFraction:
    case NumberRule::Fraction:
        return std::clamp(v, 0.0, 1.0);
    default:
        return std::max(v, 0.0);
    }
}

// Seed of the k-th extra stream: the seed advanced by k steps of SplitMix64's increment (the
// golden-ratio constant of Steele, Lea & Flood 2014), so streams of nearby seeds do not overlap.
std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t k)
{
    return seed + k * 0x9E3779B97F4A7C15ULL;
}

// Interpolated P5/P50/P95 ("type 7", as MonteCarlo::run) and the mean of one column (reordered).
OutputRange summarise(double *col, std::size_t n, double central)
{
    OutputRange r;
    double total = 0;
    for (std::size_t k = 0; k < n; ++k)
        total += col[k];
    r.mean = total / static_cast<double>(n);
    if (!std::isfinite(r.mean))
        return {central, central, central, central};
    auto at = [&](double p) {
        const double h = p * static_cast<double>(n - 1);
        const auto k = static_cast<std::size_t>(h);
        std::nth_element(col, col + k, col + n);
        const double a = col[k];
        if (k + 1 >= n || h == static_cast<double>(k))
            return a;
        return a + (h - static_cast<double>(k)) * (*std::min_element(col + k + 1, col + n) - a);
    };
    r.p5 = at(0.05);
    r.p50 = at(0.50);
    r.p95 = at(0.95);
    return r;
}

// Training, serving and lever parameters drawn together, sample by sample. An input with the same
// range in both phases (the site's grid and PUE, the accelerator's load) is the same quantity and
// is drawn once; the others independently. Fixed seed: the same draws every run.
void joint(const ScenarioEvaluation &ev, const MonteCarloOptions &options, bool trainingDrawn,
           UncertaintyResult &ranges)
{
    const ResolvedScenario &tr = ev.resolved;
    const ResolvedScenario *sr = ev.deployment ? &ev.deployment->servingResolved : nullptr;
    std::vector<std::size_t> trainingInputs;
    std::vector<std::size_t> servingInputs;
    std::array<bool, kInputCount> shared{};
    for (std::size_t i = 0; i < kInputCount; ++i)
        if (varies(tr, i))
            trainingInputs.push_back(i);
    for (std::size_t i = 0; sr != nullptr && i < kInputCount; ++i) {
        if (!varies(*sr, i))
            continue;
        shared[i] = varies(tr, i) && same(tr.ranges[i], sr->ranges[i]);
        servingInputs.push_back(i);
    }
    std::vector<std::size_t> outputs;
    for (std::size_t o = 0; o < kOutputCount; ++o) {
        const bool lifecycle = o >= index(Output::InferenceEnergyKWh);
        if (lifecycle ? sr != nullptr : trainingDrawn && o != index(Output::PowerPerAcceleratorW))
            outputs.push_back(o);
    }
    const std::size_t n = options.samples;
    // At most kBufferDoubles stored values: more outputs than fit are summarised in further passes
    // that replay the same draws (10 million samples stay within 128 MB, as in MonteCarlo::run).
    const std::size_t perPass =
        std::clamp<std::size_t>(kBufferDoubles / n, 1, std::max<std::size_t>(1, outputs.size()));
    std::vector<double> cols(std::min(outputs.size(), perPass) * n);
    const LeverValues centre = ev.sampling.centre();
    for (std::size_t first = 0; first < outputs.size(); first += perPass) {
        const std::size_t count = std::min(perPass, outputs.size() - first);
        // Three streams: the training inputs replay MonteCarlo::run's draws (same seed, same order),
        // and the serving-only inputs and the lever parameters have their own, so fixing a lever
        // parameter (or adding a serving input) leaves every other draw as it was.
        Sampler sampler(options.seed);
        Sampler servingSampler(streamSeed(options.seed, 1));
        Sampler leverSampler(streamSeed(options.seed, 2));
        InputValues tv = tr.values;
        InputValues sv = sr != nullptr ? sr->values : tr.values;
        LeverValues theta = centre;
        for (std::size_t k = 0; k < n; ++k) {
            for (const std::size_t i : trainingInputs)
                tv[i] = InputRules::clamp(static_cast<Input>(i), sampler.sample(tr.ranges[i]));
            for (const std::size_t i : servingInputs)
                sv[i] = shared[i]
                            ? tv[i]
                            : InputRules::clamp(static_cast<Input>(i), servingSampler.sample(sr->ranges[i]));
            for (const SampledLeverParameter &p : ev.sampling.parameters)
                theta[index(p.parameter)] = leverDomain(p.parameter, leverSampler.sample(p.range));
            const Estimate e = LifecycleModel::compute(ev, tv, sv, theta);
            for (std::size_t c = 0; c < count; ++c)
                cols[c * n + k] = e.values[outputs[first + c]];
        }
        for (std::size_t c = 0; c < count; ++c) {
            const std::size_t o = outputs[first + c];
            ranges.outputs[o] = summarise(cols.data() + c * n, n, ev.estimate.values[o]);
        }
    }
}

} // namespace

void LifecycleUncertainty::apply(const ScenarioEvaluation &ev, MonteCarlo &monteCarlo,
                                 UncertaintyResult &ranges)
{
    // Training: the levers scale the run's accelerator-hours (every output but the power is linear in
    // them) and may add a fixed pretrained footprint: range × scale + the fixed part.
    const double scale = ev.levers.scale;
    for (std::size_t i = 0; i < index(Output::InferenceEnergyKWh); ++i) {
        const auto o = static_cast<Output>(i);
        OutputRange &r = ranges.outputs[i];
        if (o == Output::PowerPerAcceleratorW)
            continue;
        if (o == Output::TrainingFlops) { // a precision change scales FLOPs differently from hours
            const double f = ev.base[o] != 0 ? ev.estimate[o] / ev.base[o] : scale;
            r = affine(r, f, 0);
            continue;
        }
        r = affine(r, scale, ev.estimate[o] - ev.base[o] * scale);
    }
    const LifecycleSampling &ls = ev.sampling;
    const bool trainingDrawn =
        std::any_of(ls.parameters.begin(), ls.parameters.end(), [&](const SampledLeverParameter &p) {
            return ls.trainingSlope[index(p.parameter)] != 0;
        });
    if (!ev.deployment && !trainingDrawn)
        return;
    joint(ev, monteCarlo.options(), trainingDrawn, ranges);
}

} // namespace greenlight
