#include "recommendations.h"

#include "analysis/scenarioanalyser.h"
#include "model/project.h"

#include <algorithm>
#include <set>

namespace greenlight {

namespace {

// The lifecycle footprint: training alone, or training + inference when the scenario deploys.
struct Footprint
{
    double co2eKg = 0;
    double energyKWh = 0;
    double costUsd = 0;
    OutputRange co2eRange;
};

Footprint footprintOf(const ScenarioAnalysis &a)
{
    const ScenarioEvaluation &ev = *a.evaluation;
    const bool life = ev.deployment.has_value();
    const Output co2e = life ? Output::LifecycleCo2eKg : Output::Co2eTotalKg;
    Footprint f;
    f.co2eKg = ev.estimate[co2e];
    f.energyKWh = ev.estimate[life ? Output::LifecycleEnergyKWh : Output::FacilityEnergyKWh];
    f.costUsd = ev.estimate[life ? Output::LifecycleCostUsd : Output::CostUsd];
    f.co2eRange = (*a.ranges)[co2e];
    return f;
}

Recommendation compare(const Footprint &base, const Footprint &option)
{
    Recommendation r;
    r.co2eSavedKg = base.co2eKg - option.co2eKg;
    // Same seed for both: the difference of the percentiles at the same level (exact when the option
    // moves with the baseline, as a lever does; an approximation across sites).
    const double a = base.co2eRange.p5 - option.co2eRange.p5;
    const double b = base.co2eRange.p95 - option.co2eRange.p95;
    r.co2eSavedP5Kg = std::min({a, b, r.co2eSavedKg});
    r.co2eSavedP95Kg = std::max({a, b, r.co2eSavedKg});
    r.energySavedKWh = base.energyKWh - option.energyKWh;
    r.costDeltaUsd = option.costUsd - base.costUsd;
    if (r.co2eSavedKg > 0)
        r.usdPerTonneSaved = r.costDeltaUsd / (r.co2eSavedKg / 1000.0);
    return r;
}

} // namespace

// Published quality costs of the offered levers; for a scenario, what the user stated, else unknown.
std::string leverQualityCost(const std::string &lever)
{
    if (lever == "quantisation")
        return "INT8 W8A8 with outlier smoothing: negligible accuracy loss on models up to 176 B "
               "(SmoothQuant, "
               "Xiao et al. 2023); naive INT8 can lose much more; not measured for this model";
    if (lever == "pruning")
        return "one-shot 2:4 roughly doubles perplexity (Llama-2-7B 5.12 → 10.17, SparseGPT); with "
               "retraining and "
               "distillation 98.4 % of the dense accuracy is recovered (Sparse-Llama-3.1-8B); not measured "
               "for "
               "this model";
    return "unknown";
}

std::string scenarioQualityCost(const Scenario &s)
{
    if (s.levers.distillation && s.levers.distillation->qualityRetained)
        return "distilled student: share of the teacher's quality retained, as stated in the scenario";
    const Levers &l = s.levers;
    const bool trainingFormatOnly = l.quantisation && l.quantisation->servingPrecision.empty() &&
                                    l.quantisation->method == QuantisationMethod::PostTraining &&
                                    !l.distillation && !l.pruning && !l.transfer;
    if (trainingFormatOnly)
        return "training in " + l.quantisation->trainingPrecision +
               ": final loss on par with BF16 in published runs (within 0.25 %, DeepSeek-V3; loss spikes "
               "reported by Fujii et al. 2024); not measured for this model";
    if (l.distillation || l.pruning || l.quantisation || l.transfer)
        return "unknown: the scenario changes the model and states no quality figure";
    return "unchanged model";
}

Recommender::Recommender(const Catalog &catalog) : m_catalog(catalog) {}

std::vector<Recommender::LeverOption> Recommender::leverOptions(const Scenario &baseline)
{
    std::vector<LeverOption> out;
    // Only levers whose every parameter has a catalog default (distillation needs a student size,
    // transfer a token count, experiments a budget: those are alternatives to model as scenarios).
    // Both act on serving, so they are offered only when the scenario deploys the model.
    if (!baseline.deployment)
        return out;
    if (!baseline.levers.quantisation) {
        LeverOption o{"quantisation", "Quantise serving to INT8 (post-training)", baseline};
        QuantisationLever q;
        q.servingPrecision = "int8";
        o.scenario.levers.quantisation = q;
        out.push_back(std::move(o));
    }
    if (!baseline.levers.pruning) {
        LeverOption o{"pruning", "Prune 2:4 (semi-structured) and retrain", baseline};
        PruningLever p;
        p.structure = PruningStructure::SemiStructured24;
        p.sparsity = 0.5;
        o.scenario.levers.pruning = p;
        out.push_back(std::move(o));
    }
    return out;
}

std::vector<Recommendation> Recommender::recommend(const Project &project, Issues &issues,
                                                   std::uint64_t seed) const
{
    std::vector<Recommendation> out;
    const Scenario *baseline = nullptr;
    if (!project.baseline.empty())
        baseline = project.findScenario(project.baseline);
    else if (!project.scenarios.empty())
        baseline = &project.scenarios.front();
    if (baseline == nullptr) {
        issues.push_back({Issue::Severity::Error, "baseline", "the project has no baseline scenario"});
        return out;
    }
    // A modest sample count keeps a review of a dozen options well under a second; one seed
    // gives every option the same draws (common random numbers).
    ScenarioAnalyser analyser(m_catalog, MonteCarloOptions{kSamples, seed});
    auto evaluate = [&](const Scenario &s) -> std::optional<Footprint> {
        ScenarioAnalysis a = analyser.analyse(s);
        for (Issue &i : a.issues) {
            i.path = "scenario \"" + s.name + "\"" + (i.path.empty() ? "" : ": " + i.path);
            if (!a.evaluation) // a scenario that cannot be evaluated is left out, with its reason, as a
                               // warning
                i.severity = Issue::Severity::Warning;
            issues.push_back(std::move(i));
        }
        if (!a.evaluation)
            return std::nullopt;
        return footprintOf(a);
    };
    const auto base = evaluate(*baseline);
    if (!base) {
        issues.push_back({Issue::Severity::Error, "baseline",
                          "the baseline scenario \"" + baseline->name + "\" cannot be evaluated"});
        return out;
    }

    for (const LeverOption &lever : leverOptions(*baseline)) {
        const auto f = evaluate(lever.scenario);
        if (!f)
            continue;
        Recommendation r = compare(*base, *f);
        r.kind = Recommendation::Kind::Lever;
        r.id = lever.id;
        r.label = lever.label;
        r.scenario = baseline->name;
        r.qualityCost = leverQualityCost(lever.id);
        out.push_back(std::move(r));
    }

    // Alternatives of the review first, then the other scenarios that are options (reference runs
    // with a published footprint and scenarios left out of the comparison are not).
    std::set<std::string> done = {baseline->name};
    auto addScenario = [&](const Scenario &s) {
        if (!done.insert(s.name).second)
            return;
        const auto f = evaluate(s);
        if (!f)
            return;
        Recommendation r = compare(*base, *f);
        r.kind = Recommendation::Kind::Alternative;
        r.id = s.name;
        r.label = s.name;
        r.scenario = s.name;
        r.qualityCost = scenarioQualityCost(s);
        if (s.levers.distillation)
            r.qualityRetained = s.levers.distillation->qualityRetained;
        out.push_back(std::move(r));
    };
    bool doNothing = false;
    for (const Alternative &a : project.review.alternatives) {
        if (a.kind == AlternativeKind::DoNothing) {
            if (doNothing)
                continue;
            doNothing = true;
            Recommendation r = compare(*base, Footprint{}); // nothing trained, nothing served, nothing spent
            r.kind = Recommendation::Kind::Alternative;
            r.id = alternativeKindName(a.kind);
            r.label = "Do nothing";
            r.qualityCost = "no model";
            out.push_back(std::move(r));
        } else if (const Scenario *s = project.findScenario(a.scenario)) {
            addScenario(*s);
        }
    }
    for (const Scenario &s : project.scenarios)
        if (s.includeInComparison && !s.published)
            addScenario(s);

    std::stable_sort(out.begin(), out.end(), [](const Recommendation &x, const Recommendation &y) {
        return x.co2eSavedKg > y.co2eSavedKg;
    });
    return out;
}

} // namespace greenlight
