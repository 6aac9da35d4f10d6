#include "lifecyclesampling.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

namespace {

// Busy serving time per token at θ relative to the centre.
double timeRatio(const std::vector<SampledLeverParameter> &parameters, const LeverValues &theta)
{
    double r = 1;
    for (const SampledLeverParameter &p : parameters) {
        const double v = theta[index(p.parameter)];
        switch (p.parameter) {
        case LeverParameter::PruningInferenceSpeedup:
            r *= v > 0 ? p.central / v : 1;
            break;
        case LeverParameter::ServingTimeFactor:
            r *= p.central > 0 ? v / p.central : 1;
            break;
        case LeverParameter::DequantOverheadFraction:
            r *= (1 + v) / (1 + p.central);
            break;
        default:
            break;
        }
    }
    return r;
}

} // namespace

LeverValues LifecycleSampling::centre() const
{
    LeverValues v{};
    for (const SampledLeverParameter &p : parameters)
        v[index(p.parameter)] = p.central;
    return v;
}

double LifecycleSampling::scale(const LeverValues &theta) const
{
    double s = trainingScale;
    for (const SampledLeverParameter &p : parameters)
        s += trainingSlope[index(p.parameter)] * (theta[index(p.parameter)] - p.central);
    return s;
}

double LifecycleSampling::servingFactor(const LeverValues &theta) const
{
    return servingTimeMatters ? timeRatio(parameters, theta) : 1.0;
}

} // namespace greenlight
