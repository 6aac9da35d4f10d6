#pragma once

#include "inferencecase.h"
#include "servingconstants.h"
#include "util/issue.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

class Catalog;
struct ServingResult;

struct InferenceCaseResult
{
    const InferenceCase *testCase = nullptr;
    double central = 0; // every constant at its value, unknown inputs at their median
    double centralStepS = 0;
    double centralPowerW = 0;
    ServingPercentiles range;
    double ratio() const; // P50 / measured
    bool withinFactor2() const;
    bool covered() const; // measured inside P5–P95
};

struct InferenceFit
{
    std::vector<std::pair<ServingConstant, double>> values;
    // σ of ln(central / measured) of the fit set's energies, × √(observations / degrees of freedom)
    double residualSigma = 0;
    double fitRmsLog = 0;
    double checkRmsLog = 0;
};

// Reproduces published inference measurements with the serving model, at each case's boundary
// (docs/validation-inference.md is generated from it by tools/validation).
class InferenceValidation
{
public:
    // Cases from the verbatim CSV and the JSON that says how each is modelled.
    static std::optional<std::vector<InferenceCase>> load(std::string_view csvText,
                                                          std::string_view casesJson, Issues &issues);

    // The model's figure for a case, at its boundary and in its unit.
    static double predicted(const InferenceCase &c, const ServingResult &r);

    static std::vector<InferenceCaseResult> run(const std::vector<InferenceCase> &cases,
                                                const Catalog &catalog, const ServingConstants &constants,
                                                std::size_t samples, std::uint64_t seed, Issues &issues);

    // Least squares in logs over the fit set, constant by constant within the bounds in
    // fittedConstants(); the residual sigma sets the catalog's servingTimeResidual range.
    static InferenceFit fit(const std::vector<InferenceCase> &cases, const Catalog &catalog,
                            const ServingConstants &start, Issues &issues);

    struct Bound
    {
        ServingConstant constant;
        double low;
        double high;
    };
    static const std::vector<Bound> &fittedConstants();
};

} // namespace greenlight
