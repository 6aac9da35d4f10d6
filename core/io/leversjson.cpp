#include "leversjson.h"

#include "jsonreader.h"
#include "levers/trainingprecision.h"
#include "util/numberformat.h"

namespace greenlight {

namespace {

const char *const kPrecisions[] = {"fp16", "bf16", "int8", "fp8", "int4"};

bool knownServingPrecision(const std::string &p)
{
    for (const char *k : kPrecisions)
        if (p == k)
            return true;
    return false;
}

template <typename J>
void put(J &obj, const char *key, const std::optional<double> &v)
{
    if (v)
        obj[key] = *v;
}

PruningLever readPruning(JsonReader &r)
{
    PruningLever p;
    if (auto st = r.string("structure", true)) {
        if (auto parsed = parsePruningStructure(*st))
            p.structure = *parsed;
        else
            r.error("structure", "expected one of unstructured, 2:4, structured, got \"" + *st + "\"");
    }
    const auto sparsity =
        r.number("sparsity", NumberRule::Fraction, p.structure != PruningStructure::SemiStructured24);
    if (p.structure == PruningStructure::SemiStructured24) {
        if (sparsity && *sparsity != 0.5)
            r.error("sparsity", "2:4 sparsity is 0.5 by construction, got " + formatNumber(*sparsity));
        p.sparsity = 0.5;
    } else if (sparsity) {
        p.sparsity = *sparsity;
    }
    if (p.structure == PruningStructure::Structured && sparsity && *sparsity >= 1)
        r.error("sparsity", "structured pruning cannot remove every weight: expected a number < 1");
    p.retrainOverheadFraction = r.number("retrainOverheadFraction", NumberRule::NonNegative);
    p.inferenceSpeedup = r.number("inferenceSpeedup", NumberRule::Positive);
    p.memoryReduction = r.number("memoryReduction", NumberRule::Fraction);
    if (p.memoryReduction && *p.memoryReduction >= 1)
        r.error("memoryReduction", "expected a number < 1 (some weights remain)");
    r.reportUnknownKeys(
        {"sparsity", "structure", "retrainOverheadFraction", "inferenceSpeedup", "memoryReduction"});
    return p;
}

QuantisationLever readQuantisation(JsonReader &r)
{
    QuantisationLever q;
    q.trainingPrecision = r.string("trainingPrecision", false, false).value_or("");
    q.servingPrecision = r.string("servingPrecision", false, false).value_or("");
    if (!q.servingPrecision.empty() && !knownServingPrecision(q.servingPrecision))
        r.error("servingPrecision",
                "expected one of fp16, bf16, int8, fp8, int4, got \"" + q.servingPrecision + "\"");
    if (auto m = r.string("method")) {
        if (auto parsed = parseQuantisationMethod(*m))
            q.method = *parsed;
        else
            r.error("method", R"(expected "ptq" or "qat", got ")" + *m + "\"");
    }
    q.qatOverheadFraction = r.number("qatOverheadFraction", NumberRule::NonNegative);
    if (q.qatOverheadFraction && q.method != QuantisationMethod::QuantAware)
        r.error("qatOverheadFraction", R"(only applies with "method": "qat")");
    q.dequantOverheadFraction = r.number("dequantOverheadFraction", NumberRule::NonNegative);
    if (!q.trainingPrecision.empty() && !trainingFormatTier(q.trainingPrecision))
        r.error("trainingPrecision",
                "\"" + q.trainingPrecision +
                    "\" is not a training format (fp32, tf32, bf16, fp16, fp8): integer and "
                    "4-bit formats serve a trained model — set them as servingPrecision");
    q.trainingTimeFactor = r.number("trainingTimeFactor", NumberRule::Positive);
    if (q.trainingTimeFactor && q.trainingPrecision.empty())
        r.error("trainingTimeFactor", "only applies with a trainingPrecision");
    if (q.trainingPrecision.empty() && q.servingPrecision.empty() && r.isObject())
        r.error("servingPrecision", "give a servingPrecision and/or a trainingPrecision");
    r.reportUnknownKeys({"trainingPrecision", "servingPrecision", "method", "qatOverheadFraction",
                         "dequantOverheadFraction", "trainingTimeFactor"});
    return q;
}

DistillationLever readDistillation(JsonReader &r)
{
    DistillationLever d;
    d.teacherParametersB = r.number("teacherParametersB", NumberRule::Positive);
    d.studentParametersB = r.number("studentParametersB", NumberRule::Positive, true).value_or(0);
    d.tokens = r.number("tokens", NumberRule::Positive);
    d.qualityRetained = r.number("qualityRetained", NumberRule::Fraction);
    d.includeTeacherTraining = r.boolean("includeTeacherTraining").value_or(true);
    r.reportUnknownKeys(
        {"teacherParametersB", "studentParametersB", "tokens", "qualityRetained", "includeTeacherTraining"});
    return d;
}

TransferLever readTransfer(JsonReader &r)
{
    TransferLever t;
    if (auto m = r.string("method", true)) {
        if (*m == "full" || *m == "lora")
            t.lora = *m == "lora";
        else
            r.error("method", R"(expected "full" or "lora", got ")" + *m + "\"");
    }
    t.parametersB = r.number("parametersB", NumberRule::Positive);
    t.tokens = r.number("tokens", NumberRule::Positive, true).value_or(0);
    if (auto p = r.string("pretrainedPolicy")) {
        if (auto parsed = parsePretrainedPolicy(*p))
            t.policy = *parsed;
        else
            r.error("pretrainedPolicy",
                    "expected one of notAttributed, amortised, fullyAttributed, got \"" + *p + "\"");
    }
    const bool attributed = t.policy != PretrainedPolicy::NotAttributed;
    const auto kg = r.number("pretrainedCo2eKg", NumberRule::NonNegative);
    const auto kwh = r.number("pretrainedEnergyKWh", NumberRule::NonNegative);
    if (attributed && !kg && !kwh && r.isObject())
        r.error("pretrainedCo2eKg", "required when the pretrained footprint is attributed: give "
                                    "pretrainedCo2eKg and/or pretrainedEnergyKWh");
    t.pretrainedCo2eKg = kg.value_or(0);
    t.pretrainedEnergyKWh = kwh.value_or(0);
    t.downstreamUses = static_cast<int>(
        r.number("downstreamUses", NumberRule::PositiveInteger, t.policy == PretrainedPolicy::Amortised)
            .value_or(1));
    r.reportUnknownKeys({"method", "parametersB", "tokens", "pretrainedPolicy", "pretrainedCo2eKg",
                         "pretrainedEnergyKWh", "downstreamUses"});
    return t;
}

