#include "estimatecommand.h"
#include "clitr.h"

#include "analysis/scenarioanalyser.h"
#include "catalog/catalog.h"
#include "compare/accountingmix.h"
#include "estimate/explainer.h"
#include "io/projectfile.h"
#include "io/resultsexport.h"
#include "lifecycle/lifecyclesensitivity.h"
#include "lifecyclereport.h"
#include "texttable.h"
#include "uncertainty/sensitivity.h"
#include "uncertaintyoptions.h"
#include "util/numberformat.h"

#include <iostream>
#include <map>
#include <ostream>

namespace greenlight::cli {

const char *const kEstimateHelp = QT_TRANSLATE_NOOP("greenlight-cli", R"(Usage:
  greenlight-cli estimate PROJECT.json [--scenario NAME] [--format table|json|csv] [--explain]
  greenlight-cli estimate --accelerator ID [--count N]
        (--hours H | --accelerator-hours H | --params-b P --tokens-t T [--mfu M] [--precision P]
         | --it-energy-kwh E)
        [--power-w W | --load-factor F [--host-overhead F | --host-power-w W]] [--idle-share S] [--experiments X]
        [--pue X] (--region ID | --intensity G_PER_KWH) [--renewable-share S]
        [--price-usd-per-hour P] [--carbon-price-usd-per-t P] [--name NAME]
        [--format table|json|csv] [--explain]
  uncertainty (both forms): [--samples N] [--seed S] [--sensitivity OUTPUTKEY [--sensitivity-training]]

--power-w is the all-in average power per accelerator (measured, or TDP when a source used TDP):
nothing is added to it. Without it, power = TDP × load factor + the server's host power per
accelerator, from the catalog (--host-overhead F: the older host share of accelerator power). --pue 1 means no facility overhead. --explain prints every formula with its inputs and
their sources.
Every output also gets a P5–P95 range by Monte Carlo over the input ranges (--samples, default
10000, 100..10000000; --seed, default 42: same seed, same ranges). --sensitivity OUTPUTKEY
(e.g. co2eTotalKg) ranks the inputs by their effect on that output (tornado data); for a
scenario with levers or a deployment it ranks the lifecycle's drivers (training with levers +
inference: lever parameters and serving utilisation included, e.g. --sensitivity lifecycleCo2eKg);
--sensitivity-training keeps the lever-free training ranking.
)");

// Resolver paths → the flag a user of the quick form would fix.
std::string flagFor(const std::string &path)
{
    static const std::map<std::string, std::string> flags = {
        {"hardware.accelerator", "--accelerator"},
        {"site.region", "--region"},
        {"workload.precision", "--precision"},
        {"hardware.powerW", "--power-w"},
        {"workload.measuredItEnergyKWh", "--it-energy-kwh"},
        {"cost.priceUsdPerAcceleratorHour", "--price-usd-per-hour"}};
    const auto it = flags.find(path);
    return it == flags.end() ? path : it->second;
}

