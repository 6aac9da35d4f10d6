#include "montecarlo.h"

#include "estimate/estimator.h"
#include "inputrules.h"
#include "sampler.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>

namespace greenlight {

namespace {

// Memory ceiling of the sample buffer (doubles). Above it the outputs are summarised in several
// passes that replay the same random sequence, so 10 million samples stay within 128 MB.
constexpr std::size_t kBufferDoubles = std::size_t{16} * 1024 * 1024;

// Samples whose inputs are drawn at a time (see `next` in MonteCarlo::run).
constexpr std::size_t kBlock = 64;

// Size of the subsample that brackets the percentiles (its sort is cheap next to the pass).
constexpr std::size_t kSubsample = 512;

// a if c else b, by bit masks: compilers turn a ?: on doubles back into a branch.
double pick(bool c, double a, double b)
{
    const std::uint64_t mask = 0 - static_cast<std::uint64_t>(c);
    return std::bit_cast<double>((std::bit_cast<std::uint64_t>(a) & mask) |
                                 (std::bit_cast<std::uint64_t>(b) & ~mask));
}

// One varied input with its inverse CDF prepared: the triangular and uniform cases (all the
// catalog's ranges) reduce to one multiply or one square root per draw.
struct Varied
{
    Input input;
    Distribution range;
    double split = 0; // triangular: CDF at the mode
    double left = 0;  // triangular: √((b − a)(c − a)); lognormal: σ below the median
    double right = 0; // triangular: √((b − a)(b − c)); lognormal: σ above the median

    Varied() = default;
    Varied(Input i, const Distribution &d) : input(i), range(d)
    {
        const double width = d.high - d.low;
        split = (d.mode - d.low) / width;
        left = std::sqrt(width * (d.mode - d.low));
        right = std::sqrt(width * (d.high - d.mode));
        if (d.kind == Distribution::Kind::Lognormal && d.low > 0 && d.mode > 0 && d.high > 0) {
            left = std::log(d.mode / d.low) / Sampler::kZ95;
            right = std::log(d.high / d.mode) / Sampler::kZ95;
        }
    }

    // Sampler::quantile rearranged (√(u·x) = √x·√u; equal up to rounding; lognormal without the Halley
    // refinement, within 1.2e-9), tested in tst_montecarlo.
    double draw(double u) const
    {
        switch (range.kind) {
        case Distribution::Kind::Uniform:
            return range.low + u * (range.high - range.low);
        case Distribution::Kind::Triangular: {
            // Branch-free (the side is a coin toss, so a branch mispredicts half the time);
            // high + (−right)·√(1 − u) is bitwise high − right·√(1 − u).
            const bool lower = u < split;
            return pick(lower, range.low, range.high) +
                   pick(lower, left, -right) * std::sqrt(pick(lower, u, 1 - u));
        }
        case Distribution::Kind::Lognormal:
            if (range.low > 0 && range.mode > 0 && range.high > 0) { // the fitted MFU prior is one
                const double z = Sampler::normalQuantileApprox(u);
                return InputRules::clamp(input, range.mode * std::exp(z * (z < 0 ? left : right)));
            }
            return range.mode; // as Sampler::quantile: not a lognormal, never a NaN
        default:
            return InputRules::clamp(input, Sampler::quantile(range, u));
        }
    }