ExperimentBudgetLever readExperiments(JsonReader &r, Issues &issues)
{
    ExperimentBudgetLever e;
    if (const nlohmann::json *runs = r.array("runs")) {
        for (std::size_t i = 0; i < runs->size(); ++i) {
            JsonReader rr((*runs)[i], r.childPath("runs") + "[" + std::to_string(i) + "]", issues);
            ExperimentRun run;
            run.name = rr.string("name", true, false).value_or("");
            run.fraction = rr.number("fraction", NumberRule::NonNegative);
            run.acceleratorHours = rr.number("acceleratorHours", NumberRule::NonNegative);
            if (rr.isObject() && run.fraction.has_value() == run.acceleratorHours.has_value())
                rr.error("fraction", "give exactly one of fraction (of the main run) or acceleratorHours");
            rr.reportUnknownKeys({"name", "fraction", "acceleratorHours"});
            e.runs.push_back(std::move(run));
        }
    }
    e.earlyStoppingTokenFraction = r.number("earlyStoppingTokenFraction", NumberRule::OpenFraction);
    e.development = r.boolean("development").value_or(false);
    e.developmentFraction = r.number("developmentFraction", NumberRule::NonNegative);
    if (e.developmentFraction && !e.development)
        r.error("developmentFraction", R"(only applies with "development": true)");
    r.reportUnknownKeys({"runs", "earlyStoppingTokenFraction", "development", "developmentFraction"});
    return e;
}

} // namespace

