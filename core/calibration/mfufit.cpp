#include "mfufit.h"

#include "estimate/mfuprior.h"
#include "uncertainty/sampler.h"
#include "util/numberformat.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>

namespace greenlight {

namespace {

// Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with pivoting.
std::optional<std::vector<double>> solve(std::vector<std::vector<double>> a, std::vector<double> b)
{
    const std::size_t n = b.size();
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t r = col + 1; r < n; ++r)
            if (std::abs(a[r][col]) > std::abs(a[pivot][col]))
                pivot = r;
        if (std::abs(a[pivot][col]) < 1e-12)
            return std::nullopt;
        std::swap(a[col], a[pivot]);
        std::swap(b[col], b[pivot]);
        for (std::size_t r = col + 1; r < n; ++r) {
            const double f = a[r][col] / a[col][col];
            for (std::size_t k = col; k < n; ++k)
                a[r][k] -= f * a[col][k];
            b[r] -= f * b[col];
        }
    }
    std::vector<double> x(n);
    for (std::size_t i = n; i-- > 0;) {
        double sum = b[i];
        for (std::size_t k = i + 1; k < n; ++k)
            sum -= a[i][k] * x[k];
        x[i] = sum / a[i][i];
    }
    return x;
}

std::vector<double> features(const MfuPoint &p, const std::vector<std::string> &groups)
{
    std::vector<double> x;
    x.reserve(groups.size() + 3);
    for (const std::string &g : groups)
        x.push_back(p.group == g ? 1.0 : 0.0);
    x.push_back(p.production ? 1.0 : 0.0);
    x.push_back(std::log(p.parametersB / MfuPrior::kReferenceParametersB));
    x.push_back(std::log(p.count / MfuPrior::kReferenceCount));
    return x;
}

std::string pct(double fraction)
{
    return formatNumber(100 * fraction, 3) + " %";
}

} // namespace

double MfuFitResult::productionMedian(const std::string &group) const
{
    return std::exp(logIntercept.at(group) + productionLogOffset);
}

double MfuFitResult::predict(const MfuPoint &p) const
{
    return std::exp(logIntercept.at(p.group) + (p.production ? productionLogOffset : 0) +
                    sizeExponent * std::log(p.parametersB / MfuPrior::kReferenceParametersB) +
                    countExponent * std::log(p.count / MfuPrior::kReferenceCount));
}

std::optional<std::vector<MfuPoint>> MfuFit::load(std::string_view json, Issues &issues)
{
    const auto j = nlohmann::json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.contains("points") || !j["points"].is_array()) {
        issues.push_back({Issue::Severity::Error, "points", "expected a JSON object with a points array"});
        return std::nullopt;
    }
    std::vector<MfuPoint> points;
    for (const auto &e : j["points"]) {
        MfuPoint p;
        p.id = e.value("id", std::string());
        p.system = e.value("system", std::string());
        p.parametersB = e.value("parametersB", 0.0);
        p.accelerator = e.value("accelerator", std::string());
        p.group = e.value("group", std::string());
        p.count = e.value("count", 0);
        p.mfu = e.value("mfu", 0.0);
        p.production = e.value("production", false);
        p.source = e.value("source", std::string());
        p.status = e.value("status", std::string());
        p.note = e.value("note", std::string());
        if (p.id.empty() || p.group.empty() || !(p.parametersB > 0) || p.count < 1 ||
            !(p.mfu > 0 && p.mfu < 1) || p.source.empty()) {
            issues.push_back({Issue::Severity::Error, "points." + p.id,
                              "needs an id, a group, parametersB > 0, count ≥ 1, 0 < mfu < 1 and a source"});
            return std::nullopt;
        }
        points.push_back(std::move(p));
    }
    return points;
}

std::optional<MfuFitResult> MfuFit::fit(const std::vector<MfuPoint> &points, Issues &issues)
{
    std::vector<std::string> groups;
    for (const MfuPoint &p : points)
        if (std::find(groups.begin(), groups.end(), p.group) == groups.end())
            groups.push_back(p.group);
    std::sort(groups.begin(), groups.end());
    const std::size_t k = groups.size() + 3;
    if (points.size() <= k) {
        issues.push_back({Issue::Severity::Error, "points", "too few points for the model's coefficients"});
        return std::nullopt;
    }
    std::vector<std::vector<double>> xtx(k, std::vector<double>(k, 0));
    std::vector<double> xty(k, 0);
    for (const MfuPoint &p : points) {
        const std::vector<double> x = features(p, groups);
        const double y = std::log(p.mfu);
        for (std::size_t i = 0; i < k; ++i) {
            xty[i] += x[i] * y;
            for (std::size_t m = 0; m < k; ++m)
                xtx[i][m] += x[i] * x[m];
        }
    }
    const auto beta = solve(xtx, xty);
    if (!beta) {
        issues.push_back(
            {Issue::Severity::Error, "points", "the fit is singular (a coefficient has no data)"});
        return std::nullopt;
    }
    MfuFitResult r;
    for (std::size_t g = 0; g < groups.size(); ++g)
        r.logIntercept[groups[g]] = (*beta)[g];
    r.productionLogOffset = (*beta)[groups.size()];
    r.sizeExponent = (*beta)[groups.size() + 1];
    r.countExponent = (*beta)[groups.size() + 2];
    double ssr = 0;
    for (const MfuPoint &p : points) {
        const double e = std::log(p.mfu / r.predict(p));
        r.residuals.push_back(e);
        ssr += e * e;
        ++r.groupPoints[p.group];
    }
    r.points = points.size();
    r.residualSigma = std::sqrt(ssr / static_cast<double>(points.size() - k));
    return r;
}

