#include "leverengine.h"

#include "trainingprecision.h"

#include "serving/servingprecision.h"

#include "catalog/catalog.h"
#include "estimate/mfuprior.h"
#include "util/numberformat.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

namespace {

void error(Issues &issues, std::string path, std::string message)
{
    issues.push_back({Issue::Severity::Error, std::move(path), std::move(message)});
}

TraceInput scenarioInput(const std::string &key, const std::string &label, double value,
                         const std::string &unit)
{
    return {key, label, value, unit, "scenario", 0, true, {}};
}

} // namespace

LeverEngine::LeverEngine(const Catalog &catalog) : m_catalog(catalog) {}

double LeverEngine::defaultValue(const std::string &id, Issues &issues) const
{
    const DefaultValue *d = m_catalog.defaultValue(id);
    if (d == nullptr) {
        error(issues, "catalog", "default \"" + id + "\" is missing from the catalog");
        return 0;
    }
    return d->value;
}

TraceInput LeverEngine::defaultInput(const std::string &id) const
{
    const DefaultValue *d = m_catalog.defaultValue(id);
    if (d == nullptr)
        return {id, id, 0, "", "missing", 0, false, {}};
    return {d->id, d->name, d->value, d->unit, d->citation.source, d->citation.year, false, {}};
}

double LeverEngine::leverMfu(const Scenario &s, const ResolvedScenario &r, double parametersB,
                             Issues &issues) const
{
    // The run's own MFU (the user's, or the resolved prior the Monte Carlo varies) when the workload
    // is first-principles; otherwise the fitted prior for the lever's model on the same accelerators.
    if (s.mfu)
        return *s.mfu;
    if (r.workloadMode == WorkloadMode::FirstPrinciples)
        return r.value(Input::Mfu);
    const auto prior = MfuPrior::forRun(m_catalog, r.accelerator, parametersB, s.acceleratorCount);
    return prior ? prior->value : defaultValue("mfu", issues); // reports the missing default
}

bool LeverEngine::hasSparseTensorCores(const Accelerator &a)
{
    // Records without a release year (a100-pcie-80gb, a10g) are Ampere parts.
    return a.vendor == "NVIDIA" && a.kind == "gpu" && (a.releaseYear == 0 || a.releaseYear >= 2020);
}

double LeverEngine::bytesPerParameter(const std::string &precision)
{
    if (const ServingPrecision *p = ServingPrecision::find(precision))
        return p->bytesPerParameter; // block scales included
    if (precision == "tf32")
        return 4;
    return 2; // fp16, bf16
}

std::optional<double> LeverEngine::trainingPrecisionFactor(const QuantisationLever &q, const Accelerator &acc,
                                                           const std::string &basePrecision,
                                                           std::vector<LeverStep> &steps,
                                                           Issues &issues) const
{
    const auto c = TrainingPrecision::change(acc, basePrecision, q.trainingPrecision, m_catalog, issues);
    if (!c)
        return std::nullopt;
    if (q.trainingTimeFactor) { // the user's own measurement of this change
        steps.push_back({"quantisation",
                         "training time factor",
                         "ρ = measured by the user",
                         formatNumber(*q.trainingTimeFactor),
                         *q.trainingTimeFactor,
                         "×",
                         {scenarioInput("trainingTimeFactor",
                                        "training time factor " + basePrecision + " → " + q.trainingPrecision,
                                        *q.trainingTimeFactor, "×")}});
        return *q.trainingTimeFactor;
    }
    std::vector<TraceInput> inputs;
    for (const std::string &id : c->defaultIds)
        inputs.push_back(defaultInput(id));
    inputs.push_back({"peakRatio",
                      "peak(" + basePrecision + ") / peak(" + q.trainingPrecision + ")",
                      c->peakRatio,
                      "×",
                      "accelerator catalog: " + acc.id + " peak throughput",
                      0,
                      false,
                      {}});
    steps.push_back({"quantisation", "training time factor",
                     c->defaultIds.empty() ? "ρ = 1 (same tier of formats: no measured difference)"
                     : c->peakBound        ? "ρ = peak ratio (it bounds the measured end-to-end factor)"
                                           : "ρ = measured end-to-end factor, within the peak ratio",
                     basePrecision + " → " + q.trainingPrecision + " = " + formatNumber(c->timeFactor),
                     c->timeFactor, "×", std::move(inputs)});
    return c->timeFactor;
}

