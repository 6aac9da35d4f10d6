#include "regionscommand.h"
#include "clitr.h"

#include "catalog/catalog.h"
#include "compare/accountingmix.h"
#include "estimatecommand.h"
#include "io/projectfile.h"
#include "io/resultsexport.h"
#include "schedule/regioncomparison.h"
#include "texttable.h"
#include "util/numberformat.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <ostream>

namespace greenlight::cli {

const char *const kCompareRegionsHelp = QT_TRANSLATE_NOOP("greenlight-cli", R"(Usage:
  greenlight-cli compare-regions PROJECT.json [--scenario NAME] --regions ID,ID,...
        [--format table|json|csv]
  greenlight-cli compare-regions --accelerator ID [--count N] (--hours H | ...) [estimate flags]
        --regions ID,ID,... [--format table|json|csv]

Evaluates one scenario in every listed region and ranks them by location-based CO2e (lowest
first). In each region the grid intensity and residual mix are the region's; the scenario's PUE
is kept unless it equals its own region's catalog PUE (then each region's PUE applies). --scenario
may be left out when the project has a single scenario. The quick-form flags are those of
`estimate` without --region/--intensity.
)");

namespace {

std::vector<std::string> splitIds(const std::string &text)
{
    std::vector<std::string> ids;
    std::string cur;
    for (const char c : text + ",") {
        if (c != ',') {
            cur += c;
            continue;
        }
        const auto b = cur.find_first_not_of(' ');
        const auto e = cur.find_last_not_of(' ');
        if (b != std::string::npos)
            ids.push_back(cur.substr(b, e - b + 1));
        cur.clear();
    }
    return ids;
}

} // namespace

Scenario loadProjectScenario(const std::string &path, const std::optional<std::string> &name,
                             const Catalog &catalog)
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
    const Project &project = *loaded.project;
    if (!name) {
        if (project.scenarios.size() == 1)
            return project.scenarios.front();
        throw UsageError{"--scenario: required, " + path + " has " +
                         std::to_string(project.scenarios.size()) + " scenarios"};
    }
    const Scenario *s = project.findScenario(*name);
    if (s == nullptr)
        throw UsageError{"--scenario: no scenario named \"" + *name + "\" in " + path};
    return *s;
}

