#include "inferencevalidation.h"

#include "catalog/catalog.h"
#include "importers/csvreader.h"
#include "io/jsonreader.h"
#include "servingmodel.h"
#include "servingsetup.h"
#include "uncertainty/uncertaintyjson.h"
#include "util/numberformat.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace greenlight {

namespace {

struct CsvRow
{
    std::string model;
    double totalB = 0;
    double activeB = 0;
    double value = 0;
    std::string unit;
    std::string boundary;
    std::string source;
    std::string notes;
};

// "median ITL 7.3 ms" and "avg GPU power 486 W (all GPUs)" in the notes.
std::optional<double> numberAfter(const std::string &text, const std::string &label)
{
    const auto at = text.find(label);
    if (at == std::string::npos)
        return std::nullopt;
    const char *start = text.c_str() + at + label.size();
    char *end = nullptr;
    const double v = std::strtod(start, &end);
    return end != start && std::isfinite(v) && v > 0 ? std::optional<double>(v) : std::nullopt;
}

std::map<std::string, CsvRow> readCsv(std::string_view text, Issues &issues)
{
    std::map<std::string, CsvRow> rows;
    const auto records = CsvReader::parse(text);
    if (records.empty()) {
        issues.push_back({Issue::Severity::Error, "inference csv", "no header"});
        return rows;
    }
    const auto &header = records.front().fields;
    auto column = [&](const char *name) -> std::ptrdiff_t {
        const auto it = std::find(header.begin(), header.end(), name);
        return it == header.end() ? -1 : it - header.begin();
    };
    const std::ptrdiff_t cols[] = {
        column("id"),           column("model"),       column("params_total_B"), column("params_active_B"),
        column("energy_value"), column("energy_unit"), column("boundary"),       column("source"),
        column("notes")};
    if (std::any_of(std::begin(cols), std::end(cols), [](std::ptrdiff_t c) { return c < 0; })) {
        issues.push_back({Issue::Severity::Error, "inference csv", "a required column is missing"});
        return rows;
    }
    for (std::size_t i = 1; i < records.size(); ++i) {
        const auto &f = records[i].fields;
        auto at = [&](std::size_t k) {
            return static_cast<std::size_t>(cols[k]) < f.size() ? f[cols[k]] : "";
        };
        CsvRow r{at(1),
                 std::atof(at(2).c_str()),
                 std::atof(at(3).c_str()),
                 std::atof(at(4).c_str()),
                 at(5),
                 at(6),
                 at(7),
                 at(8)};
        rows[at(0)] = r;
    }
    return rows;
}

bool parseUnitAndBoundary(const CsvRow &row, InferenceCase &c)
{
    if (row.unit == "J_per_output_token")
        c.unit = MeasurementUnit::JoulesPerOutputToken;
    else if (row.unit == "Wh_per_request" || row.unit == "kWh_per_1000_requests")
        c.unit = MeasurementUnit::WhPerRequest; // kWh per 1,000 requests = Wh per request
    else
        return false;
    if (row.boundary == "gpu_only")
        c.boundary = MeasurementBoundary::GpuOnly;
    else if (row.boundary == "gpu_plus_host")
        c.boundary = MeasurementBoundary::GpuPlusHost;
    else if (row.boundary == "full_stack")
        c.boundary = MeasurementBoundary::FullStack;
    else
        return false;
    // Only J per output token at the accelerators has a range of its own (ServingOutput).
    return c.unit == MeasurementUnit::WhPerRequest || c.boundary == MeasurementBoundary::GpuOnly;
}

// A field given as a number ("batch": 8) or as a range ("batchRange": {…}, an input the source
// does not state): the spec gets the central value, the variation the range.
std::optional<double> numberOrRange(JsonReader &r, const char *key, std::optional<Distribution> &range,
                                    Issues &issues)
{
    const std::string rangeKey = std::string(key) + "Range";
    if (const nlohmann::json *obj = r.object(rangeKey)) {
        JsonReader sub(*obj, r.childPath(rangeKey), issues);
        range = UncertaintyJson::readDistribution(sub, NumberRule::NonNegative);
        return range ? std::optional<double>(UncertaintyJson::central(*range)) : std::nullopt;
    }
    return r.number(key, NumberRule::NonNegative, true);
}

std::optional<InferenceCase> readCase(const nlohmann::json &j, const std::string &path,
                                      const std::map<std::string, CsvRow> &rows, Issues &issues)
{
    JsonReader r(j, path, issues);
    if (!r.isObject())
        return std::nullopt;
    InferenceCase c;
    c.id = r.string("id", true, false).value_or("");
    const auto row = rows.find(c.id);
    if (row == rows.end()) {
        r.error("id", "\"" + c.id + "\" is not a row of the measurement CSV");
        return std::nullopt;
    }
    if (!parseUnitAndBoundary(row->second, c)) {
        r.error("id", "unit \"" + row->second.unit + "\" at boundary \"" + row->second.boundary +
                          "\" is not supported");
        return std::nullopt;
    }
    c.model = row->second.model;
    c.measured = row->second.value;
    c.source = row->second.source;
    const std::string &notes = row->second.notes;
    // ML.ENERGY v3's median inter-token latency is one decode step; v2's mean time per output
    // token also counts the prefills that stall decoding, so it is not used.
    if (auto itl = numberAfter(notes, "median ITL "))
        c.measuredStepS = *itl / 1000.0;
    c.measuredPowerW = numberAfter(notes, "avg GPU power ");
    const std::string set = r.string("set", true, false).value_or("");
    if (set != "fit" && set != "check")
        r.error("set", R"(expected "fit" or "check", got ")" + set + "\"");
    c.fitSet = set == "fit";
    ServingSpec &s = c.spec;
    s.acceleratorId = r.string("accelerator", true, false).value_or("");
    s.devices = static_cast<int>(r.number("devices", NumberRule::PositiveInteger, true).value_or(1));
    s.precision = r.string("precision", true, false).value_or("");
    s.totalParamsB = row->second.totalB;
    s.activeParamsB = row->second.activeB;
    s.batch = numberOrRange(r, "batch", c.variation.batch, issues);
    s.outputTokens = numberOrRange(r, "outputTokens", c.variation.outputTokens, issues).value_or(0);
    s.inputTokens = numberOrRange(r, "inputTokens", c.variation.inputTokens, issues);
    const std::string stack = r.string("stack").value_or("optimised");
    if (stack != "optimised" && stack != "basic")
        r.error("stack", R"(expected "optimised" or "basic", got ")" + stack + "\"");
    s.stack = stack == "basic" ? ServingStack::Basic : ServingStack::Optimised;
    s.fleetUtilisation = 1.0; // steady-state benchmarks: no idle capacity
    s.pue = 1.0;              // the facility is outside every boundary but full_stack
    s.intensityGPerKWh = 0.0;
    c.note = r.string("note").value_or("");
    r.reportUnknownKeys({"id", "set", "accelerator", "devices", "precision", "batch", "batchRange",
                         "outputTokens", "outputTokensRange", "inputTokens", "inputTokensRange", "stack",
                         "note"});
    return c;
}

