// Core speed figures: estimate one scenario (target ≤ 1 µs, I/O excluded) and load + estimate the
// example project.
#include "catalog/catalog.h"
#include "embeddedfiles.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "io/projectfile.h"
#include "lifecycle/breakeven.h"
#include "lifecycle/lifecycleuncertainty.h"
#include "lifecycle/scenarioevaluator.h"
#include "schedule/hourlyprofile.h"
#include "schedule/scheduler.h"
#include "serving/servingmodel.h"
#include "serving/servingsetup.h"
#include "serving/servinguncertainty.h"
#include "uncertainty/montecarlo.h"
#include "uncertainty/sensitivity.h"

#include <benchmark/benchmark.h>

using namespace greenlight;

namespace {

Scenario exampleScenario()
{
    Scenario s;
    s.name = "7B pretrain";
    s.workloadMode = WorkloadMode::FirstPrinciples;
    s.parametersB = 7;
    s.tokens = 1e12;
    s.acceleratorId = "h100-sxm";
    s.acceleratorCount = 512;
    s.regionId = "gcp:us-central1";
    return s;
}

// The hot path of every what-if drag: arithmetic on resolved inputs.
void BM_EstimateResolvedScenario(benchmark::State &state)
{
    Issues issues;
    const auto resolved = Resolver(Catalog::builtIn()).resolve(exampleScenario(), issues);
    for (auto _ : state)
        benchmark::DoNotOptimize(Estimator::compute(*resolved));
}
BENCHMARK(BM_EstimateResolvedScenario);

// Resolution included: catalog look-ups by id and provenance strings.
void BM_ResolveAndEstimateScenario(benchmark::State &state)
{
    const Scenario s = exampleScenario();
    const Resolver resolver(Catalog::builtIn());
    for (auto _ : state) {
        Issues issues;
        const auto resolved = resolver.resolve(s, issues);
        benchmark::DoNotOptimize(Estimator::compute(*resolved));
    }
}
BENCHMARK(BM_ResolveAndEstimateScenario);

void BM_LoadAndEstimateExampleProject(benchmark::State &state)
{
    const Catalog &catalog = Catalog::builtIn();
    const std::string text(embedded::file("examples/plan-7b.greenlight.json"));
    const Resolver resolver(catalog);
    for (auto _ : state) {
        const ProjectLoadResult r = ProjectFile::parse(text, catalog);
        for (const Scenario &s : r.project->scenarios) {
            Issues issues;
            benchmark::DoNotOptimize(Estimator::compute(*resolver.resolve(s, issues)));
        }
    }
}
BENCHMARK(BM_LoadAndEstimateExampleProject)->Unit(benchmark::kMicrosecond);

// Uncertainty of one scenario: 10 000 Monte Carlo samples of every output (target ≤ 2 ms).
void BM_MonteCarlo10k(benchmark::State &state)
{
    Issues issues;
    const auto resolved = Resolver(Catalog::builtIn()).resolve(exampleScenario(), issues);
    MonteCarlo monteCarlo({10000, 42});
    for (auto _ : state)
        benchmark::DoNotOptimize(monteCarlo.run(*resolved));
}
BENCHMARK(BM_MonteCarlo10k)->Unit(benchmark::kMicrosecond);

// Tornado data for one output: two estimates per input with a range.
void BM_Sensitivity(benchmark::State &state)
{
    Issues issues;
    const auto resolved = Resolver(Catalog::builtIn()).resolve(exampleScenario(), issues);
    for (auto _ : state)
        benchmark::DoNotOptimize(Sensitivity::analyse(*resolved, Output::Co2eTotalKg));
}
BENCHMARK(BM_Sensitivity);

// Carbon-aware scheduling: best contiguous start of a 24 h job over one year of hourly data
// (one O(n) sliding-window pass; target ≤ 5 ms).
void BM_BestStartOneYear24h(benchmark::State &state)
{
    const HourlyProfile &p = *HourlyProfile::builtIn("US-CISO");
    for (auto _ : state)
        benchmark::DoNotOptimize(Scheduler::bestStart(p.gPerKWh, 0, p.size(), 24));
}
BENCHMARK(BM_BestStartOneYear24h)->Unit(benchmark::kMicrosecond);

// The pausable plan: the 24 lowest hours of the year (O(n) selection on a copy of the indices).
void BM_PausableOneYear24h(benchmark::State &state)
{
    const HourlyProfile &p = *HourlyProfile::builtIn("US-CISO");
    for (auto _ : state)
        benchmark::DoNotOptimize(Scheduler::lowestHours(p.gPerKWh, 0, p.size(), 24));
}
BENCHMARK(BM_PausableOneYear24h)->Unit(benchmark::kMicrosecond);

// Levers + deployment: two scenarios through resolve, estimate, levers and serving, then break-even
// (what the GUI recomputes when a lifecycle parameter changes).
// The example served 1 million requests a day (1,000 tokens in, 500 out) for two years.
Scenario deployedScenario()
{
    Scenario s = exampleScenario();
    Deployment d;
    d.requestsPerDay = 1e6;
    d.inputTokens = 1000;
    d.outputTokens = 500;
    d.months = 24;
    d.startDate = "2027-01-01";
    s.deployment = d;
    return s;
}

void BM_LifecycleAndBreakEven(benchmark::State &state)
{
    Scenario base = deployedScenario();
    Scenario distilled = base;
    distilled.name = "7B distilled";
    DistillationLever lever;
    lever.studentParametersB = 1.3;
    lever.tokens = 2e10;
    distilled.levers.distillation = lever;
    const ScenarioEvaluator evaluator(Catalog::builtIn());
    for (auto _ : state) {
        Issues issues;
        const auto a = evaluator.evaluate(base, issues);
        const auto b = evaluator.evaluate(distilled, issues);
        benchmark::DoNotOptimize(BreakEven::compute(base.name, *a, distilled.name, *b, issues));
    }
}
BENCHMARK(BM_LifecycleAndBreakEven)->Unit(benchmark::kMicrosecond);

// The lifecycle Monte Carlo of a deploying scenario at 10,000 samples: training inputs, serving
// inputs and the serving model's residual drawn jointly (what every one-off edit in the GUI runs).
void BM_LifecycleMonteCarlo10k(benchmark::State &state)
{
    Issues issues;
    const auto ev = ScenarioEvaluator(Catalog::builtIn()).evaluate(deployedScenario(), issues);
    MonteCarlo mc({10000, 42});
    for (auto _ : state) {
        UncertaintyResult r = mc.run(ev->resolved);
        LifecycleUncertainty::apply(*ev, mc, r);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_LifecycleMonteCarlo10k)->Unit(benchmark::kMicrosecond);

ServingSetupResult servingPoint(const ServingConstants &k)
{
    ServingSpec spec;
    spec.acceleratorId = "h100-sxm";
    spec.totalParamsB = 70;
    spec.outputTokens = 400;
    spec.inputTokens = 1000;
    spec.batch = 32;
    spec.regionId = "US-IA";
    Issues issues;
    return *ServingSetup(Catalog::builtIn(), k).resolve(spec, ServingFieldNames{}, issues);
}

// One serving evaluation on a resolved operating point (target ≤ 5 µs): what the Monte Carlo and
// a batch sweep call per sample.
void BM_ServingEvaluate(benchmark::State &state)
{
    Issues issues;
    const ServingConstants k = ServingConstants::fromCatalog(Catalog::builtIn(), issues);
    ServingPoint p = servingPoint(k).point;
    for (auto _ : state) {
        benchmark::DoNotOptimize(ServingModel::evaluate(p, k));
        p.batch = p.batch < 64 ? p.batch + 1 : 1; // vary the input so nothing is hoisted
    }
}
BENCHMARK(BM_ServingEvaluate)->Unit(benchmark::kNanosecond);

// Resolve the operating point from ids (catalog look-ups, memory fit) and evaluate it.
void BM_ServingResolveAndEvaluate(benchmark::State &state)
{
    Issues issues;
    const ServingConstants k = ServingConstants::fromCatalog(Catalog::builtIn(), issues);
    for (auto _ : state)
        benchmark::DoNotOptimize(ServingModel::evaluate(servingPoint(k).point, k));
}
BENCHMARK(BM_ServingResolveAndEvaluate)->Unit(benchmark::kMicrosecond);

// 10,000-sample serving Monte Carlo (the CLI's and the validation's ranges).
void BM_ServingMonteCarlo10k(benchmark::State &state)
{
    Issues issues;
    const ServingConstants k = ServingConstants::fromCatalog(Catalog::builtIn(), issues);
    const ServingPoint p = servingPoint(k).point;
    for (auto _ : state)
        benchmark::DoNotOptimize(ServingUncertainty::run(p, k, ServingVariation{}, 10000, 42));
}
BENCHMARK(BM_ServingMonteCarlo10k)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