Scenario scenarioFromFlags(Arguments &args, bool gridRequired)
{
    Scenario s;
    s.name = args.option("--name").value_or("estimate");
    const auto accelerator = args.option("--accelerator");
    if (!accelerator)
        throw UsageError{"--accelerator: required (see greenlight-cli catalog list accelerators)"};
    s.acceleratorId = *accelerator;
    s.acceleratorCount = static_cast<int>(args.number("--count", NumberRule::PositiveInteger).value_or(1));

    const auto hours = args.number("--hours", NumberRule::Positive);
    const auto accHours = args.number("--accelerator-hours", NumberRule::Positive);
    const auto paramsB = args.number("--params-b", NumberRule::Positive);
    const auto tokensT = args.number("--tokens-t", NumberRule::Positive);
    const auto itEnergy = args.number("--it-energy-kwh", NumberRule::NonNegative);
    const int modes =
        (hours ? 1 : 0) + (accHours ? 1 : 0) + ((paramsB || tokensT) ? 1 : 0) + (itEnergy ? 1 : 0);
    if (modes == 0)
        throw UsageError{"give the workload: --hours, --accelerator-hours, --params-b with --tokens-t, or "
                         "--it-energy-kwh"};
    if (modes > 1 && !itEnergy)
        throw UsageError{"give only one of --hours, --accelerator-hours, --params-b/--tokens-t"};
    if (itEnergy) {
        s.workloadMode = WorkloadMode::MeasuredEnergy;
        s.measuredItEnergyKWh = *itEnergy;
        s.acceleratorHours = accHours.value_or(0);
        s.durationHours = hours.value_or(0);
    } else if (hours) {
        s.workloadMode = WorkloadMode::DevicesDuration;
        s.durationHours = *hours;
    } else if (accHours) {
        s.workloadMode = WorkloadMode::AcceleratorHours;
        s.acceleratorHours = *accHours;
    } else {
        if (!paramsB)
            throw UsageError{"--params-b: required with --tokens-t"};
        if (!tokensT)
            throw UsageError{"--tokens-t: required with --params-b"};
        s.workloadMode = WorkloadMode::FirstPrinciples;
        s.parametersB = *paramsB;
        s.tokens = *tokensT * 1e12;
    }
    s.mfu = args.number("--mfu", NumberRule::OpenFraction);
    if (s.mfu && s.workloadMode != WorkloadMode::FirstPrinciples)
        throw UsageError{"--mfu: only applies with --params-b and --tokens-t"};
    s.precision = args.option("--precision").value_or("");
    s.experimentMultiplier = args.number("--experiments", NumberRule::AtLeastOne);

    s.powerW = args.number("--power-w", NumberRule::Positive);
    s.loadFactor = args.number("--load-factor", NumberRule::OpenFraction);
    s.hostOverheadFraction = args.number("--host-overhead", NumberRule::NonNegative);
    if (s.powerW && s.loadFactor)
        throw UsageError{"--power-w and --load-factor exclude each other (--power-w is all-in)"};
    s.hostPowerW = args.number("--host-power-w", NumberRule::NonNegative);
    if (s.powerW && s.hostOverheadFraction)
        throw UsageError{"--power-w and --host-overhead exclude each other (--power-w is all-in)"};
    if (s.powerW && s.hostPowerW)
        throw UsageError{"--power-w and --host-power-w exclude each other (--power-w is all-in)"};
    if (s.hostOverheadFraction && s.hostPowerW)
        throw UsageError{"--host-overhead and --host-power-w count the same host: give one"};
    s.idleShare = args.number("--idle-share", NumberRule::NonNegative);

    s.pue = args.number("--pue", NumberRule::AtLeastOne);
    s.regionId = args.option("--region").value_or("");
    s.intensityGPerKWh = args.number("--intensity", NumberRule::NonNegative);
    if (gridRequired && s.regionId.empty() && !s.intensityGPerKWh)
        throw UsageError{"give the grid: --region ID or --intensity G_PER_KWH"};
    s.renewableShare = args.number("--renewable-share", NumberRule::Fraction).value_or(0);
    s.priceUsdPerAcceleratorHour = args.number("--price-usd-per-hour", NumberRule::NonNegative);
    s.carbonPriceUsdPerT = args.number("--carbon-price-usd-per-t", NumberRule::NonNegative);
    return s;
}

