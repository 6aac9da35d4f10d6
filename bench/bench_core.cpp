// Core speed figures: estimate one scenario (target ≤ 1 µs, I/O excluded) and load + estimate the
// example project.
#include "catalog/catalog.h"
#include "embeddedfiles.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "io/projectfile.h"

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

} // namespace

BENCHMARK_MAIN();