Levers LeversJson::read(const nlohmann::json &json, const std::string &path, Issues &issues)
{
    Levers l;
    JsonReader r(json, path, issues);
    if (!r.isObject())
        return l;
    if (const nlohmann::json *o = r.object("pruning")) {
        JsonReader sub(*o, r.childPath("pruning"), issues);
        l.pruning = readPruning(sub);
    }
    if (const nlohmann::json *o = r.object("quantisation")) {
        JsonReader sub(*o, r.childPath("quantisation"), issues);
        l.quantisation = readQuantisation(sub);
    }
    if (const nlohmann::json *o = r.object("distillation")) {
        JsonReader sub(*o, r.childPath("distillation"), issues);
        l.distillation = readDistillation(sub);
    }
    if (const nlohmann::json *o = r.object("transfer")) {
        JsonReader sub(*o, r.childPath("transfer"), issues);
        l.transfer = readTransfer(sub);
    }
    if (const nlohmann::json *o = r.object("experiments")) {
        JsonReader sub(*o, r.childPath("experiments"), issues);
        l.experiments = readExperiments(sub, issues);
    }
    if (l.distillation && l.transfer)
        r.error("transfer", "distillation and transfer both replace the trained model: use one per scenario");
    r.reportUnknownKeys({"pruning", "quantisation", "distillation", "transfer", "experiments"});
    return l;
}

nlohmann::ordered_json LeversJson::write(const Levers &l)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    if (l.pruning) {
        nlohmann::ordered_json p;
        p["structure"] = pruningStructureName(l.pruning->structure);
        p["sparsity"] = l.pruning->sparsity;
        put(p, "retrainOverheadFraction", l.pruning->retrainOverheadFraction);
        put(p, "inferenceSpeedup", l.pruning->inferenceSpeedup);
        put(p, "memoryReduction", l.pruning->memoryReduction);
        j["pruning"] = p;
    }
    if (l.quantisation) {
        nlohmann::ordered_json q = nlohmann::ordered_json::object();
        if (!l.quantisation->trainingPrecision.empty())
            q["trainingPrecision"] = l.quantisation->trainingPrecision;
        if (!l.quantisation->servingPrecision.empty())
            q["servingPrecision"] = l.quantisation->servingPrecision;
        q["method"] = quantisationMethodName(l.quantisation->method);
        put(q, "qatOverheadFraction", l.quantisation->qatOverheadFraction);
        put(q, "dequantOverheadFraction", l.quantisation->dequantOverheadFraction);
        put(q, "trainingTimeFactor", l.quantisation->trainingTimeFactor);
        j["quantisation"] = q;
    }
    if (l.distillation) {
        nlohmann::ordered_json d = nlohmann::ordered_json::object();
        put(d, "teacherParametersB", l.distillation->teacherParametersB);
        d["studentParametersB"] = l.distillation->studentParametersB;
        put(d, "tokens", l.distillation->tokens);
        put(d, "qualityRetained", l.distillation->qualityRetained);
        if (!l.distillation->includeTeacherTraining)
            d["includeTeacherTraining"] = false;
        j["distillation"] = d;
    }
    if (l.transfer) {
        nlohmann::ordered_json t;
        t["method"] = l.transfer->lora ? "lora" : "full";
        put(t, "parametersB", l.transfer->parametersB);
        t["tokens"] = l.transfer->tokens;
        t["pretrainedPolicy"] = pretrainedPolicyName(l.transfer->policy);
        if (l.transfer->policy != PretrainedPolicy::NotAttributed) {
            t["pretrainedCo2eKg"] = l.transfer->pretrainedCo2eKg;
            t["pretrainedEnergyKWh"] = l.transfer->pretrainedEnergyKWh;
        }
        if (l.transfer->policy == PretrainedPolicy::Amortised)
            t["downstreamUses"] = l.transfer->downstreamUses;
        j["transfer"] = t;
    }
    if (l.experiments) {
        nlohmann::ordered_json e = nlohmann::ordered_json::object();
        if (!l.experiments->runs.empty()) {
            nlohmann::ordered_json runs = nlohmann::ordered_json::array();
            for (const ExperimentRun &run : l.experiments->runs) {
                nlohmann::ordered_json rj;
                rj["name"] = run.name;
                put(rj, "fraction", run.fraction);
                put(rj, "acceleratorHours", run.acceleratorHours);
                runs.push_back(rj);
            }
            e["runs"] = runs;
        }
        put(e, "earlyStoppingTokenFraction", l.experiments->earlyStoppingTokenFraction);
        if (l.experiments->development)
            e["development"] = true;
        put(e, "developmentFraction", l.experiments->developmentFraction);
        j["experiments"] = e;
    }
    return j;
}

} // namespace greenlight