ServingOutput outputFor(const InferenceCase &c)
{
    if (c.unit == MeasurementUnit::JoulesPerOutputToken)
        return ServingOutput::GpuEnergyPerOutputTokenJ;
    switch (c.boundary) {
    case MeasurementBoundary::GpuOnly:
        return ServingOutput::GpuEnergyPerRequestWh;
    case MeasurementBoundary::GpuPlusHost:
        return ServingOutput::ItEnergyPerRequestWh;
    case MeasurementBoundary::FullStack:
        break;
    }
    return ServingOutput::FacilityEnergyPerRequestWh;
}

// Each case resolved once: the fit re-evaluates the same points with other constants.
struct PreparedCase
{
    const InferenceCase *testCase = nullptr;
    ServingSetupResult setup;
};

std::vector<PreparedCase> prepare(const std::vector<InferenceCase> &cases, const Catalog &catalog,
                                  const ServingConstants &constants, Issues &issues)
{
    std::vector<PreparedCase> out;
    const ServingSetup setup(catalog, constants);
    for (const InferenceCase &c : cases) {
        ServingFieldNames names;
        names.accelerator = c.id + ".accelerator";
        names.devices = c.id + ".devices";
        names.batch = c.id + ".batch";
        Issues caseIssues;
        auto resolved = setup.resolve(c.spec, names, caseIssues);
        for (Issue &i : caseIssues)
            if (i.isError())
                issues.push_back(std::move(i));
        if (resolved)
            out.push_back({&c, *resolved});
    }
    return out;
}

