#include "lifecycleuncertainty.h"

namespace greenlight {

namespace {

OutputRange affine(const OutputRange &r, double scale, double shift)
{
    // scale ≥ 0 (a ratio of accelerator-hours), so the percentiles keep their order.
    return {r.p5 * scale + shift, r.p50 * scale + shift, r.p95 * scale + shift, r.mean * scale + shift};
}

OutputRange sum(const OutputRange &a, const OutputRange &b)
{
    return {a.p5 + b.p5, a.p50 + b.p50, a.p95 + b.p95, a.mean + b.mean};
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
    if (!ev.deployment)
        return;
    // Inference: the serving phase's own inputs (power, PUE, grid, prices) sampled the same way.
    const DeploymentResult &d = *ev.deployment;
    const UncertaintyResult serving = monteCarlo.run(d.servingResolved);
    auto set = [&](Output target, Output from) {
        ranges.outputs[index(target)] = serving[from];
    };
    set(Output::InferenceEnergyKWh, Output::FacilityEnergyKWh);
    set(Output::InferenceCo2eKg, Output::Co2eTotalKg);
    set(Output::InferenceWaterL, Output::WaterL);
    set(Output::InferenceCostUsd, Output::CostUsd);
    // Lifecycle = training + inference. Adding percentiles treats the two phases as moving together,
    // which they do when they share the site's inputs; otherwise the range is somewhat wide.
    auto total = [&](Output target, Output training, Output inference) {
        ranges.outputs[index(target)] = sum(ranges[training], ranges[inference]);
    };
    total(Output::LifecycleEnergyKWh, Output::FacilityEnergyKWh, Output::InferenceEnergyKWh);
    total(Output::LifecycleCo2eKg, Output::Co2eTotalKg, Output::InferenceCo2eKg);
    total(Output::LifecycleCostUsd, Output::CostUsd, Output::InferenceCostUsd);
    // Per request: the deployment totals over a fixed number of requests.
    const double wh = d.totalRequests > 0 ? 1000.0 / d.totalRequests : 0;
    ranges.outputs[index(Output::EnergyPerRequestWh)] = affine(ranges[Output::InferenceEnergyKWh], wh, 0);
    ranges.outputs[index(Output::Co2ePerRequestG)] = affine(ranges[Output::InferenceCo2eKg], wh, 0);
}

} // namespace greenlight
