// greenlight-validate: fits the serving model on the fit cases and writes the validation tables.
//   greenlight-validate inference [--samples N] [--seed S] [--output FILE] [--write-catalog FILE]
//   greenlight-validate training [--samples N] [--seed S] [--output FILE]
//   greenlight-validate mfu-fit [--output FILE] [--write-catalog FILE]
// Prints the fitted constants; --write-catalog puts them into resources/catalog/defaults.json
// (when the cases or the model change; run it until the values stop moving), --output writes
// docs/validation-inference.md from the catalog's constants.
#include "calibration/mfufit.h"
#include "calibration/trainingvalidation.h"
#include "catalog/catalog.h"
#include "serving/inferencevalidation.h"
#include "serving/inferencevalidationreport.h"
#include "uncertainty/sampler.h"
#include "util/numberformat.h"
#include "util/textfile.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <string>

using namespace greenlight;

namespace {

constexpr std::size_t kSamples = 10000;
constexpr std::uint64_t kSeed = 42;

std::string readAll(const std::string &path)
{
    std::string text;
    std::string error;
    if (!readTextFile(path, text, error))
        std::cerr << path << ": " << error << "\n";
    return text;
}

int fail(const Issues &issues)
{
    for (const Issue &i : issues)
        std::cerr << i.toString() << "\n";
    return 1;
}

bool writeOutput(const std::string &output, const std::string &md)
{
    if (output.empty())
        return true;
    std::string error;
    if (!writeTextFileAtomic(output, md, error)) {
        std::cerr << output << ": " << error << "\n";
        return false;
    }
    std::cout << "wrote " << output << "\n";
    return true;
}

// Training runs: nothing is fitted; the table shows how the estimator's ranges hold up.
int training(std::size_t samples, std::uint64_t seed, const std::string &output)
{
    const std::string dir = GREENLIGHT_VALIDATION_DIR;
    Issues issues;
    const auto cases = TrainingValidation::load(readAll(dir + "/../../tests/data/validation_public.csv"),
                                                readAll(dir + "/training_cases.json"), issues);
    if (!cases)
        return fail(issues);
    const auto results = TrainingValidation::run(*cases, Catalog::builtIn(), samples, seed, issues);
    if (hasErrors(issues))
        return fail(issues);
    for (const TrainingCaseResult &r : results)
        std::cout << "  " << r.testCase->id << (r.power ? " power   " : " compute ") << "P50/published "
                  << r.ratio() << (r.covered() ? "  in P5-P95\n" : "  OUTSIDE P5-P95\n");
    return writeOutput(output, TrainingValidation::markdown(results, samples, seed)) ? 0 : 1;
}

// The MFU prior: fitted on published throughput (tools/calibration), never on the validation runs.
int mfuFit(const std::string &output, const std::string &catalogOut)
{
    const std::string dir = GREENLIGHT_VALIDATION_DIR;
    Issues issues;
    const auto points = MfuFit::load(readAll(dir + "/../calibration/mfu_throughput.json"), issues);
    const auto fit = points ? MfuFit::fit(*points, issues) : std::nullopt;
    if (!fit)
        return fail(issues);
    for (const auto &[group, a] : fit->logIntercept)
        std::cout << "  mfuModel." << group << " = " << fit->productionMedian(group) << " ("
                  << fit->groupPoints.at(group) << " points)\n";
    std::cout << "  production/benchmark " << std::exp(fit->productionLogOffset) << ", size exponent "
              << fit->sizeExponent << ", count exponent " << fit->countExponent << ", sigma "
              << fit->residualSigma << "\n";
    if (!catalogOut.empty()) {
        std::string text;
        std::string error;
        if (!readTextFile(catalogOut, text, error)) {
            std::cerr << catalogOut << ": " << error << "\n";
            return 1;
        }
        auto j = nlohmann::ordered_json::parse(text);
        const double spread = std::exp(Sampler::kZ95 * fit->residualSigma);
        for (auto &record : j["records"]) {
            const std::string id = record["id"];
            if (id == "mfuModel.parametersExponent")
                record["value"] = roundSignificant(fit->sizeExponent, 3);
            else if (id == "mfuModel.countExponent")
                record["value"] = roundSignificant(fit->countExponent, 3);
            else if (id.rfind("mfuModel.", 0) == 0 && fit->logIntercept.count(id.substr(9))) {
                const double m = roundSignificant(fit->productionMedian(id.substr(9)), 3);
                record["value"] = m;
                record["range"] = {{"dist", "lognormal"},
                                   {"low", roundSignificant(m / spread, 3)},
                                   {"mode", m},
                                   {"high", roundSignificant(m * spread, 3)}};
            }
        }
        if (!writeTextFileAtomic(catalogOut, j.dump(2) + "\n", error)) {
            std::cerr << catalogOut << ": " << error << "\n";
            return 1;
        }
        std::cout << "wrote " << catalogOut << "\n";
    }
    return writeOutput(output, MfuFit::markdown(*points, *fit)) ? 0 : 1;
}

} // namespace