// Squared log errors of energy and, where the source gives them, step time and power.
double squaredErrors(const PreparedCase &p, const ServingConstants &k)
{
    const ServingResult r = ServingModel::evaluate(p.setup.point, k);
    const InferenceCase &c = *p.testCase;
    const double e = std::log(InferenceValidation::predicted(c, r) / c.measured);
    double s = e * e;
    if (c.measuredStepS) {
        const double t = std::log(r.secondsPerOutputToken / *c.measuredStepS);
        s += t * t;
    }
    if (c.measuredPowerW) {
        const double w = std::log(r.replicaPowerW / *c.measuredPowerW);
        s += w * w;
    }
    return s;
}

double logError(const PreparedCase &p, const ServingConstants &k)
{
    const double v = InferenceValidation::predicted(*p.testCase, ServingModel::evaluate(p.setup.point, k));
    return std::log(v / p.testCase->measured);
}

// Energy errors only: what the residual spread and the reported RMS describe.
double sumSquares(const std::vector<PreparedCase> &cases, const ServingConstants &k, bool fitSet)
{
    double s = 0;
    for (const PreparedCase &p : cases)
        if (p.testCase->fitSet == fitSet) {
            const double e = logError(p, k);
            s += e * e;
        }
    return s;
}

// The fit's objective: energy, time and power together.
double objective(const std::vector<PreparedCase> &cases, const ServingConstants &k)
{
    double s = 0;
    for (const PreparedCase &p : cases)
        if (p.testCase->fitSet)
            s += squaredErrors(p, k);
    return s;
}

} // namespace

double InferenceCaseResult::ratio() const
{
    return testCase->measured > 0 ? range.p50 / testCase->measured : 0;
}

bool InferenceCaseResult::withinFactor2() const
{
    const double r = ratio();
    return r >= 0.5 && r <= 2.0;
}

bool InferenceCaseResult::covered() const
{
    return range.p5 <= testCase->measured && testCase->measured <= range.p95;
}

std::optional<std::vector<InferenceCase>>
InferenceValidation::load(std::string_view csvText, std::string_view casesJson, Issues &issues)
{
    const std::size_t before = issues.size();
    const auto rows = readCsv(csvText, issues);
    const auto j = nlohmann::json::parse(casesJson, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("cases") || !j["cases"].is_array()) {
        issues.push_back(
            {Issue::Severity::Error, "inference cases", "expected an object with a \"cases\" array"});
        return std::nullopt;
    }
    std::vector<InferenceCase> cases;
    for (std::size_t i = 0; i < j["cases"].size(); ++i)
        if (auto c = readCase(j["cases"][i], "cases[" + std::to_string(i) + "]", rows, issues))
            cases.push_back(std::move(*c));
    if (hasErrors(Issues(issues.begin() + static_cast<std::ptrdiff_t>(before), issues.end())))
        return std::nullopt;
    return cases;
}

double InferenceValidation::predicted(const InferenceCase &c, const ServingResult &r)
{
    return ServingUncertainty::value(r, outputFor(c));
}

