#pragma once

#include "estimate/resolvedscenario.h"
#include "uncertaintyresult.h"

#include <cstdint>
#include <vector>

namespace greenlight {

struct MonteCarloOptions
{
    // Documented defaults (docs/methodology.md, "Uncertainty"): with 10 000 samples two seeds give
    // P5/P95 that differ by about 1-2 % (tst_montecarlo); 42 is an arbitrary fixed seed so that runs
    // are reproducible unless the user picks another.
    static constexpr std::size_t kDefaultSamples = 10000;
    static constexpr std::uint64_t kDefaultSeed = 42;
    static constexpr std::size_t kMinSamples = 100;
    static constexpr std::size_t kMaxSamples = 10000000;

    std::size_t samples = kDefaultSamples;
    std::uint64_t seed = kDefaultSeed;
};

// Propagates the input ranges of a resolved scenario to every output by Monte Carlo sampling.
// Inputs are drawn independently except where the model couples them (power follows MFU, a market
// figure without a residual mix follows the location intensity; docs/methodology.md, "Uncertainty").
// The buffers are kept between runs, so repeated runs (what-if drags) do not allocate.
class MonteCarlo
{
public:
    explicit MonteCarlo(MonteCarloOptions options = {});

    const MonteCarloOptions &options() const { return m_options; }
    UncertaintyResult run(const ResolvedScenario &scenario);

private:
    MonteCarloOptions m_options;
    std::vector<double> m_buffer;  // one column of samples per output of the current pass
    std::vector<double> m_scratch; // the values inside the percentiles' brackets
    std::vector<double> m_sample;  // subsample that sets the brackets (partly ordered by selection)
    std::vector<double> m_draws;   // one block of drawn inputs, input by input
};

} // namespace greenlight
