#pragma once

#include "estimate/estimate.h"
#include "estimate/resolvedscenario.h"
#include "levereffect.h"
#include "servingprofile.h"
#include "util/issue.h"

#include <optional>
#include <vector>

namespace greenlight {

class Catalog;
struct Accelerator;
struct QuantisationLever;

struct LeverTrainingResult
{
    Estimate training; // the base estimate with the training levers applied
    double scale = 1;  // training accelerator-hours with levers / without
    std::vector<LeverEffect> effects;
    std::vector<LeverStep> steps;
};

// Applies a scenario's levers (docs/methodology.md "Levers"). Training levers scale the base run's
// accelerator-hours (every training output but the power is linear in them) and may add the
// pretrained model's footprint; serving levers give a ServingProfile for the deployment.
class LeverEngine
{
public:
    explicit LeverEngine(const Catalog &catalog);

    // Issues carry paths relative to the scenario ("levers.distillation.tokens").
    std::optional<LeverTrainingResult> applyTraining(const Scenario &scenario,
                                                     const ResolvedScenario &resolved, const Estimate &base,
                                                     Issues &issues) const;
    // `effects`/`steps` (optional) receive the serving side of each lever.
    std::optional<ServingProfile> servingProfile(const Scenario &scenario, const Accelerator &serving,
                                                 std::vector<LeverEffect> *effects,
                                                 std::vector<LeverStep> *steps, Issues &issues) const;

    // NVIDIA GPUs from Ampere on (2020+) have 2:4 sparse tensor cores (Mishra et al. 2021).
    static bool hasSparseTensorCores(const Accelerator &accelerator);
    static double bytesPerParameter(const std::string &precision);

private:
    double defaultValue(const std::string &id, Issues &issues) const;
    TraceInput defaultInput(const std::string &id) const;
    double leverMfu(const Scenario &scenario, const ResolvedScenario &resolved, double parametersB,
                    Issues &issues) const;
    std::optional<double> trainingPrecisionFactor(const QuantisationLever &lever,
                                                  const Accelerator &accelerator,
                                                  const std::string &basePrecision,
                                                  std::vector<LeverStep> &steps, Issues &issues) const;

    const Catalog &m_catalog;
};

} // namespace greenlight