int runCompareRegions(Arguments &args, const Catalog &catalog, std::ostream &out)
{
    const std::string format = args.option("--format").value_or("table");
    if (format != "table" && format != "json" && format != "csv")
        throw UsageError{"--format: expected table, json or csv, got \"" + format + "\""};
    const auto regionsText = args.option("--regions");
    if (!regionsText)
        throw UsageError{"--regions: required (comma-separated region ids, e.g. FRA,CA-QC,US-CISO)"};
    const std::vector<std::string> ids = splitIds(*regionsText);
    if (ids.empty())
        throw UsageError{"--regions: expected comma-separated region ids, got \"" + *regionsText + "\""};
    if (args.has("--intensity"))
        throw UsageError{"--intensity: not used by compare-regions (each region's own intensity applies)"};

    Scenario scenario;
    const auto projectPath = args.positional();
    if (projectPath) {
        const auto name = args.option("--scenario");
        args.expectNoneLeft();
        scenario = loadProjectScenario(*projectPath, name, catalog);
    } else {
        scenario = scenarioFromFlags(args, false);
        args.expectNoneLeft();
    }

    Issues issues;
    const auto results = RegionComparison::compare(scenario, ids, catalog, issues);
    if (!results) {
        for (const Issue &i : issues)
            if (i.isError())
                throw UsageError{(i.path == "regions" ? std::string("--regions")
                                  : projectPath       ? i.path
                                                      : flagFor(i.path)) +
                                 ": " + i.message};
    }

    std::vector<std::pair<std::string, const ResolvedScenario *>> compared;
    compared.reserve(results->size());
    for (const RegionResult &r : *results)
        compared.emplace_back(r.region->id, &r.resolved);
    const std::vector<std::string> notes = AccountingMix::of(compared).notes();

    if (format == "json") {
        nlohmann::ordered_json j;
        j["scenario"] = scenario.name;
        j["rankedBy"] = "co2eLocationKg";
        nlohmann::ordered_json arr = nlohmann::ordered_json::array();
        for (std::size_t i = 0; i < results->size(); ++i) {
            const RegionResult &r = (*results)[i];
            nlohmann::ordered_json o;
            o["rank"] = i + 1;
            o["id"] = r.region->id;
            o["name"] = r.region->name;
            o["intensityGPerKWh"] = r.intensityGPerKWh;
            o["intensityBasis"] = r.region->basis;
            o["intensityYear"] = r.resolved.provenance[index(Input::IntensityGPerKWh)].year;
            if (r.region->directGPerKWh)
                o["directIntensityGPerKWh"] = *r.region->directGPerKWh;
            o["pue"] = r.pue;
            o["pueFrom"] = r.pueFromScenario ? "scenario" : "region";
            o["facilityEnergyKWh"] = r.estimate[Output::FacilityEnergyKWh];
            o["co2eLocationKg"] = r.estimate[Output::Co2eLocationKg];
            o["co2eMarketKg"] = r.estimate[Output::Co2eMarketKg];
            o["co2eTotalKg"] = r.estimate[Output::Co2eTotalKg];
            o["waterL"] = r.estimate[Output::WaterL];
            o["costUsd"] = r.estimate[Output::CostUsd];
            arr.push_back(o);
        }
        j["regions"] = arr;
        j["notes"] = notes;
        out << j.dump(2) << "\n";
        return 0;
    }
    if (format == "csv") {
        out << "rank,id,name,intensityGPerKWh,pue,facilityEnergyKWh,co2eLocationKg,co2eMarketKg,co2eTotalKg,"
               "waterL,"
               "costUsd\n";
        for (std::size_t i = 0; i < results->size(); ++i) {
            const RegionResult &r = (*results)[i];
            out << i + 1 << "," << csvQuote(r.region->id) << "," << csvQuote(r.region->name) << ","
                << formatNumber(r.intensityGPerKWh, 10) << "," << formatNumber(r.pue, 10) << ","
                << formatNumber(r.estimate[Output::FacilityEnergyKWh], 10) << ","
                << formatNumber(r.estimate[Output::Co2eLocationKg], 10) << ","
                << formatNumber(r.estimate[Output::Co2eMarketKg], 10) << ","
                << formatNumber(r.estimate[Output::Co2eTotalKg], 10) << ","
                << formatNumber(r.estimate[Output::WaterL], 10) << ","
                << formatNumber(r.estimate[Output::CostUsd], 10) << "\n";
        }
        return 0;
    }
    TextTable table({"#", cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "region")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "name")), "g CO2e/kWh", "PUE",
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "energy")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "CO2e (location)")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "CO2e (market)")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "water")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "cost"))});
    for (std::size_t i = 0; i < results->size(); ++i) {
        const RegionResult &r = (*results)[i];
        table.addRow({std::to_string(i + 1), r.region->id, r.region->name,
                      cliNumber(formatNumber(r.intensityGPerKWh, 4)),
                      cliNumber(formatNumber(r.pue, 3)) + (r.pueFromScenario ? "*" : ""),
                      cliNumber(formatEnergyKWh(r.estimate[Output::FacilityEnergyKWh])),
                      cliNumber(formatMassKg(r.estimate[Output::Co2eLocationKg])),
                      cliNumber(formatMassKg(r.estimate[Output::Co2eMarketKg])),
                      cliNumber(formatVolumeL(r.estimate[Output::WaterL])),
                      cliNumber(formatUsd(r.estimate[Output::CostUsd]))});
    }
    out << cliArgs(cliTr(QT_TRANSLATE_NOOP(
                       "greenlight-cli",
                       "Scenario \"%1\" in %2 region(s), ranked by location-based CO2e (lowest first)")),
                   {scenario.name, std::to_string(results->size())})
        << "\n"
        << table.render();
    bool anyKept = false;
    for (const RegionResult &r : *results)
        anyKept = anyKept || r.pueFromScenario;
    if (anyKept)
        out << cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "* the scenario's own PUE, kept in every region"))
            << "\n";
    for (const std::string &note : cliAccountingNotes(AccountingMix::of(compared)))
        out << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "Note: %1")), {note}) << "\n";
    const double best = results->front().estimate[Output::Co2eLocationKg];
    const double worst = results->back().estimate[Output::Co2eLocationKg];
    if (results->size() > 1)
        out << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "%1 emits %2 less than %3 (%4% less)")),
                       {results->front().region->id, cliNumber(formatMassKg(worst - best)),
                        results->back().region->id,
                        cliNumber(formatNumber(worst > 0 ? (worst - best) / worst * 100 : 0, 3))})
            << "\n";
    return 0;
}

} // namespace greenlight::cli