std::optional<LeverTrainingResult> LeverEngine::applyTraining(const Scenario &s, const ResolvedScenario &r,
                                                              const Estimate &base, Issues &issues) const
{
    LeverTrainingResult out;
    out.training = base;
    const Levers &l = s.levers;
    const std::size_t before = issues.size();
    const bool changesHours = l.transfer || l.distillation || l.pruning || l.experiments ||
                              (l.quantisation && (!l.quantisation->trainingPrecision.empty() ||
                                                  l.quantisation->method == QuantisationMethod::QuantAware));
    const bool pretrained = l.transfer && l.transfer->policy != PretrainedPolicy::NotAttributed;
    if (!changesHours && !pretrained)
        return out;

    const double h0 = base[Output::AcceleratorHours];
    const double m = r.value(Input::ExperimentMultiplier);
    if (changesHours && !(h0 > 0)) {
        error(
            issues, "levers",
            "the base run's accelerator-hours are unknown (measured energy without hours or duration): give "
            "workload.acceleratorHours or workload.durationHours to apply training levers");
        return std::nullopt;
    }
    const double hRun0 = h0 > 0 ? h0 / m : 0;
    // Per-hour rates of the base run: a lever's hours become kWh, kg and USD at the same rates.
    const double kwhPerH = h0 > 0 ? base[Output::FacilityEnergyKWh] / h0 : 0;
    const double kgPerH = h0 > 0 ? base[Output::Co2eTotalKg] / h0 : 0;
    const double usdPerH = h0 > 0 ? base[Output::CostUsd] / h0 : 0;
    auto effect = [&](const std::string &lever, std::string text, double dh) {
        LeverEffect e;
        e.lever = lever;
        e.training = std::move(text);
        e.acceleratorHoursDelta = dh;
        e.energyKWhDelta = dh * kwhPerH;
        e.co2eKgDelta = dh * kgPerH;
        e.costUsdDelta = dh * usdPerH;
        out.effects.push_back(std::move(e));
    };
    auto step = [&](const std::string &lever, std::string quantity, std::string formula,
                    std::string substituted, double value, std::string unit, std::vector<TraceInput> inputs) {
        out.steps.push_back({lever, std::move(quantity), std::move(formula),
                             std::move(substituted) + " = " + formatNumber(value), value, std::move(unit),
                             std::move(inputs)});
    };

    // FLOPs → accelerator-hours at the training accelerator's peak and MFU (distillation, transfer).
    const Accelerator *acc = r.accelerator;
    double basePeak = 0;
    if (acc != nullptr) {
        const std::string prec = r.precision.empty() ? acc->defaultPrecision : r.precision;
        basePeak = acc->peakTflopsFor(prec).value_or(0);
    }
    const bool needsFlops = l.transfer || l.distillation;
    if (needsFlops && !(basePeak > 0)) {
        error(issues, l.transfer ? "levers.transfer" : "levers.distillation",
              "the training accelerator has no published peak throughput: FLOPs cannot be turned into hours");
        return std::nullopt;
    }
    const double k6 = defaultValue("trainingFlopsPerParamPerToken", issues);
    const double k2 = defaultValue("inferenceFlopsPerParamPerToken", issues);

    double run = hRun0;
    if (l.transfer) {
        const double n = l.transfer->parametersB.value_or(s.parametersB);
        if (!(n > 0)) {
            error(issues, "levers.transfer.parametersB", "required (the workload gives no parametersB)");
            return std::nullopt;
        }
        const double frac = l.transfer->lora ? defaultValue("loraComputeFraction", issues) : 1.0;
        const double flops = k6 * n * 1e9 * l.transfer->tokens * frac;
        const double mfu = leverMfu(s, r, n, issues);
        const double h = flops / (basePeak * 1e12 * mfu * 3600.0);
        std::vector<TraceInput> in = {
            defaultInput("trainingFlopsPerParamPerToken"),
            scenarioInput("parametersB", "fine-tuned parameters", n, "billion"),
            scenarioInput("tokens", "fine-tuning tokens", l.transfer->tokens, "tokens"),
            scenarioInput("peakTflops", "peak throughput", basePeak, "TFLOP/s"),
            scenarioInput("mfu", "model FLOPs utilisation", mfu, "fraction")};
        if (l.transfer->lora)
            in.push_back(defaultInput("loraComputeFraction"));
        step("transfer", "fine-tuning accelerator-hours",
             std::string("h = k · N · D_ft") + (l.transfer->lora ? " · LoRA fraction" : "") +
                 " / (peak · MFU · 3600)",
             formatNumber(k6) + " · " + formatNumber(n) + " G · " + formatPlain(l.transfer->tokens) +
                 (l.transfer->lora ? " · " + formatNumber(frac) : "") + " / (" + formatNumber(basePeak) +
                 " T · " + formatNumber(mfu) + " · 3600)",
             h, "h", std::move(in));
        effect("transfer",
               std::string(l.transfer->lora ? "LoRA" : "full") +
                   " fine-tuning replaces the run: " + formatHours(h) + " instead of " + formatHours(hRun0),
               (h - hRun0) * m);
        run = h;
    }
    if (l.distillation) {
        const DistillationLever &d = *l.distillation;
        const double nt = d.teacherParametersB.value_or(s.parametersB);
        const double tokens = d.tokens.value_or(s.tokens);
        if (!(nt > 0))
            error(issues, "levers.distillation.teacherParametersB",
                  "required (the workload gives no parametersB)");
        if (!(tokens > 0))
            error(issues, "levers.distillation.tokens", "required (the workload gives no tokens)");
        if (issues.size() > before && hasErrors(issues))
            return std::nullopt;
        const double flops = k2 * nt * 1e9 * tokens + k6 * d.studentParametersB * 1e9 * tokens;
        const double mfu = leverMfu(s, r, d.studentParametersB, issues);
        const double h = flops / (basePeak * 1e12 * mfu * 3600.0);
        step("distillation", "distillation accelerator-hours",
             "h = (2 · N_teacher + 6 · N_student) · D / (peak · MFU · 3600)",
             "(" + formatNumber(k2) + " · " + formatNumber(nt) + " G + " + formatNumber(k6) + " · " +
                 formatNumber(d.studentParametersB) + " G) · " + formatPlain(tokens) + " / (" +
                 formatNumber(basePeak) + " T · " + formatNumber(mfu) + " · 3600)",
             h, "h",
             {defaultInput("inferenceFlopsPerParamPerToken"), defaultInput("trainingFlopsPerParamPerToken"),
              scenarioInput("teacherParametersB", "teacher parameters", nt, "billion"),
              scenarioInput("studentParametersB", "student parameters", d.studentParametersB, "billion"),
              scenarioInput("tokens", "distillation tokens", tokens, "tokens"),
              scenarioInput("peakTflops", "peak throughput", basePeak, "TFLOP/s"),
              scenarioInput("mfu", "model FLOPs utilisation", mfu, "fraction")});
        const double newRun = (d.includeTeacherTraining ? run : 0) + h;
        effect("distillation",
               "teacher forward passes + student training: +" + formatHours(h) +
                   (d.includeTeacherTraining ? " (teacher's training kept)"
                                             : " (teacher's training not counted)"),
               (newRun - run) * m);
        run = newRun;
    }
    double precisionFactor = 1;
    if (l.quantisation && !l.quantisation->trainingPrecision.empty() && acc != nullptr) {
        const std::string from = r.precision.empty() ? acc->defaultPrecision : r.precision;
        const auto f = trainingPrecisionFactor(*l.quantisation, *acc, from, out.steps, issues);
        if (!f)
            return std::nullopt;
        precisionFactor = *f;
        effect("quantisation",
               "training in " + l.quantisation->trainingPrecision + ": run × " +
                   formatNumber(precisionFactor, 3) +
                   " (measured end to end; quality on par with BF16 in published runs, not for this model)",
               run * (precisionFactor - 1) * m);
        run *= precisionFactor;
    }
    if (l.experiments && l.experiments->earlyStoppingTokenFraction) {
        const double f = *l.experiments->earlyStoppingTokenFraction;
        effect("experiments", "early stopping at " + formatNumber(f * 100, 3) + " % of the tokens",
               run * (f - 1) * m);
        run *= f;
    }
    const double main = run;
    double total = main * m;
    if (l.pruning) {
        const bool given = l.pruning->retrainOverheadFraction.has_value();
        const double f = given ? *l.pruning->retrainOverheadFraction
                               : defaultValue("pruneRetrainOverheadFraction", issues);
        step("pruning", "prune-and-retrain accelerator-hours", "h = retrain fraction × main run",
             formatNumber(f) + " × " + formatNumber(main) + " h", f * main, "h",
             {given ? scenarioInput("retrainOverheadFraction", "prune-and-retrain overhead", f, "fraction")
                    : defaultInput("pruneRetrainOverheadFraction")});
        effect("pruning",
               pruningStructureName(l.pruning->structure) + " pruning at " +
                   formatNumber(l.pruning->sparsity * 100, 3) + " %: retraining +" + formatNumber(f, 3) +
                   " × the main run",
               f * main);
        total += f * main;
    }
    if (l.quantisation && l.quantisation->method == QuantisationMethod::QuantAware) {
        const bool given = l.quantisation->qatOverheadFraction.has_value();
        const double f =
            given ? *l.quantisation->qatOverheadFraction : defaultValue("qatOverheadFraction", issues);
        step("quantisation", "QAT accelerator-hours", "h = QAT fraction × main run",
             formatNumber(f) + " × " + formatNumber(main) + " h", f * main, "h",
             {given ? scenarioInput("qatOverheadFraction", "QAT overhead", f, "fraction")
                    : defaultInput("qatOverheadFraction")});
        effect("quantisation", "quantisation-aware training: +" + formatNumber(f, 3) + " × the main run",
               f * main);
        total += f * main;
    }
    if (l.experiments && l.experiments->development) {
        if (m > 1)
            issues.push_back(
                {Issue::Severity::Warning, "levers.experiments.development",
                 "the experiments multiplier (" + formatNumber(m) +
                     ") already scales the run for experiments: development may be counted twice"});
        const bool given = l.experiments->developmentFraction.has_value();
        const double f =
            given ? *l.experiments->developmentFraction : defaultValue("developmentRunsFraction", issues);
        step("experiments", "development programme accelerator-hours", "h = development fraction × main run",
             formatNumber(f) + " × " + formatNumber(main) + " h", f * main, "h",
             {given ? scenarioInput("developmentFraction", "development programme", f, "× main run")
                    : defaultInput("developmentRunsFraction")});
        effect("experiments",
               "development programme (ablations, sweeps, failed runs): +" + formatNumber(f, 3) +
                   " × the main run",
               f * main);
        total += f * main;
    }
    if (l.experiments) {
        for (const ExperimentRun &extra : l.experiments->runs) {
            const double h = extra.fraction ? *extra.fraction * main : extra.acceleratorHours.value_or(0);
            effect(
                "experiments",
                "run \"" + extra.name + "\": +" +
                    (extra.fraction ? formatNumber(*extra.fraction, 3) + " × the main run" : formatHours(h)),
                h);
            total += h;
        }
    }
    if (issues.size() > before && hasErrors(issues))
        return std::nullopt;

    if (changesHours) {
        out.scale = total / h0;
        const double r2 = out.scale;
        step("levers", "training accelerator-hours with levers",
             "H = main run × experiments multiplier + overheads (retrain, QAT, runs)",
             formatNumber(main) + " h × " + formatNumber(m) + " + " + formatNumber(total - main * m) + " h",
             total, "h", {});
        for (std::size_t i = 0; i < kOutputCount; ++i) {
            const auto o = static_cast<Output>(i);
            if (o == Output::PowerPerAcceleratorW)
                continue;
            out.training[o] = base[o] * r2;
        }
        // Changing precision changes the time, not the FLOPs.
        out.training[Output::TrainingFlops] /= precisionFactor;
    }
    if (pretrained) {
        const TransferLever &t = *l.transfer;
        const double share = t.policy == PretrainedPolicy::Amortised ? 1.0 / t.downstreamUses : 1.0;
        const double kg = t.pretrainedCo2eKg * share;
        const double kwh = t.pretrainedEnergyKWh * share;
        const double usd = kg / 1000.0 * r.value(Input::CarbonPriceUsdPerT);
        out.training[Output::FacilityEnergyKWh] += kwh;
        out.training[Output::Co2eLocationKg] += kg;
        out.training[Output::Co2eMarketKg] += kg;
        out.training[Output::Co2eTotalKg] += kg;
        out.training[Output::CostCarbonUsd] += usd;
        out.training[Output::CostUsd] += usd;
        step("transfer", "pretrained footprint attributed", "CO2e = pretrained CO2e × share",
             formatNumber(t.pretrainedCo2eKg) + " kg × " + formatNumber(share), kg, "kg CO2e",
             {scenarioInput("pretrainedCo2eKg", "pretrained model CO2e", t.pretrainedCo2eKg, "kg CO2e"),
              scenarioInput("pretrainedEnergyKWh", "pretrained model energy", t.pretrainedEnergyKWh, "kWh")});
        LeverEffect e;
        e.lever = "transfer";
        e.training =
            "pretrained footprint " + pretrainedPolicyName(t.policy) +
            (t.policy == PretrainedPolicy::Amortised ? " over " + std::to_string(t.downstreamUses) + " uses"
                                                     : std::string()) +
            ": +" + formatMassKg(kg) + ", +" + formatEnergyKWh(kwh);
        e.energyKWhDelta = kwh;
        e.co2eKgDelta = kg;
        e.costUsdDelta = usd;
        out.effects.push_back(std::move(e));
    }
    return out;
}