std::vector<InferenceCaseResult> InferenceValidation::run(const std::vector<InferenceCase> &cases,
                                                          const Catalog &catalog,
                                                          const ServingConstants &constants,
                                                          std::size_t samples, std::uint64_t seed,
                                                          Issues &issues)
{
    std::vector<InferenceCaseResult> out;
    for (const PreparedCase &p : prepare(cases, catalog, constants, issues)) {
        InferenceCaseResult r;
        r.testCase = p.testCase;
        const ServingResult central = ServingModel::evaluate(p.setup.point, constants);
        r.central = predicted(*p.testCase, central);
        r.centralStepS = central.secondsPerOutputToken;
        r.centralPowerW = central.replicaPowerW;
        ServingVariation v = p.testCase->variation;
        v.maxBatch = p.setup.maxBatch; // the memory limit ServingSetup found
        r.range = ServingUncertainty::run(p.setup.point, constants, v, samples, seed)[outputFor(*p.testCase)];
        out.push_back(r);
    }
    return out;
}

const std::vector<InferenceValidation::Bound> &InferenceValidation::fittedConstants()
{
    // Bounds are what the literature allows, so the fit cannot wander to unphysical values.
    static const std::vector<Bound> bounds = {
        {ServingConstant::BandwidthEfficiency, 0.4, 0.95},
        {ServingConstant::ComputeEfficiency, 0.1, 0.8},
        {ServingConstant::PrefillEfficiency, 0.2, 0.8},
        {ServingConstant::StepOverheadS, 0.0001, 0.02},
        {ServingConstant::StepOverheadPerRequestS, 0.000001, 0.0001},
        {ServingConstant::BasicStackBandwidthEfficiency, 0.1, 0.95},
        {ServingConstant::BasicStackStepOverheadS, 0.001, 0.2},
        {ServingConstant::BasicStackRequestOverheadS, 0.001, 2.0},
        {ServingConstant::BusyPowerFloor, 0.2, 0.9},
        {ServingConstant::BusyPowerCeiling, 0.5, 1.0},
        {ServingConstant::EightBitHalfBatch, 0.5, 200},
    };
    return bounds;
}

InferenceFit InferenceValidation::fit(const std::vector<InferenceCase> &cases, const Catalog &catalog,
                                      const ServingConstants &start, Issues &issues)
{
    const auto prepared = prepare(cases, catalog, start, issues);
    ServingConstants k = start;
    // Coordinate descent with a golden-section search in logs per constant; the objective is smooth
    // and each constant acts on a different regime (memory-bound, compute-bound, power), so a few
    // rounds converge.
    constexpr double kGolden = 0.6180339887498949;
    for (int round = 0; round < 100; ++round) {
        for (const Bound &b : fittedConstants()) {
            double lo = std::log(b.low);
            double hi = std::log(b.high);
            auto f = [&](double x) {
                k[b.constant] = std::exp(x);
                return objective(prepared, k);
            };
            for (int it = 0; it < 40; ++it) {
                const double x1 = hi - kGolden * (hi - lo);
                const double x2 = lo + kGolden * (hi - lo);
                if (f(x1) < f(x2))
                    hi = x2;
                else
                    lo = x1;
            }
            k[b.constant] = std::exp((lo + hi) / 2);
        }
    }
    InferenceFit out;
    std::size_t nFit = 0;
    std::size_t nCheck = 0;
    std::size_t observations = 0; // energies, step times and powers the fit saw
    for (const PreparedCase &p : prepared) {
        (p.testCase->fitSet ? nFit : nCheck)++;
        if (p.testCase->fitSet)
            observations += 1 + (p.testCase->measuredStepS ? 1 : 0) + (p.testCase->measuredPowerW ? 1 : 0);
    }
    const double sseFit = sumSquares(prepared, k, true);
    // The energy residuals, widened for the constants fitted on all observations.
    const double dof = static_cast<double>(observations) - static_cast<double>(fittedConstants().size());
    out.residualSigma =
        dof > 0 && nFit > 0
            ? std::sqrt(sseFit / static_cast<double>(nFit) * static_cast<double>(observations) / dof)
            : 0;
    out.fitRmsLog = nFit > 0 ? std::sqrt(sseFit / static_cast<double>(nFit)) : 0;
    out.checkRmsLog =
        nCheck > 0 ? std::sqrt(sumSquares(prepared, k, false) / static_cast<double>(nCheck)) : 0;
    for (const Bound &b : fittedConstants())
        out.values.emplace_back(b.constant, k[b.constant]);
    return out;
}

} // namespace greenlight
