#include "scenarioanalyser.h"

#include "lifecycle/lifecycleuncertainty.h"

namespace greenlight {

ScenarioAnalyser::ScenarioAnalyser(const Catalog &catalog, MonteCarloOptions options)
    : m_evaluator(catalog), m_monteCarlo(options)
{}

ScenarioAnalysis ScenarioAnalyser::analyse(const Scenario &scenario)
{
    ScenarioAnalysis a;
    a.evaluation = m_evaluator.evaluate(scenario, a.issues);
    if (a.evaluation) {
        a.resolved = a.evaluation->resolved;
        a.estimate = a.evaluation->estimate;
        a.ranges = ranges(*a.evaluation);
    }
    return a;
}

UncertaintyResult ScenarioAnalyser::ranges(const ScenarioEvaluation &evaluation)
{
    // Training inputs first, then the levers and the deployment carried through with the same draws.
    UncertaintyResult r = m_monteCarlo.run(evaluation.resolved);
    LifecycleUncertainty::apply(evaluation, m_monteCarlo, r);
    return r;
}

} // namespace greenlight
