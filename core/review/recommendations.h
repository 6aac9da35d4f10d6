#pragma once

#include "model/scenario.h"
#include "uncertainty/montecarlo.h"
#include "util/issue.h"

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

class Catalog;
struct Project;

// One way to cut the footprint of the baseline, ranked by CO2e saved over the lifecycle.
struct Recommendation
{
    enum class Kind
    {
        Lever,       // a mitigation lever applied to the baseline scenario
        Alternative, // a scenario listed as an alternative in the review (or any other scenario)
    };
    Kind kind = Kind::Lever;
    std::string id;           // lever id ("quantise", ...) or the scenario name
    std::string label;        // English label for reports ("Quantise to INT8", scenario name)
    std::string scenario;     // scenario evaluated (the baseline for a lever)
    double co2eSavedKg = 0;   // lifecycle (training + inference) CO2e of baseline minus this option, P50
    double co2eSavedP5Kg = 0; // P5-P95 of the saving when uncertainty is available (else = P50)
    double co2eSavedP95Kg = 0;
    double energySavedKWh = 0;
    double costDeltaUsd = 0; // option cost minus baseline cost (negative: saves money)
    std::optional<double>
        usdPerTonneSaved; // costDeltaUsd / (co2eSavedKg / 1000); empty when nothing is saved
    // What the option costs in model quality, with its source, or that it is unknown: an option is
    // never recommended on CO2e alone without saying this.
    std::string qualityCost;               // a fixed English text (translated by the UI)
    std::optional<double> qualityRetained; // distillation: the share the scenario states
};

// Ranks levers and alternatives by CO2e saved (largest first); ties keep project order.
class Recommender
{
public:
    explicit Recommender(const Catalog &catalog);

    // `seed`: the analysis's, so the review's ranges move with the user's seed as every other range.
    std::vector<Recommendation> recommend(const Project &project, Issues &issues,
                                          std::uint64_t seed = MonteCarloOptions::kDefaultSeed) const;

    // A lever the recommender tries on the baseline: the baseline with that one lever added at its
    // catalog defaults (only levers the baseline does not set yet).
    struct LeverOption
    {
        std::string id;
        std::string label;
        Scenario scenario;
    };
    static std::vector<LeverOption> leverOptions(const Scenario &baseline);

    // Monte Carlo of each option's range: a fixed sample count (docs/methodology.md).
    static constexpr std::size_t kSamples = 2000;

private:
    const Catalog &m_catalog;
};

} // namespace greenlight