// Writes the fitted constants (3 significant digits) and the residual range into the catalog's
// defaults file, keeping everything else as it is.
bool writeCatalog(const std::string &path, const InferenceFit &fit)
{
    std::string text;
    std::string error;
    if (!readTextFile(path, text, error)) {
        std::cerr << path << ": " << error << "\n";
        return false;
    }
    auto j = nlohmann::ordered_json::parse(text);
    const double p95 = roundSignificant(std::exp(Sampler::kZ95 * fit.residualSigma), 3);
    for (auto &record : j["records"]) {
        const std::string id = record["id"];
        for (const auto &[c, v] : fit.values)
            if (ServingConstants::table()[static_cast<std::size_t>(c)].catalogId == id)
                record["value"] = roundSignificant(v, 3);
        if (id == "servingTimeResidual")
            record["range"] = {
                {"dist", "lognormal"}, {"low", roundSignificant(1.0 / p95, 3)}, {"mode", 1.0}, {"high", p95}};
    }
    if (!writeTextFileAtomic(path, j.dump(2) + "\n", error)) {
        std::cerr << path << ": " << error << "\n";
        return false;
    }
    std::cout << "wrote " << path << "\n";
    return true;
}

int main(int argc, char **argv)
{
    std::size_t samples = kSamples;
    std::uint64_t seed = kSeed;
    std::string output;
    std::string catalogOut;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--samples")
            samples = std::strtoull(argv[i + 1], nullptr, 10);
        else if (flag == "--seed")
            seed = std::strtoull(argv[i + 1], nullptr, 10);
        else if (flag == "--output")
            output = argv[i + 1];
        else if (flag == "--write-catalog")
            catalogOut = argv[i + 1];
    }
    if (argc >= 2 && std::string(argv[1]) == "training")
        return training(samples, seed, output);
    if (argc >= 2 && std::string(argv[1]) == "mfu-fit")
        return mfuFit(output, catalogOut);
    if (argc < 2 || std::string(argv[1]) != "inference") {
        std::cerr
            << "usage: greenlight-validate inference [--samples N] [--seed S] [--output FILE] "
               "[--write-catalog FILE]\n       greenlight-validate training [--samples N] [--seed S] "
               "[--output FILE]\n       greenlight-validate mfu-fit [--output FILE] [--write-catalog FILE]\n";
        return 2;
    }
    const std::string dir = GREENLIGHT_VALIDATION_DIR;
    Issues issues;
    const auto cases = InferenceValidation::load(readAll(dir + "/inference_public.csv"),
                                                 readAll(dir + "/inference_cases.json"), issues);
    const Catalog &catalog = Catalog::builtIn();
    const ServingConstants constants = ServingConstants::fromCatalog(catalog, issues);
    if (!cases || hasErrors(issues))
        return fail(issues);
    const InferenceFit fit = InferenceValidation::fit(*cases, catalog, constants, issues);
    std::cout << "fitted constants (catalog defaults):\n";
    for (const auto &[c, v] : fit.values)
        std::cout << "  " << ServingConstants::table()[static_cast<std::size_t>(c)].catalogId << " = " << v
                  << "\n";
    std::cout << "residual sigma " << fit.residualSigma << " -> servingTimeResidual P5 "
              << std::exp(-Sampler::kZ95 * fit.residualSigma) << ", P95 "
              << std::exp(Sampler::kZ95 * fit.residualSigma) << "\n";
    if (!catalogOut.empty())
        return writeCatalog(catalogOut, fit) ? 0 : 1;
    std::cout << "rms ln error: fit " << fit.fitRmsLog << ", check " << fit.checkRmsLog << "\n";
    ServingConstants fitted = constants;
    for (const auto &[c, v] : fit.values)
        fitted[c] = v;
    for (const InferenceCaseResult &r : InferenceValidation::run(*cases, catalog, fitted, 1, seed, issues)) {
        std::cout << "  " << r.testCase->id << (r.testCase->fitSet ? " fit   " : " check ") << "energy "
                  << r.central / r.testCase->measured;
        if (r.testCase->measuredStepS)
            std::cout << "  step " << r.centralStepS / *r.testCase->measuredStepS;
        if (r.testCase->measuredPowerW)
            std::cout << "  power " << r.centralPowerW / *r.testCase->measuredPowerW;
        std::cout << "\n";
    }
    const auto results = InferenceValidation::run(*cases, catalog, constants, samples, seed, issues);
    if (hasErrors(issues))
        return fail(issues);
    for (int set : {-1, 1, 0}) {
        const InferenceCoverage c = InferenceCoverage::of(results, set);
        std::cout << (set < 0    ? "all  "
                      : set == 1 ? "fit  "
                                 : "check")
                  << ": " << c.cases << " cases, within 2x " << c.withinFactor2 << ", in P5-P95 " << c.covered
                  << ", median ratio " << c.medianRatio << "\n";
    }
    const std::string md = InferenceValidationReport::markdown(results, fit, constants, samples, seed);
    if (!writeOutput(output, md))
        return 1;
    return 0;
}
