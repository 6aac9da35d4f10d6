#include "montecarlo.h"

#include "estimate/estimator.h"
#include "inputrules.h"
#include "sampler.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

namespace {

// Memory ceiling of the sample buffer (doubles). Above it the outputs are summarised in several
// passes that replay the same random sequence, so 10 million samples stay within 128 MB.
constexpr std::size_t kBufferDoubles = std::size_t{16} * 1024 * 1024;

// Size of the subsample that brackets the percentiles (its sort is cheap next to the pass).
constexpr std::size_t kSubsample = 512;

// One varied input with its inverse CDF prepared: the triangular and uniform cases (all the
// catalog's ranges) reduce to one multiply or one square root per draw.
struct Varied
{
    Input input;
    Distribution range;
    double split = 0; // triangular: CDF at the mode
    double left = 0;  // triangular: √((b − a)(c − a))
    double right = 0; // triangular: √((b − a)(b − c))

    Varied() = default;
    Varied(Input i, const Distribution &d) : input(i), range(d)
    {
        const double width = d.high - d.low;
        split = (d.mode - d.low) / width;
        left = std::sqrt(width * (d.mode - d.low));
        right = std::sqrt(width * (d.high - d.mode));
    }

    // Sampler::quantile rearranged (√(u·x) = √x·√u; equal up to rounding), tested in tst_montecarlo.
    double draw(double u) const
    {
        switch (range.kind) {
        case Distribution::Kind::Uniform:
            return range.low + u * (range.high - range.low);
        case Distribution::Kind::Triangular:
            return u < split ? range.low + left * std::sqrt(u) : range.high - right * std::sqrt(1 - u);
        default:
            return InputRules::clamp(input, Sampler::quantile(range, u));
        }
    }
};

// Exact interpolated percentile ("type 7": linear between the order statistics around p·(n − 1))
// of one column. A sorted subsample brackets the order statistics needed; one branch-free pass
// counts the values below the bracket and copies those inside, and only that small set is
// partitioned (the idea of Floyd & Rivest 1975). If the bracket misses (unlikely), the whole
// column is partitioned instead; either way the result is exact.
double percentile(const double *col, std::size_t n, double p, const std::vector<double> &sorted,
                  std::vector<double> &scratch)
{
    const double h = p * static_cast<double>(n - 1);
    const auto k = static_cast<std::size_t>(h);
    const double frac = h - static_cast<double>(k);
    const bool needNext = frac > 0 && k + 1 < n;

    const auto ns = static_cast<double>(sorted.size());
    const double j = p * (ns - 1);
    const double margin = 3 * std::sqrt(ns * p * (1 - p)) + 3;
    const double lo = j - margin < 0 ? -HUGE_VAL : sorted[static_cast<std::size_t>(j - margin)];
    const double hi =
        j + margin > ns - 1 ? HUGE_VAL : sorted[static_cast<std::size_t>(std::ceil(j + margin))];
    std::size_t below = 0;
    std::size_t m = 0;
    double *out = scratch.data();
    for (std::size_t i = 0; i < n; ++i) {
        const double x = col[i];
        below += x < lo ? 1 : 0;
        out[m] = x;
        m += (x >= lo && x <= hi) ? 1 : 0;
    }
    std::size_t first = 0;
    std::size_t last = m;
    std::size_t kk = k - below;
    if (below > k || kk + (needNext ? 1 : 0) >= m) { // bracket missed: select in the whole column
        std::copy(col, col + n, out);
        last = n;
        kk = k;
    }
    std::nth_element(out + first, out + kk, out + last);
    const double a = out[kk];
    if (!needNext)
        return a;
    const double b = *std::min_element(out + kk + 1, out + last);
    return a + frac * (b - a);
}

} // namespace

MonteCarlo::MonteCarlo(MonteCarloOptions options) : m_options(options)
{
    m_options.samples =
        std::clamp(m_options.samples, MonteCarloOptions::kMinSamples, MonteCarloOptions::kMaxSamples);
}