std::string MfuFit::markdown(const std::vector<MfuPoint> &points, const MfuFitResult &fit)
{
    std::ostringstream out;
    const double spread = std::exp(Sampler::kZ95 * fit.residualSigma);
    out << "# Calibration: the MFU prior\n\n"
        << "Generated by `greenlight-validate mfu-fit --output docs/calibration-mfu.md` from "
           "`tools/calibration/mfu_throughput.json`. Do not edit by hand: `tst_mfufit` fails when this file "
           "or the catalog's `mfuModel.*` records differ from the fit.\n\n"
        << "A planned training run gets its model FLOPs utilisation (MFU) from a least-squares fit of\n\n"
        << "    ln MFU = a(generation) + p · [full production run] + s · ln(N / 10 B) + c · ln(accelerators "
           "/ "
           "256)\n\n"
        << "on " << fit.points
        << " published throughputs. Throughput benchmarks run for minutes; production runs also pay for "
           "restarts, evaluation and stragglers, and p measures that. The prior is the production value with "
           "a lognormal spread of the fit's residual (σ = "
        << formatNumber(fit.residualSigma, 3) << " in ln MFU: P5–P95 = median ÷/× " << formatNumber(spread, 3)
        << "). Accelerators without a fitted generation keep the catalog's generic `mfu` default.\n\n"
        << "**Kept apart from the check.** None of the published runs in `tests/data/validation_public.csv` "
           "and `tools/validation/training_cases.json` (GPT-3, LLaMA-7B, Llama 2 70B, BLOOM, Gopher, T5, "
           "OLMo-7B, DeepSeek-V3) is a fitting point; docs/validation-training.md checks the prior on them. "
           "Several benchmark points use the GPT-3 175B *architecture* on other hardware (A3, A4, A8, H5, "
           "H6, "
           "M2); they are not OpenAI's run and stay in.\n\n"
        << "## Coefficients\n\n"
        << "| coefficient | value | catalog record |\n|---|---|---|\n";
    for (const auto &[group, a] : fit.logIntercept)
        out << "| production MFU of " << group << " at 10 B parameters on 256 accelerators | "
            << pct(std::exp(a + fit.productionLogOffset)) << " (benchmarks: " << pct(std::exp(a)) << "; "
            << fit.groupPoints.at(group) << (fit.groupPoints.at(group) == 1 ? " point" : " points")
            << ") | `mfuModel." << group << "` |\n";
    out << "| production / benchmark | " << formatNumber(std::exp(fit.productionLogOffset), 3)
        << " | (in each group's value) |\n"
        << "| size exponent s | " << formatNumber(fit.sizeExponent, 3)
        << " | `mfuModel.parametersExponent` |\n"
        << "| accelerator-count exponent c | " << formatNumber(fit.countExponent, 3)
        << " | `mfuModel.countExponent` |\n"
        << "| residual σ (ln MFU) | " << formatNumber(fit.residualSigma, 3) << " | each group's P5–P95 |\n\n"
        << "Inputs the fit does not see: precision (fp8 is the training-precision lever, measured end to "
           "end), "
           "sequence length, parallelism layout and network. Outside "
        << pct(MfuPrior::kMinMfu) << "–" << pct(MfuPrior::kMaxMfu) << " the prior is held at the bound.\n\n"
        << "## Fitting points\n\n"
        << "| id | system | accelerator × count | parameters (B) | kind | MFU | fitted | source | status |\n"
        << "|---|---|---|---|---|---|---|---|---|\n";
    for (const MfuPoint &p : points) {
        out << "| " << p.id << " | " << p.system << " | " << p.accelerator << " × " << p.count << " | "
            << formatNumber(p.parametersB, 4) << " | " << (p.production ? "production" : "benchmark") << " | "
            << pct(p.mfu) << " | " << pct(fit.predict(p)) << " | " << p.source
            << (p.note.empty() ? "" : " (" + p.note + ")") << " | " << p.status << " |\n";
    }
    return out.str();
}

} // namespace greenlight
