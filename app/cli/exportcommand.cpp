#include "exportcommand.h"

#include "clitr.h"

#include "catalog/catalog.h"
#include "estimatecommand.h"
#include "export/footprintsummary.h"
#include "export/modelcard.h"
#include "export/paperstatement.h"
#include "io/projectfile.h"
#include "io/reviewjson.h"
#include "review/recommendations.h"
#include "uncertaintyoptions.h"
#include "util/textfile.h"

#include <iostream>
#include <ostream>
#include <sstream>

namespace greenlight::cli {

const char *const kExportHelp = QT_TRANSLATE_NOOP("greenlight-cli", R"(Usage:
  greenlight-cli export PROJECT.json --format csv|json|md|latex|modelcard [-o FILE] [--scenario NAME]
                        [--samples N] [--seed S]

Formats:
  csv        every output of every scenario (the columns of `estimate --format csv`, docs/cli.md)
  json       the results of `estimate --format json`, plus the project's "review" and the ranked
             "recommendations" (levers and alternatives by CO2e saved, cost per tonne)
  md         a paper statement in Markdown: a paragraph and a table (hardware, accelerator-hours,
             power, energy, PUE, grid intensity, CO2e with its P5–P95 range)
  latex      the same statement as a LaTeX fragment (needs booktabs and T1 font encoding)
  modelcard  Hugging Face model-card metadata (co2_eq_emissions, emissions in grams) and a
             "## Carbon footprint" Markdown section

md, latex and modelcard describe one training run: --scenario NAME, else the project's baseline
(else its first scenario). With csv and json, --scenario keeps only that scenario.
--samples N and --seed S set the Monte Carlo behind every range (defaults 10000 and 42), as for
`estimate`.
-o FILE writes the file atomically (the old file stays complete until the new one is on disk);
without it the export goes to standard output.
)");

Project loadProjectOrThrow(const std::string &path, const Catalog &catalog)
{
    ProjectLoadResult loaded = ProjectFile::load(path, catalog);
    if (!loaded.project) {
        std::string msg = path + ": ";
        bool first = true;
        for (const Issue &i : loaded.issues) {
            if (!i.isError())
                continue;
            msg += (first ? "" : "; ") + i.toString();
            first = false;
        }
        throw UsageError{msg};
    }
    for (const Issue &i : loaded.issues)
        if (!i.isError())
            std::cerr << "greenlight-cli: warning: " << path << ": " << i.toString() << "\n";
    return std::move(*loaded.project);
}

namespace {

nlohmann::ordered_json recommendationsToJson(const std::vector<Recommendation> &recs)
{
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < recs.size(); ++i) {
        const Recommendation &r = recs[i];
        nlohmann::ordered_json j;
        j["rank"] = i + 1;
        j["kind"] = r.kind == Recommendation::Kind::Lever ? "lever" : "alternative";
        j["id"] = r.id;
        j["label"] = r.label;
        j["scenario"] = r.scenario;
        j["co2eSavedKg"] = r.co2eSavedKg;
        j["co2eSavedP5Kg"] = r.co2eSavedP5Kg;
        j["co2eSavedP95Kg"] = r.co2eSavedP95Kg;
        j["energySavedKWh"] = r.energySavedKWh;
        j["costDeltaUsd"] = r.costDeltaUsd;
        if (r.usdPerTonneSaved)
            j["usdPerTonneSaved"] = *r.usdPerTonneSaved;
        else
            j["usdPerTonneSaved"] = nullptr;
        arr.push_back(j);
    }
    return arr;
}

} // namespace

int runExport(Arguments &args, const Catalog &catalog, std::ostream &out)
{
    const auto format = args.option("--format");
    if (!format)
        throw UsageError{"--format: required (csv, json, md, latex or modelcard)"};
    if (*format != "csv" && *format != "json" && *format != "md" && *format != "latex" &&
        *format != "modelcard")
        throw UsageError{"--format: expected csv, json, md, latex or modelcard, got \"" + *format + "\""};
    auto output = args.option("-o");
    if (const auto longForm = args.option("--output")) {
        if (output)
            throw UsageError{"--output: give -o or --output, not both"};
        output = longForm;
    }
    if (output && output->empty())
        throw UsageError{"-o: expected a file name, got an empty value"};
    const auto scenarioName = args.option("--scenario");
    const MonteCarloOptions monteCarlo = UncertaintyOptions::monteCarloFromArguments(args);
    const auto projectPath = args.positional();
    if (!projectPath)
        throw UsageError{"expected a project file: greenlight-cli export PROJECT.json --format FORMAT"};
    args.expectNoneLeft();
    const Project project = loadProjectOrThrow(*projectPath, catalog);
    if (scenarioName && project.findScenario(*scenarioName) == nullptr)
        throw UsageError{"--scenario: no scenario named \"" + *scenarioName + "\" in " + *projectPath};

    std::string text;
    if (*format == "csv" || *format == "json") {
        // The estimate command computes the results (same Monte Carlo, levers and lifecycle).
        std::vector<std::string> estimateArgs = {*projectPath,
                                                 "--format",
                                                 *format,
                                                 "--samples",
                                                 std::to_string(monteCarlo.samples),
                                                 "--seed",
                                                 std::to_string(monteCarlo.seed)};
        if (scenarioName) {
            estimateArgs.push_back("--scenario");
            estimateArgs.push_back(*scenarioName);
        }
        Arguments estimate(estimateArgs);
        std::ostringstream results;
        runEstimate(estimate, catalog, results);
        text = results.str();
        if (*format == "json") {
            nlohmann::ordered_json j = nlohmann::ordered_json::parse(text);
            if (!ReviewJson::isEmpty(project.review))
                j["review"] = ReviewJson::write(project.review);
            Issues issues;
            const auto recs = Recommender(catalog).recommend(project, issues, monteCarlo.seed);
            if (!hasErrors(issues))
                j["recommendations"] = recommendationsToJson(recs);
            text = j.dump(2) + "\n";
        }
    } else {
        Issues issues;
        const auto footprint =
            FootprintSummary::build(catalog, project, scenarioName.value_or(""), issues, monteCarlo);
        if (!footprint) {
            for (const Issue &i : issues)
                if (i.isError())
                    throw UsageError{i.toString()};
            throw UsageError{*projectPath + ": the scenario cannot be evaluated"};
        }
        if (*format == "md")
            text = PaperStatement::markdown(*footprint);
        else if (*format == "latex")
            text = PaperStatement::latex(*footprint);
        else
            text = ModelCard::snippet(*footprint);
    }

    if (!output) {
        out << text;
        return 0;
    }
    std::string error;
    if (!writeTextFileAtomic(*output, text, error))
        throw UsageError{"-o: " + error};
    return 0;
}

} // namespace greenlight::cli
