#include "sampler.h"

#include <cmath>
#include <numbers>

namespace greenlight {

Sampler::Sampler(std::uint64_t seed)
{
    reseed(seed);
}

// MT19937-64 (Matsumoto & Nishimura 1998; parameters as std::mt19937_64, [rand.predef]).
void Sampler::reseed(std::uint64_t seed)
{
    m_state[0] = seed;
    for (std::size_t i = 1; i < kStateSize; ++i)
        m_state[i] = 6364136223846793005ULL * (m_state[i - 1] ^ (m_state[i - 1] >> 62)) + i;
    m_index = kStateSize;
}

void Sampler::refill()
{
    constexpr std::size_t kShift = 156;
    constexpr std::uint64_t kUpper = 0xffffffff80000000ULL;
    constexpr std::uint64_t kLower = 0x7fffffffULL;
    constexpr std::uint64_t kMatrix = 0xb5026f5aa96619e9ULL;
    // Masks instead of (y & 1) ? kMatrix : 0, and two loops whose reads never meet their writes:
    // both vectorise.
    const auto twist = [](std::uint64_t a, std::uint64_t b, std::uint64_t far) {
        const std::uint64_t y = (a & kUpper) | (b & kLower);
        return far ^ (y >> 1) ^ ((0 - (y & 1)) & kMatrix);
    };
    std::uint64_t *x = m_state.data();
    for (std::size_t i = 0; i < kStateSize - kShift; ++i)
        x[i] = twist(x[i], x[i + 1], x[i + kShift]);
    for (std::size_t i = kStateSize - kShift; i < kStateSize - 1; ++i)
        x[i] = twist(x[i], x[i + 1], x[i + kShift - kStateSize]);
    x[kStateSize - 1] = twist(x[kStateSize - 1], x[0], x[kShift - 1]);
    m_index = 0;
}

double Sampler::normalQuantileApprox(double p)
{
    // Acklam (2003), coefficients of the published algorithm.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                                   1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01, -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double pLow = 0.02425;
    double x = 0;
    if (p < pLow) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - pLow) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    return x;
}

double Sampler::normalQuantile(double p)
{
    const double x = normalQuantileApprox(p);
    // One Halley step on Φ(x) − p brings the error to machine precision.
    const double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
    const double u = e * std::sqrt(2 * std::numbers::pi) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

double Sampler::quantile(const Distribution &d, double p)
{
    switch (d.kind) {
    case Distribution::Kind::Fixed:
        return d.mode;
    case Distribution::Kind::Uniform:
        return d.low + p * (d.high - d.low);
    case Distribution::Kind::Triangular: {
        const double width = d.high - d.low;
        if (width <= 0)
            return d.mode;
        const double split = (d.mode - d.low) / width; // CDF at the mode
        if (p < split)
            return d.low + std::sqrt(p * width * (d.mode - d.low));
        return d.high - std::sqrt((1 - p) * width * (d.high - d.mode));
    }
    case Distribution::Kind::Lognormal: {
        if (d.low <= 0 || d.mode <= 0 || d.high <= 0)
            return d.mode; // not a lognormal: validation rejects it, never produce NaN
        const double z = normalQuantile(p);
        const double sigma = z < 0 ? std::log(d.mode / d.low) / kZ95 : std::log(d.high / d.mode) / kZ95;
        return d.mode * std::exp(z * sigma);
    }
    }
    return d.mode;
}

} // namespace greenlight