UncertaintyResult MonteCarlo::run(const ResolvedScenario &s)
{
    UncertaintyResult result;
    const std::size_t n = m_options.samples;
    result.samples = n;
    result.seed = m_options.seed;

    std::array<Varied, kInputCount> varied{};
    std::size_t variedCount = 0;
    for (std::size_t i = 0; i < kInputCount; ++i) {
        const Distribution &d = s.ranges[i];
        if (s.provenance[i].used && !d.isFixed() && d.low < d.high)
            varied[variedCount++] = Varied(static_cast<Input>(i), d);
    }
    result.variedInputs = variedCount;

    const Estimate central = Estimator::compute(s);
    if (variedCount == 0) {
        for (std::size_t o = 0; o < kOutputCount; ++o)
            result.outputs[o] = {central.values[o], central.values[o], central.values[o], central.values[o]};
        return result;
    }

    const std::size_t perPass = std::clamp<std::size_t>(kBufferDoubles / n, 1, kOutputCount);
    m_buffer.resize(perPass * n);
    m_scratch.resize(n);
    m_sorted.reserve(kSubsample + 1);
    Sampler sampler(m_options.seed);
    InputValues values = s.values;
    for (std::size_t first = 0; first < kOutputCount; first += perPass) {
        const std::size_t count = std::min(perPass, kOutputCount - first);
        sampler.reseed(m_options.seed); // every pass replays the same samples
        std::array<double, kOutputCount> sums{};
        std::array<std::size_t, kOutputCount> alias{};
        std::array<double, kOutputCount> scale{};
        for (std::size_t k = 0; k < n; ++k) {
            for (std::size_t v = 0; v < variedCount; ++v) {
                const std::size_t i = index(varied[v].input);
                values[i] = varied[v].draw(sampler.uniform01());
            }
            const Estimate e = Estimator::compute(s, values);
            for (std::size_t o = 0; o < count; ++o) {
                const double x = e.values[first + o];
                m_buffer[o * n + k] = x;
                sums[o] += x;
            }
        }
        for (std::size_t o = 0; o < count; ++o) {
            double *col = m_buffer.data() + o * n;
            OutputRange &r = result.outputs[first + o];
            r.mean = sums[o] / static_cast<double>(n);
            // Outputs are often an earlier one times a constant, sample for sample (IT energy =
            // dynamic energy × (1 + idle share), rental cost = hours × price): scale its percentiles
            // instead of selecting again. The check stops at the first sample that disagrees.
            std::size_t same = o;
            for (std::size_t q = 0; q < o && same == o; ++q) {
                const double *ref = m_buffer.data() + q * n;
                if (alias[q] != q || ref[0] == 0)
                    continue;
                const double c = col[0] / ref[0];
                std::size_t k = 1;
                while (k < n && std::abs(col[k] - c * ref[k]) <= 1e-12 * std::abs(col[k]))
                    ++k;
                if (k == n) {
                    same = q;
                    scale[o] = c;
                }
            }
            alias[o] = same;
        }
        for (std::size_t o = 0; o < count; ++o) {
            if (alias[o] != o)
                continue;
            double *col = m_buffer.data() + o * n;
            OutputRange &r = result.outputs[first + o];
            if (!std::isfinite(r.mean)) { // a NaN would break the ordering: report the central value
                r = {central.values[first + o], central.values[first + o], central.values[first + o],
                     central.values[first + o]};
                continue;
            }
            const auto [mn, mx] = std::minmax_element(col, col + n);
            if (*mn == *mx) { // the output does not depend on any varied input
                r.p5 = r.p50 = r.p95 = *mn;
                continue;
            }
            const std::size_t stride = std::max<std::size_t>(1, n / kSubsample);
            m_sorted.clear();
            for (std::size_t k = 0; k < n; k += stride) // samples are i.i.d.: any stride is a fair subsample
                m_sorted.push_back(col[k]);
            std::sort(m_sorted.begin(), m_sorted.end());
            r.p5 = percentile(col, n, 0.05, m_sorted, m_scratch);
            r.p50 = percentile(col, n, 0.50, m_sorted, m_scratch);
            r.p95 = percentile(col, n, 0.95, m_sorted, m_scratch);
        }
        for (std::size_t o = 0; o < count; ++o) {
            if (alias[o] == o)
                continue;
            const OutputRange &ref = result.outputs[first + alias[o]];
            OutputRange &r = result.outputs[first + o];
            const double c = scale[o];
            r.p50 = c * ref.p50;
            r.p5 = c * (c >= 0 ? ref.p5 : ref.p95);
            r.p95 = c * (c >= 0 ? ref.p95 : ref.p5);
        }
    }
    return result;
}

} // namespace greenlight