namespace {

void printTable(const std::vector<ScenarioResult> &results, const Catalog &catalog, std::ostream &out)
{
    std::vector<std::string> header = {cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "quantity"))};
    for (const auto &r : results) {
        header.push_back(r.scenario->name);
        header.push_back(results.size() > 1 ? r.scenario->name + " P5–P95" : std::string("P5–P95"));
    }
    TextTable table(header);
    bool lifecycleRows = false; // the lifecycle keys only when a scenario deploys
    for (const auto &r : results)
        lifecycleRows = lifecycleRows || r.scenario->deployment.has_value();
    for (std::size_t i = 0; i < kOutputCount; ++i) {
        const auto o = static_cast<Output>(i);
        if (!lifecycleRows && i >= index(Output::InferenceEnergyKWh))
            continue;
        std::vector<std::string> row = {cliCore(std::string(info(o).label))};
        for (const auto &r : results) {
            row.push_back(cliNumber(formatOutput(o, r.estimate[o])));
            const OutputRange &range = r.uncertainty ? (*r.uncertainty)[o] : OutputRange{};
            row.push_back(!r.uncertainty || range.p5 == range.p95
                              ? std::string("–")
                              : cliNumber(formatOutput(o, range.p5) + " – " + formatOutput(o, range.p95)));
        }
        table.addRow(row);
    }
    out << table.render();
    if (!results.empty() && results.front().uncertainty)
        out << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli",
                                               "P5–P95: Monte Carlo, %1 samples, seed %2; inputs drawn "
                                               "independently except where the model couples them; – = no "
                                               "input range affects it")),
                       {std::to_string(results.front().uncertainty->samples),
                        std::to_string(results.front().uncertainty->seed)})
            << "\n";
    std::vector<std::pair<std::string, const ResolvedScenario *>> compared;
    compared.reserve(results.size());
    for (const auto &r : results)
        compared.emplace_back(r.scenario->name, r.resolved);
    for (const std::string &note : cliAccountingNotes(AccountingMix::of(compared)))
        out << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "Note: %1")), {note}) << "\n";
    for (const auto &r : results)
        if (r.sensitivity)
            printSensitivityTable(r.scenario->name, *r.sensitivity, out);

    for (const auto &r : results) {
        const double kg = r.estimate[Output::Co2eTotalKg];
        if (results.size() > 1)
            out << "\n" << r.scenario->name << ":";
        else
            out << "\n";
        if (r.scenario->published) {
            const PublishedFootprint &p = *r.scenario->published;
            out << "\n  " << cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "published:")) << " ";
            if (p.energyMWh)
                out << cliNumber(formatReadable(*p.energyMWh, 4)) << " MWh (" << p.energyBasis << ")  ";
            if (p.co2eT)
                out << cliNumber(formatReadable(*p.co2eT, 4)) << " t CO2e  ";
            if (p.acceleratorHours)
                out << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "%1 accelerator-hours")),
                               {cliNumber(formatCount(*p.acceleratorHours, 4))})
                    << "  ";
            out << "— " << p.source;
        }
        if (r.scenario->offsetsTCo2e)
            out << "\n  "
                << cliArgs(
                       cliTr(QT_TRANSLATE_NOOP("greenlight-cli",
                                               "offsets retired: %1 — reported beside the emissions, never "
                                               "subtracted from them (location-based %2, market-based %3 as "
                                               "computed)")),
                       {cliNumber(formatMassKg(*r.scenario->offsetsTCo2e * 1000.0)),
                        cliNumber(formatMassKg(r.estimate[Output::Co2eLocationKg])),
                        cliNumber(formatMassKg(r.estimate[Output::Co2eMarketKg]))});
        out << "\n  "
            << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "%1 is about:")),
                       {cliNumber(formatMassKg(kg))});
        for (const Equivalence &e : catalog.equivalences()) {
            if (e.id != "car-km-eu" && e.id != "flight-ny-sf" && e.id != "tree-month" &&
                e.id != "household-year")
                continue;
            out << "\n    " << cliNumber(formatCount(kg * 1000.0 / e.gCo2ePerUnit)) << " " << cliCore(e.unit)
                << " — " << cliCore(e.name) << " (" << e.citation.source << ", " << e.citation.year << ")";
        }
        out << "\n";
        if (!r.trace.empty()) {
            out << "\n  How each number was obtained:\n";
            for (const TraceStep &t : r.trace) {
                out << "\n  " << info(t.output).label << " [" << info(t.output).unit << "]\n";
                out << "    " << t.formula << "\n    " << t.substituted << "\n";
                for (const TraceInput &in : t.inputs) {
                    out << "      · " << in.label << " = " << formatPlain(in.value) << " " << in.unit << " — "
                        << (in.fromScenario ? std::string("set in the scenario") : in.source);
                    if (in.year > 0 && !in.fromScenario)
                        out << " (" << in.year << ")";
                    if (!in.note.empty())
                        out << " [" << in.note << "]";
                    out << "\n";
                }
            }
        }
    }
}

