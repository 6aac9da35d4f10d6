#pragma once

#include "lifecycle/scenarioevaluator.h"
#include "scenarioanalysis.h"
#include "uncertainty/montecarlo.h"

namespace greenlight {

class Catalog;
struct Scenario;

// The one place where a scenario goes resolve → estimate → levers → deployment → Monte Carlo →
// lifecycle ranges. The window (one scenario per edit), the project analysis, the review's
// options, the exports and the CLI all call this, so they cannot disagree. Keeps its Monte Carlo
// buffers between calls (a what-if drag does not allocate).
class ScenarioAnalyser
{
public:
    ScenarioAnalyser(const Catalog &catalog, MonteCarloOptions options);

    const MonteCarloOptions &options() const { return m_monteCarlo.options(); }
    void setOptions(MonteCarloOptions options) { m_monteCarlo = MonteCarlo(options); }
    ScenarioAnalysis analyse(const Scenario &scenario);
    // The ranges of an evaluation made elsewhere (same seed and samples as analyse()).
    UncertaintyResult ranges(const ScenarioEvaluation &evaluation);

private:
    ScenarioEvaluator m_evaluator;
    MonteCarlo m_monteCarlo;
};

} // namespace greenlight