std::optional<ServingProfile> LeverEngine::servingProfile(const Scenario &s, const Accelerator &a,
                                                          std::vector<LeverEffect> *effects,
                                                          std::vector<LeverStep> *steps, Issues &issues) const
{
    ServingProfile p;
    const Levers &l = s.levers;
    const std::size_t before = issues.size();
    double trainedN = s.parametersB;
    if (l.transfer && l.transfer->parametersB) {
        trainedN = *l.transfer->parametersB;
    } else if (s.totalParametersB) { // a trained mixture of experts holds every expert in memory
        trainedN = *s.totalParametersB;
        p.activeParametersB = s.parametersB;
    }
    p.parametersB = trainedN;
    p.measuredParametersB = trainedN;
    if (l.distillation) { // a dense student
        p.activeParametersB.reset();
        p.parametersB = l.distillation->studentParametersB;
        p.measuredParametersB = l.distillation->teacherParametersB.value_or(s.parametersB);
    }
    if (s.deployment && s.deployment->parametersB) {
        p.parametersB = *s.deployment->parametersB;
        p.activeParametersB.reset(); // the deployment describes its own model
    }

    auto note = [&](const std::string &lever, const std::string &text) {
        if (effects != nullptr) {
            LeverEffect e;
            e.lever = lever;
            e.inference = text;
            effects->push_back(std::move(e));
        }
    };
    auto step = [&](const std::string &lever, std::string quantity, std::string formula,
                    std::string substituted, double value, std::vector<TraceInput> inputs) {
        if (steps != nullptr)
            steps->push_back({lever, std::move(quantity), std::move(formula),
                              std::move(substituted) + " = " + formatNumber(value), value, "×",
                              std::move(inputs)});
    };
    if (l.distillation)
        note("distillation",
             "serves the " + formatNumber(p.parametersB) + " B student" +
                 (l.distillation->qualityRetained
                      ? " (quality retained " + formatNumber(*l.distillation->qualityRetained * 100, 3) +
                            " %, user input, not used in the arithmetic)"
                      : std::string()));

    if (l.quantisation && !l.quantisation->servingPrecision.empty()) {
        const QuantisationLever &q = *l.quantisation;
        p.precision = q.servingPrecision;
        p.bytesPerParameter = bytesPerParameter(p.precision);
        // Speed comes from the serving model: fewer bytes per decode step, the 8-bit peak for W8A8
        // formats, and their small-batch penalty (docs/methodology.md, "Serving model").
        double overhead = 0;
        if (q.dequantOverheadFraction) {
            overhead = *q.dequantOverheadFraction;
        } else if (p.precision == "int4" && p.parametersB > 0 &&
                   p.parametersB < defaultValue("int4DequantSmallModelThresholdB", issues)) {
            overhead = defaultValue("int4DequantOverheadSmallModel", issues);
            step("quantisation", "int4 dequantisation overhead", "small model (< threshold): + overhead",
                 formatNumber(p.parametersB) + " B < " +
                     formatNumber(defaultValue("int4DequantSmallModelThresholdB", issues)) + " B",
                 overhead,
                 {defaultInput("int4DequantOverheadSmallModel"),
                  defaultInput("int4DequantSmallModelThresholdB")});
        }
        p.timeOverheadFraction += overhead;
        note("quantisation",
             p.precision + " serving: " + formatNumber(p.bytesPerParameter) +
                 " bytes/parameter read per decode step; speed and energy from the serving model" +
                 (overhead > 0 ? ", dequantisation +" + formatNumber(overhead * 100, 3) + " % time"
                               : std::string()) +
                 "; quality cost: not modelled — check the format's published accuracy for this model");
    }
    if (l.pruning) {
        const PruningLever &pr = *l.pruning;
        double speed = 1;
        double mem = 0;
        std::string basis;
        switch (pr.structure) {
        case PruningStructure::Unstructured:
            speed = defaultValue("pruningUnstructuredInferenceSpeedup", issues);
            basis = "unstructured on dense hardware";
            break;
        case PruningStructure::SemiStructured24:
            if (hasSparseTensorCores(a)) {
                speed = defaultValue("pruning24InferenceSpeedup", issues);
                basis = "2:4 on sparse tensor cores, measured end to end";
            } else {
                basis = "2:4 without sparse tensor cores on " + a.name;
            }
            // Two of four values kept, each with a 2-bit index: (2 · 16 + 2 · 2) / (4 · 16) of 16-bit
            // weights.
            mem = 1.0 - 36.0 / 64.0;
            break;
        case PruningStructure::Structured:
            // A smaller dense model: the serving model scales bytes and FLOPs with it.
            p.parametersB *= 1.0 - pr.sparsity;
            basis = "structured: a dense model of " + formatNumber(p.parametersB) + " B";
            break;
        }
        if (pr.inferenceSpeedup) {
            speed = *pr.inferenceSpeedup;
            basis = "speed-up set in the scenario";
        }
        if (pr.memoryReduction)
            mem = *pr.memoryReduction;
        p.speedup *= speed;
        p.memoryReduction = mem;
        step("pruning", "serving speed-up", basis, formatNumber(speed), speed,
             {pr.structure == PruningStructure::Unstructured
                  ? defaultInput("pruningUnstructuredInferenceSpeedup")
                  : defaultInput("pruning24InferenceSpeedup")});
        note("pruning",
             "speed-up × " + formatNumber(speed, 3) + " (" + basis + "), weight memory −" +
                 formatNumber(mem * 100, 3) + " %; quality cost: " +
                 (pr.structure == PruningStructure::SemiStructured24
                      ? "one-shot 2:4 doubles perplexity (Llama-2-7B 5.12 → 10.17, SparseGPT); with "
                        "retraining and distillation 98.4 % of the dense accuracy is recovered "
                        "(Sparse-Llama-3.1-8B)"
                      : "depends on sparsity and retraining; not modelled"));
    }
    if (issues.size() > before && hasErrors(issues))
        return std::nullopt;
    return p;
}

} // namespace greenlight
