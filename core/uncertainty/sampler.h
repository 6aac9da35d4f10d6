#pragma once

#include "catalog/distribution.h"

#include <cstdint>
#include <random>

namespace greenlight {

// Deterministic draws from the catalog's distributions. The engine is std::mt19937_64, whose
// sequence the C++ standard fixes; the transforms to uniform, triangular and lognormal are our
// own inverse CDFs (std::*_distribution output differs between standard libraries), so the same
// seed gives the same numbers on every platform.
class Sampler
{
public:
    explicit Sampler(std::uint64_t seed);

    void reseed(std::uint64_t seed);
    // Uniform on the open interval (0, 1): 53 random bits, offset by half a step so 0 never occurs.
    double uniform01()
    {
        constexpr double kStep = 1.0 / 9007199254740992.0; // 2^-53
        return (static_cast<double>(m_engine() >> 11) + 0.5) * kStep;
    }
    double sample(const Distribution &d) { return quantile(d, uniform01()); }

    // The inverse CDF of d at p in (0, 1). Lognormal: median = mode, P5 = low, P95 = high; when
    // low and high are not symmetric around the median (in logs), each half gets its own sigma
    // (a two-piece lognormal), so all three published figures are reproduced exactly.
    static double quantile(const Distribution &d, double p);
    // Inverse of the standard normal CDF (Acklam's rational approximation, relative error
    // < 1.2e-9, refined by one Halley step).
    static double normalQuantile(double p);

private:
    std::mt19937_64 m_engine;
};

} // namespace greenlight