// The first error of a scenario that cannot be evaluated: a flag (or project path) for its inputs,
// the scenario's name for its levers and deployment (only project files have those).
std::string evaluationError(const Scenario &s, const Issues &issues, bool fromProject)
{
    for (const Issue &i : issues) {
        if (!i.isError())
            continue;
        if (i.path.rfind("levers", 0) == 0 || i.path.rfind("deployment", 0) == 0)
            return s.name + ": " + i.toString();
        return (fromProject ? i.path : flagFor(i.path)) + ": " + i.message;
    }
    return s.name + ": cannot be evaluated";
}

} // namespace

int runEstimate(Arguments &args, const Catalog &catalog, std::ostream &out)
{
    const std::string format = args.option("--format").value_or("table");
    if (format != "table" && format != "json" && format != "csv")
        throw UsageError{"--format: expected table, json or csv, got \"" + format + "\""};
    const bool explain = args.flag("--explain");
    const UncertaintyOptions uncertainty = UncertaintyOptions::fromArguments(args);
    if (uncertainty.sensitivity && format == "csv")
        throw UsageError{"--sensitivity: not available with --format csv (use table or json)"};

    std::vector<Scenario> scenarios;
    std::string baseline; // break-even: the project's baseline against each scenario
    const auto projectPath = args.positional();
    if (projectPath) {
        const auto scenarioName = args.option("--scenario");
        args.expectNoneLeft();
        ProjectLoadResult loaded = ProjectFile::load(*projectPath, catalog);
        if (!loaded.project) {
            std::string msg = *projectPath + ": ";
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
                std::cerr << "greenlight-cli: warning: " << *projectPath << ": " << i.toString() << "\n";
        baseline = loaded.project->baseline;
        for (const Scenario &s : loaded.project->scenarios)
            if (!scenarioName || s.name == *scenarioName)
                scenarios.push_back(s);
        if (scenarioName && scenarios.empty())
            throw UsageError{"--scenario: no scenario named \"" + *scenarioName + "\" in " + *projectPath};
    } else {
        scenarios.push_back(scenarioFromFlags(args));
        args.expectNoneLeft();
    }

    // One pipeline (core/analysis): the window and the report compute the same numbers.
    ScenarioAnalyser analyser(catalog, uncertainty.monteCarlo);
    std::vector<ScenarioAnalysis> analyses;
    analyses.reserve(scenarios.size());
    for (const Scenario &s : scenarios) {
        ScenarioAnalysis a = analyser.analyse(s);
        if (!a.evaluation)
            throw UsageError{evaluationError(s, a.issues, projectPath.has_value())};
        analyses.push_back(std::move(a));
    }
    std::vector<ScenarioResult> results;
    results.reserve(scenarios.size());
    std::vector<std::optional<ScenarioEvaluation>> whatIfs; // levers or a deployment: their sections
    whatIfs.reserve(scenarios.size());
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const ScenarioAnalysis &a = analyses[i];
        const ScenarioEvaluation &ev = *a.evaluation;
        ScenarioResult r{&scenarios[i], a.estimate, {}, a.ranges, {}, &ev.resolved};
        if (explain) // the estimator's steps, before levers (their own section explains them)
            r.trace = Explainer::explainAll(ev.resolved, ev.base);
        const bool whatIf = scenarios[i].levers.any() || scenarios[i].deployment.has_value();
        // The tornado follows the levers and the serving too, unless --sensitivity-training.
        if (uncertainty.sensitivity)
            r.sensitivity = whatIf && !uncertainty.sensitivityTraining
                                ? LifecycleSensitivity::analyse(ev, *uncertainty.sensitivity)
                                : Sensitivity::analyse(ev.resolved, *uncertainty.sensitivity);
        results.push_back(std::move(r));
        whatIfs.push_back(whatIf ? a.evaluation : std::nullopt);
    }
    const LifecycleReport lifecycle(catalog, scenarios, baseline, std::move(whatIfs));

    if (format == "json") {
        nlohmann::ordered_json j = resultsToJson(results);
        lifecycle.addToJson(j, explain);
        out << j.dump(2) << "\n";
    } else if (format == "csv")
        out << resultsToCsv(results);
    else {
        printTable(results, catalog, out);
        lifecycle.printTable(out, explain);
    }
    return 0;
}

} // namespace greenlight::cli
