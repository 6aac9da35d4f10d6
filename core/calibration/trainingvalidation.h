#pragma once

#include "uncertainty/uncertaintyresult.h"
#include "util/issue.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

class Catalog;

// One published training run and how it is estimated (tools/validation/training_cases.json).
struct TrainingCase
{
    std::string id;
    std::string model;
    std::string acceleratorId;
    int count = 0; // accelerators; 0: not published
    double parametersB = 0;
    double tokens = 0;
    std::string trainingPrecision; // empty: the accelerator's default
    double acceleratorHours = 0;   // published, or devices × days × 24
    std::optional<double> pue;
    std::optional<double> intensityGPerKWh;
    std::optional<double> publishedCo2eT; // operational, location-based
    std::string source;
    bool computePath = false; // hours from parameters, tokens, accelerator and count
    bool powerPath = false;   // CO2e from the published hours, PUE and intensity (measured-power runs)
};

struct TrainingCaseResult
{
    const TrainingCase *testCase = nullptr;
    bool power = false; // which path: accelerator-hours (false) or CO2e in t (true)
    double published = 0;
    OutputRange range; // same unit as `published`
    double ratio() const { return published > 0 ? range.p50 / published : 0; }
    bool covered() const { return range.p5 <= published && published <= range.p95; }
};

// Checks the training estimator on published runs it was not fitted on, for the compute path
// (MFU prior) and the power path; docs/validation-training.md is generated from it.
class TrainingValidation
{
public:
    static std::optional<std::vector<TrainingCase>> load(std::string_view csvText, std::string_view casesJson,
                                                         Issues &issues);
    static std::vector<TrainingCaseResult> run(const std::vector<TrainingCase> &cases, const Catalog &catalog,
                                               std::size_t samples, std::uint64_t seed, Issues &issues);
    static std::string markdown(const std::vector<TrainingCaseResult> &results, std::size_t samples,
                                std::uint64_t seed);
};

} // namespace greenlight
