#pragma once

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

// Mitigation levers: explicit, editable transformations of a scenario (docs/methodology.md §9).
// Unset optionals fall back on catalog defaults. A lever may make the footprint worse (retraining,
// a teacher's forward passes, dequantisation overhead): nothing is clamped to "always saves".

enum class PruningStructure
{
    Unstructured,     // individual weights: ~no speed-up on dense hardware
    SemiStructured24, // 2:4 (two of every four weights zero): needs sparse tensor cores
    Structured,       // whole channels/heads removed: a smaller dense model
};

std::string pruningStructureName(PruningStructure structure);
std::optional<PruningStructure> parsePruningStructure(const std::string &text);

struct PruningLever
{
    double sparsity = 0.5; // fraction of weights removed (2:4 is 0.5 by construction)
    PruningStructure structure = PruningStructure::Unstructured;
    std::optional<double> retrainOverheadFraction; // prune-and-retrain compute, fraction of training
    std::optional<double> inferenceSpeedup;        // realised serving speed-up (overrides the hardware rule)
    std::optional<double> memoryReduction;         // fraction of weight memory saved (overrides the rule)
};

enum class QuantisationMethod
{
    PostTraining, // PTQ: no training cost
    QuantAware,   // QAT: extra training compute
};

std::string quantisationMethodName(QuantisationMethod method);
std::optional<QuantisationMethod> parseQuantisationMethod(const std::string &text);

struct QuantisationLever
{
    std::string trainingPrecision; // empty: unchanged (workload.precision or the accelerator default)
    std::string servingPrecision;  // empty: fp16; one of fp16, bf16, int8, fp8, int4
    QuantisationMethod method = QuantisationMethod::PostTraining;
    std::optional<double> qatOverheadFraction;     // QAT compute as a fraction of training
    std::optional<double> dequantOverheadFraction; // extra serving time; unset: int4 small-model rule
    std::optional<double> trainingTimeFactor; // accelerator-hours new/old format; unset: catalog, measured
};

struct DistillationLever
{
    std::optional<double> teacherParametersB; // unset: the scenario's workload.parametersB
    double studentParametersB = 0;
    std::optional<double> tokens;          // distillation corpus; unset: workload.tokens
    std::optional<double> qualityRetained; // shown, never used in arithmetic
    bool includeTeacherTraining = true;    // the scenario's workload is the teacher's training
};

enum class PretrainedPolicy
{
    NotAttributed,
    Amortised, // pretrained footprint / downstream uses
    FullyAttributed,
};

std::string pretrainedPolicyName(PretrainedPolicy policy);
std::optional<PretrainedPolicy> parsePretrainedPolicy(const std::string &text);

struct TransferLever
{
    bool lora = false;                 // LoRA/adapters: × loraComputeFraction
    std::optional<double> parametersB; // unset: workload.parametersB
    double tokens = 0;                 // fine-tuning tokens
    PretrainedPolicy policy = PretrainedPolicy::NotAttributed;
    double pretrainedCo2eKg = 0;
    double pretrainedEnergyKWh = 0;
    int downstreamUses = 1;
};

struct ExperimentRun
{
    std::string name;
    std::optional<double> fraction;         // of the main run's compute
    std::optional<double> acceleratorHours; // absolute
};

struct ExperimentBudgetLever
{
    std::vector<ExperimentRun> runs;
    std::optional<double> earlyStoppingTokenFraction; // the main run stops at this share of its tokens
    // The development programme (ablations, sweeps, failed runs) as a multiple of the main run.
    bool development = false;
    std::optional<double> developmentFraction; // unset: catalog developmentRunsFraction
};

struct Levers
{
    std::optional<PruningLever> pruning;
    std::optional<QuantisationLever> quantisation;
    std::optional<DistillationLever> distillation;
    std::optional<TransferLever> transfer;
    std::optional<ExperimentBudgetLever> experiments;

    bool any() const { return pruning || quantisation || distillation || transfer || experiments; }
};

} // namespace greenlight
