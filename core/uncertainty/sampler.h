#pragma once

#include "catalog/distribution.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace greenlight {

// Deterministic draws from the catalog's distributions. The engine is MT19937-64, whose sequence
// the C++ standard fixes: the same generator as std::mt19937_64, written so that the state refill
// vectorises (libstdc++'s took 14 % of a Monte Carlo run). The transforms to uniform, triangular
// and lognormal are our own inverse CDFs (std::*_distribution output differs between standard
// libraries), so the same seed gives the same numbers on every platform.
class Sampler
{
public:
    // Φ⁻¹(0.95): a lognormal range is stated as P5 / P95 = median · exp(∓kZ95 · σ).
    static constexpr double kZ95 = 1.6448536269514722;

    explicit Sampler(std::uint64_t seed);

    void reseed(std::uint64_t seed);
    // Uniform on the open interval (0, 1): 53 random bits, offset by half a step so 0 never occurs.
    double uniform01()
    {
        constexpr double kStep = 1.0 / 9007199254740992.0; // 2^-53
        return (static_cast<double>(next() >> 11) + 0.5) * kStep;
    }
    // The engine's next 64 bits: the same sequence as std::mt19937_64 seeded alike (tst_sampler).
    std::uint64_t next()
    {
        if (m_index == kStateSize)
            refill();
        std::uint64_t x = m_state[m_index++];
        x ^= (x >> 29) & 0x5555555555555555ULL;
        x ^= (x << 17) & 0x71d67fffeda60000ULL;
        x ^= (x << 37) & 0xfff7eee000000000ULL;
        return x ^ (x >> 43);
    }
    double sample(const Distribution &d) { return quantile(d, uniform01()); }

    // The inverse CDF of d at p in (0, 1). Lognormal: median = mode, P5 = low, P95 = high; when
    // low and high are not symmetric around the median (in logs), each half gets its own sigma
    // (a two-piece lognormal), so all three published figures are reproduced exactly.
    static double quantile(const Distribution &d, double p);
    // Inverse of the standard normal CDF (Acklam's rational approximation, relative error
    // < 1.2e-9, refined by one Halley step).
    static double normalQuantile(double p);
    // Acklam's approximation alone: a thousand times finer than any sampled range needs, and the
    // Monte Carlo's lognormal draws skip the refinement's erfc and exp.
    static double normalQuantileApprox(double p);

private:
    static constexpr std::size_t kStateSize = 312;
    void refill();

    std::array<std::uint64_t, kStateSize> m_state{};
    std::size_t m_index = kStateSize;
};

} // namespace greenlight