    // A block of uniforms turned into draws in place. The switch is taken once per block, so the
    // triangular and uniform loops are straight-line code the compiler can vectorise.
    void drawBlock(double *x, std::size_t n) const
    {
        switch (range.kind) {
        case Distribution::Kind::Uniform:
            for (std::size_t i = 0; i < n; ++i)
                x[i] = range.low + x[i] * (range.high - range.low);
            return;
        case Distribution::Kind::Triangular:
            for (std::size_t i = 0; i < n; ++i) {
                const bool lower = x[i] < split;
                x[i] = pick(lower, range.low, range.high) +
                       pick(lower, left, -right) * std::sqrt(pick(lower, x[i], 1 - x[i]));
            }
            return;
        default:
            for (std::size_t i = 0; i < n; ++i)
                x[i] = draw(x[i]);
        }
    }
};

// Exact interpolated P5, P50 and P95 ("type 7": linear between the order statistics around
// p·(n − 1)) of one column. A subsample brackets the order statistics needed; one
// branch-free pass over the column serves all three: it counts the values below each bracket and
// copies those inside any of them, and only each bracket's few values are partitioned (the idea of
// Floyd & Rivest 1975). If a bracket misses (unlikely), the whole column is partitioned instead;
// either way the result is exact.
std::array<double, 3> percentiles(const double *col, std::size_t n, std::vector<double> &sample,
                                  std::vector<double> &scratch)
{
    constexpr std::array<double, 3> kP{0.05, 0.50, 0.95};
    std::array<std::size_t, 3> k{};
    std::array<double, 3> frac{};
    std::array<bool, 3> needNext{};
    // Ranks in the subsample of the brackets' ends (lo, hi per percentile); −1 and ns stand for ∓∞.
    std::array<std::ptrdiff_t, 6> rank{};
    const auto ns = static_cast<double>(sample.size());
    for (std::size_t i = 0; i < 3; ++i) {
        const double h = kP[i] * static_cast<double>(n - 1);
        k[i] = static_cast<std::size_t>(h);
        frac[i] = h - static_cast<double>(k[i]);
        needNext[i] = frac[i] > 0 && k[i] + 1 < n;
        const double j = kP[i] * (ns - 1);
        const double margin = 3 * std::sqrt(ns * kP[i] * (1 - kP[i])) + 3;
        rank[2 * i] = j - margin < 0 ? -1 : static_cast<std::ptrdiff_t>(j - margin);
        rank[2 * i + 1] = j + margin > ns - 1 ? static_cast<std::ptrdiff_t>(ns)
                                              : static_cast<std::ptrdiff_t>(std::ceil(j + margin));
    }
    // Those order statistics by selection, rank after rank upwards (each on what lies above the
    // previous one): cheaper than sorting the subsample.
    std::array<std::ptrdiff_t, 6> ascending = rank;
    std::sort(ascending.begin(), ascending.end());
    std::array<double, 6> at{};
    std::ptrdiff_t from = 0;
    const auto size = static_cast<std::ptrdiff_t>(sample.size());
    for (std::size_t r = 0; r < 6; ++r) {
        const std::ptrdiff_t q = ascending[r];
        if (q >= 0 && q < size && q >= from) {
            std::nth_element(sample.begin() + from, sample.begin() + q, sample.end());
            from = q + 1;
        }
    }
    for (std::size_t r = 0; r < 6; ++r)
        at[r] = rank[r] < 0       ? -HUGE_VAL
                : rank[r] >= size ? HUGE_VAL
                                  : sample[static_cast<std::size_t>(rank[r])];
    const std::array<double, 3> lo{at[0], at[2], at[4]};
    const std::array<double, 3> hi{at[1], at[3], at[5]};
    std::size_t m = 0;
    double *out = scratch.data();
    // Integer flags combined with & and |: && and || compile to branches that mispredict here.
    const auto flag = [](bool b) {
        return static_cast<std::size_t>(b);
    };
    // The three brackets written out (scalars, not an array): the counters then stay in registers,
    // which the compiler does not manage for a loop over b at -O2.
    const double lo0 = lo[0], lo1 = lo[1], lo2 = lo[2];
    const double hi0 = hi[0], hi1 = hi[1], hi2 = hi[2];
    std::size_t below0 = 0, below1 = 0, below2 = 0;
    std::size_t upTo0 = 0, upTo1 = 0, upTo2 = 0; // values ≤ hi: inside = upTo − below
    for (std::size_t i = 0; i < n; ++i) {
        const double x = col[i];
        const std::size_t u0 = flag(x < lo0); // no NaN here: x ≥ lo is !(x < lo)
        const std::size_t u1 = flag(x < lo1);
        const std::size_t u2 = flag(x < lo2);
        const std::size_t h0 = flag(x <= hi0);
        const std::size_t h1 = flag(x <= hi1);
        const std::size_t h2 = flag(x <= hi2);
        below0 += u0;
        below1 += u1;
        below2 += u2;
        upTo0 += h0;
        upTo1 += h1;
        upTo2 += h2;
        out[m] = x;
        m += ((u0 ^ 1) & h0) | ((u1 ^ 1) & h1) | ((u2 ^ 1) & h2);
    }
    const std::array<std::size_t, 3> below{below0, below1, below2};
    const std::array<std::size_t, 3> inside{upTo0 - below0, upTo1 - below1, upTo2 - below2};
    // Split the copied values by bracket (a short pass), then select in each bracket as if it had
    // been copied alone. The brackets go behind the copies, each with one spare slot for the
    // branch-free store after it is full; the scratch's capacity is kept between runs.
    std::array<std::size_t, 3> start{};
    start[0] = n;
    start[1] = start[0] + inside[0] + 1;
    start[2] = start[1] + inside[1] + 1;
    scratch.resize(std::max(scratch.size(), start[2] + inside[2] + 1));
    out = scratch.data();
    std::array<std::size_t, 3> end = start;
    for (std::size_t i = 0; i < m; ++i) {
        const double x = out[i];
        for (std::size_t b = 0; b < 3; ++b) {
            out[end[b]] = x;
            end[b] += flag(x >= lo[b]) & flag(x <= hi[b]);
        }
    }
    std::array<double, 3> result{};
    for (std::size_t b = 0; b < 3; ++b) {
        std::size_t first = start[b];
        std::size_t last = end[b];
        std::size_t kk = first + k[b] - below[b];
        if (below[b] > k[b] || kk + (needNext[b] ? 1 : 0) >= last) { // missed: the whole column
            std::copy(col, col + n, out);
            first = 0;
            last = n;
            kk = k[b];
        }
        std::nth_element(out + first, out + kk, out + last);
        const double a = out[kk];
        result[b] = a;
        if (needNext[b]) {
            const double next = *std::min_element(out + kk + 1, out + last);
            result[b] = a + frac[b] * (next - a);
        }
    }
    return result;
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

    // Estimator::compute leaves the lifecycle outputs at 0 (core/lifecycle fills them): only the
    // training outputs are sampled, the others keep the central value.
    constexpr std::size_t kSampled = kTrainingOutputCount;
    for (std::size_t o = kSampled; o < kOutputCount; ++o)
        result.outputs[o] = {central.values[o], central.values[o], central.values[o], central.values[o]};
    const std::size_t perPass = std::clamp<std::size_t>(kBufferDoubles / n, 1, kSampled);
    m_buffer.resize(perPass * n);
    m_scratch.resize(n);
    m_sample.reserve(kSubsample + 1);
    Sampler sampler(m_options.seed);
    InputValues values = s.values;
    m_draws.resize(kBlock * kInputCount);
    std::array<double, kOutputCount> sums{};
    std::array<std::size_t, kOutputCount> alias{};
    std::array<double, kOutputCount> scale{};
    std::array<bool, kOutputCount> constant{};
    // One pass over the samples for the outputs [first, first + count). Only the first `pilot`
    // samples of every output are buffered: they decide which outputs are a multiple of an earlier
    // one (the alias test below) or constant (e.g. the lifecycle outputs without a deployment), and
    // only the others are buffered for the remaining samples, which verify the decisions. A pilot
    // sample that disagrees also disagrees on the full sample, so if every later check passes the
    // decisions equal those taken on all n samples; if one fails the pass is replayed with
    // pilot = n. Returns false in that case.
    const auto pass = [&](std::size_t first, std::size_t count, std::size_t pilot) {
        sampler.reseed(m_options.seed); // every pass replays the same samples
        sums.fill(0);
        // Draws come in blocks: the uniforms of kBlock samples in stream order (sample by sample,
        // input by input), then one loop per input, so the square roots overlap instead of waiting
        // on each other through the estimator.
        std::size_t j = kBlock;
        const auto next = [&] {
            if (j == kBlock) {
                for (std::size_t b = 0; b < kBlock; ++b)
                    for (std::size_t v = 0; v < variedCount; ++v)
                        m_draws[v * kBlock + b] = sampler.uniform01();
                for (std::size_t v = 0; v < variedCount; ++v)
                    varied[v].drawBlock(m_draws.data() + v * kBlock, kBlock);
                j = 0;
            }
            for (std::size_t v = 0; v < variedCount; ++v)
                values[index(varied[v].input)] = m_draws[v * kBlock + j];
            ++j;
            return Estimator::compute(s, values);
        };
        for (std::size_t k = 0; k < pilot; ++k) {
            const Estimate e = next();
            for (std::size_t o = 0; o < count; ++o) {
                const double x = e.values[first + o];
                m_buffer[o * n + k] = x;
                sums[o] += x;
            }
        }
        // Outputs are often an earlier one times a constant, sample for sample (IT energy =
        // dynamic energy × (1 + idle share), rental cost = hours × price): their percentiles are
        // scaled instead of selected again. The check stops at the first sample that disagrees.
        const auto agrees = [](double x, double c, double ref) {
            return std::abs(x - c * ref) <= 1e-12 * std::abs(x);
        };
        std::array<std::size_t, kOutputCount> stored{}; // buffered for every sample
        std::array<std::size_t, kOutputCount> aliased{};
        std::array<std::size_t, kOutputCount> fixed{}; // constant, not an alias
        std::size_t storedCount = 0;
        std::size_t aliasedCount = 0;
        std::size_t fixedCount = 0;
        for (std::size_t o = 0; o < count; ++o) {
            const double *col = m_buffer.data() + o * n;
            std::size_t same = o;
            for (std::size_t q = 0; q < o && same == o; ++q) {
                const double *ref = m_buffer.data() + q * n;
                if (alias[q] != q || ref[0] == 0)
                    continue;
                const double c = col[0] / ref[0];
                if (c == 0) // a zero column is cheaper to verify as a constant than as an alias
                    break;
                std::size_t k = 1;
                while (k < pilot && agrees(col[k], c, ref[k]))
                    ++k;
                if (k == pilot) {
                    same = q;
                    scale[o] = c;
                }
            }
            alias[o] = same;
            constant[o] = same == o && std::all_of(col, col + pilot, [&](double x) { return x == col[0]; });
            if (same != o)
                aliased[aliasedCount++] = o;
            else if (constant[o])
                fixed[fixedCount++] = o;
            else
                stored[storedCount++] = o;
        }
        bool verified = true;
        for (std::size_t k = pilot; k < n; ++k) {
            const Estimate e = next();
            const double *x = e.values.data() + first;
            for (std::size_t o = 0; o < count; ++o)
                sums[o] += x[o];
            for (std::size_t i = 0; i < storedCount; ++i)
                m_buffer[stored[i] * n + k] = x[stored[i]];
            // Non-short-circuit &: the checks are cheap and a branch per output is not.
            for (std::size_t i = 0; i < aliasedCount; ++i)
                verified &= agrees(x[aliased[i]], scale[aliased[i]], x[alias[aliased[i]]]);
            for (std::size_t i = 0; i < fixedCount; ++i)
                verified &= x[fixed[i]] == m_buffer[fixed[i] * n];
        }
        return verified;
    };

    // The pilot is long enough that a chance agreement is out of the question in practice.
    constexpr std::size_t kPilot = 128;
    for (std::size_t first = 0; first < kSampled; first += perPass) {
        const std::size_t count = std::min(perPass, kSampled - first);
        if (!pass(first, count, std::min(kPilot, n)))
            pass(first, count, n);
        for (std::size_t o = 0; o < count; ++o)
            result.outputs[first + o].mean = sums[o] / static_cast<double>(n);
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
            if (constant[o]) { // the output does not depend on any varied input
                r.p5 = r.p50 = r.p95 = col[0];
                continue;
            }
            const std::size_t stride = std::max<std::size_t>(1, n / kSubsample);
            m_sample.clear();
            for (std::size_t k = 0; k < n; k += stride) // samples are i.i.d.: any stride is a fair subsample
                m_sample.push_back(col[k]);
            const std::array<double, 3> p = percentiles(col, n, m_sample, m_scratch);
            r.p5 = p[0];
            r.p50 = p[1];
            r.p95 = p[2];
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
