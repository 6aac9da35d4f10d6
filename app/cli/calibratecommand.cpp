#include "calibratecommand.h"
#include "clitr.h"

#include "calibration/calibrator.h"
#include "io/projectfile.h"
#include "texttable.h"
#include "util/numberformat.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace greenlight::cli {

const char *const kCalibrateHelp = QT_TRANSLATE_NOOP("greenlight-cli", R"(Usage:
  greenlight-cli calibrate PROJECT.json --scenario NAME [--run NAME]... [--format table|json]

Compares measured runs (imported with `greenlight-cli import`) with the scenario's estimate
(facility energy, operational location-based CO2e, wall-clock duration; ratio = measured /
estimated), derives what each run implies — average power per accelerator with and without the
PUE the tool applied, that PUE, and the grid intensity (emissions / energy) — and proposes the
median over the runs as hardware.powerW, site.pue and site.intensityGPerKWh, with the spread.
It then re-estimates the scenario with the proposal and shows how much the plan moves.
Without --run, the runs linked to the scenario are used. The project file is not changed.
)");

namespace {

// Measured runs can be seconds long: fixed units with 4 significant digits, never rounded to 0.
std::string num(double v, const char *unit)
{
    return formatNumber(v, 4) + " " + unit;
}

std::string unitSuffix(const std::string &unit)
{
    return unit == "ratio" ? std::string() : " " + unit;
}

std::string ratioText(const std::optional<double> &r)
{
    return r ? formatNumber(*r, 4) : std::string("—");
}

std::string percentChange(double before, double after)
{
    if (!(before > 0))
        return "—";
    const double pct = (after - before) / before * 100.0;
    return (pct >= 0 ? "+" : "") + formatNumber(pct, 3) + " %";
}

nlohmann::ordered_json optionalJson(const std::optional<double> &v)
{
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

const Output kShiftOutputs[] = {Output::WallClockHours,    Output::PowerPerAcceleratorW,
                                Output::FacilityEnergyKWh, Output::Co2eLocationKg,
                                Output::Co2eTotalKg,       Output::WaterL};

nlohmann::ordered_json toJson(const CalibrationReport &r, const std::string &scenario)
{
    nlohmann::ordered_json j;
    j["scenario"] = scenario;
    nlohmann::ordered_json comps = nlohmann::ordered_json::array();
    for (const RunComparison &c : r.comparisons)
        comps.push_back({{"run", c.runName},
                         {"measuredEnergyKWh", c.measuredEnergyKWh},
                         {"estimatedEnergyKWh", c.estimatedEnergyKWh},
                         {"energyRatio", optionalJson(c.energyRatio)},
                         {"measuredCo2eKg", c.measuredCo2eKg},
                         {"estimatedCo2eKg", c.estimatedCo2eKg},
                         {"co2eRatio", optionalJson(c.co2eRatio)},
                         {"measuredDurationH", c.measuredDurationH},
                         {"estimatedDurationH", c.estimatedDurationH},
                         {"durationRatio", optionalJson(c.durationRatio)}});
    j["comparisons"] = comps;
    nlohmann::ordered_json ders = nlohmann::ordered_json::array();
    for (const RunDerivation &d : r.derivations)
        ders.push_back({{"run", d.runName},
                        {"accelerators", d.accelerators},
                        {"acceleratorsAssumed", d.acceleratorsAssumed},
                        {"pue", d.pue},
                        {"pueKnown", d.pueKnown},
                        {"itEnergyKWh", d.itEnergyKWh},
                        {"powerPerAcceleratorW", optionalJson(d.powerPerAcceleratorW)},
                        {"itPowerPerAcceleratorW", optionalJson(d.itPowerPerAcceleratorW)},
                        {"intensityGPerKWh", optionalJson(d.intensityGPerKWh)}});
    j["derivations"] = ders;
    nlohmann::ordered_json changes = nlohmann::ordered_json::array();
    for (const CalibrationChange &c : r.proposal.changes)
        changes.push_back({{"path", c.path},
                           {"unit", c.unit},
                           {"scenarioValue", optionalJson(c.scenarioValue)},
                           {"resolvedBefore", c.resolvedBefore},
                           {"value", c.value},
                           {"low", c.low},
                           {"high", c.high},
                           {"runs", c.runs},
                           {"source", c.source}});
    j["proposal"] = {{"changes", changes}, {"notes", r.proposal.notes}};
    nlohmann::ordered_json shift = nlohmann::ordered_json::object();
    for (Output o : kShiftOutputs)
        shift[std::string(info(o).key)] = {{"before", r.before[o]}, {"after", r.after[o]}};
    j["planShift"] = shift;
    return j;
}

void printTables(const CalibrationReport &r, const std::string &scenario, std::ostream &out)
{
    out << "Measured vs estimated (scenario \"" << scenario << "\"; ratio = measured / estimated)\n";
    TextTable cmp({"run", "quantity", "measured", "estimated", "ratio"});
    for (const RunComparison &c : r.comparisons) {
        cmp.addRow({c.runName, "facility energy", num(c.measuredEnergyKWh, "kWh"),
                    num(c.estimatedEnergyKWh, "kWh"), ratioText(c.energyRatio)});
        cmp.addRow({"", "CO2e (operational)", num(c.measuredCo2eKg, "kg"), num(c.estimatedCo2eKg, "kg"),
                    ratioText(c.co2eRatio)});
        cmp.addRow({"", "duration", num(c.measuredDurationH, "h"), num(c.estimatedDurationH, "h"),
                    ratioText(c.durationRatio)});
    }
    out << cmp.render();

    out << "\nWhat each run implies\n";
    TextTable der(
        {"run", "accelerators", "W/acc. with PUE", "W/acc. (IT)", "PUE applied", "intensity g/kWh"});
    for (const RunDerivation &d : r.derivations)
        der.addRow({d.runName, std::to_string(d.accelerators) + (d.acceleratorsAssumed ? " (assumed)" : ""),
                    d.powerPerAcceleratorW ? formatNumber(*d.powerPerAcceleratorW, 4) : "—",
                    d.itPowerPerAcceleratorW ? formatNumber(*d.itPowerPerAcceleratorW, 4) : "—",
                    formatNumber(d.pue, 4) + (d.pueKnown ? "" : " (unknown)"),
                    d.intensityGPerKWh ? formatNumber(*d.intensityGPerKWh, 4) : "—"});
    out << der.render();

    out << "\nProposal (median over the runs; apply as one step)\n";
    TextTable prop({"field", "now", "proposed", "spread", "runs"});
    for (const CalibrationChange &c : r.proposal.changes)
        prop.addRow(
            {c.path,
             formatNumber(c.resolvedBefore, 4) + unitSuffix(c.unit) + (c.scenarioValue ? "" : " (catalog)"),
             formatNumber(c.value, 4) + unitSuffix(c.unit),
             formatNumber(c.low, 4) + "–" + formatNumber(c.high, 4), std::to_string(c.runs)});
    out << prop.render();
    for (const CalibrationChange &c : r.proposal.changes)
        out << "  " << c.path << " source: " << c.source << "\n";
    for (const std::string &n : r.proposal.notes)
        out << "  note: " << n << "\n";

    out << "\nHow the plan moves with the proposal\n";
    TextTable shift({"quantity", "before", "after", "change"});
    const auto fmt = [](Output o, double v) {
        switch (o) {
        case Output::WallClockHours:
            return formatHours(v);
        case Output::PowerPerAcceleratorW:
            return formatNumber(v, 4) + " W";
        case Output::FacilityEnergyKWh:
            return formatEnergyKWh(v);
        case Output::WaterL:
            return formatVolumeL(v);
        default:
            return formatMassKg(v);
        }
    };
    for (Output o : kShiftOutputs)
        shift.addRow({std::string(info(o).label), fmt(o, r.before[o]), fmt(o, r.after[o]),
                      percentChange(r.before[o], r.after[o])});
    out << shift.render();
}

} // namespace

int runCalibrate(Arguments &args, const Catalog &catalog, std::ostream &out, std::ostream &err)
{
    const std::string format = args.option("--format").value_or("table");
    if (format != "table" && format != "json")
        throw UsageError{"--format: expected table or json, got \"" + format + "\""};
    const auto scenario = args.option("--scenario");
    const std::vector<std::string> runs = args.options("--run");
    const auto path = args.positional();
    args.expectNoneLeft();
    if (!path)
        throw UsageError{"calibrate: expected PROJECT.json"};
    if (!scenario)
        throw UsageError{"--scenario: required (the scenario to compare and calibrate)"};

    ProjectLoadResult loaded = ProjectFile::load(*path, catalog);
    if (!loaded.project) {
        std::string msg = *path + ": ";
        bool first = true;
        for (const Issue &i : loaded.issues)
            if (i.isError()) {
                msg += (first ? "" : "; ") + i.toString();
                first = false;
            }
        throw UsageError{msg};
    }
    const CalibrationReport report = Calibrator::calibrate(*loaded.project, *scenario, runs, catalog);
    for (const Issue &i : report.issues) {
        if (!i.isError())
            continue;
        if (i.path == "scenario")
            throw UsageError{"--scenario: " + i.message + " in " + *path};
        if (i.path == "run")
            throw UsageError{"--run: " + i.message + " (" + *path + ")"};
        throw UsageError{*path + ": " + i.toString()};
    }
    for (const Issue &i : report.issues)
        err << "greenlight-cli: warning: " << i.toString() << "\n";
    if (format == "json")
        out << toJson(report, *scenario).dump(2) << "\n";
    else
        printTables(report, *scenario, out);
    return 0;
}

} // namespace greenlight::cli
