#include "importcommand.h"
#include "clitr.h"

#include "importers/measuredrunimporter.h"
#include "io/measuredrunjson.h"
#include "io/projectfile.h"
#include "util/numberformat.h"

#include <algorithm>
#include <ostream>
#include <utility>
#include <vector>

namespace greenlight::cli {

const char *const kImportHelp = QT_TRANSLATE_NOOP("greenlight-cli", R"(Usage:
  greenlight-cli import FILE [--as NAME] [--into PROJECT.json] [--link SCENARIO]
        [--format table|json]

Reads a measured training run: a CodeCarbon emissions.csv (any layout since 2020; rows are
summed, task files give one run per task) or Carbontracker output (console text or log file).
The format is recognised from the content. Without --into the run is only printed. With --into
it is added to the project's measuredRuns (the file is rewritten atomically, the previous one
kept as PROJECT.json~). --as names the run (default: the file name without extension); --link
attaches it to a scenario of the project for `greenlight-cli calibrate`.
Skipped lines (wrong field count, unreadable number) are listed on stderr as warnings.
)");

namespace {

std::string projectErrors(const std::string &path, const Issues &issues)
{
    std::string msg = path + ": ";
    bool first = true;
    for (const Issue &i : issues) {
        if (!i.isError())
            continue;
        msg += (first ? "" : "; ") + i.toString();
        first = false;
    }
    return msg;
}

// Measured values keep 6 significant digits in the file's unit: runs of seconds are tiny.
std::string kWhText(double kWh)
{
    return formatNumber(kWh, 6) + " kWh";
}

std::string optionalEnergy(const std::optional<double> &kWh)
{
    return kWh ? kWhText(*kWh) : std::string("—");
}

// The citation of an assumed PUE is long; the table shows its first clause.
std::string shortSource(const std::string &source)
{
    const auto cut = source.find(" (");
    return cut == std::string::npos || source.size() < 60 ? source : source.substr(0, cut);
}

// Label / value lines; TextTable would right-align the numeric-looking values of a mixed column.
class FieldList
{
public:
    void addRow(const std::vector<std::string> &row) { m_rows.push_back({row.at(0), row.at(1)}); }
    std::string render() const
    {
        std::size_t width = 0;
        for (const auto &r : m_rows)
            width = std::max(width, r.first.size());
        std::string text;
        for (const auto &r : m_rows)
            text += r.first + std::string(width + 2 - r.first.size(), ' ') + r.second + "\n";
        return text;
    }

private:
    std::vector<std::pair<std::string, std::string>> m_rows;
};

void printRun(const MeasuredRun &m, std::ostream &out)
{
    FieldList t;
    t.addRow({"name", m.name});
    t.addRow({"tool", m.tool + (m.toolVersion.empty() ? "" : " " + m.toolVersion)});
    t.addRow({"file", m.fileName});
    if (!m.taskName.empty())
        t.addRow({"task", m.taskName});
    t.addRow({m.tool == "carbontracker" ? "epochs" : "rows", std::to_string(m.rows)});
    if (!m.startedAt.empty())
        t.addRow({"started", m.startedAt});
    t.addRow({"duration", formatNumber(m.durationS, 6) + " s (" + formatHours(m.durationS / 3600.0) + ")"});
    t.addRow({"energy", kWhText(m.energyKWh)});
    if (m.cpuEnergyKWh || m.gpuEnergyKWh || m.ramEnergyKWh)
        t.addRow({"  cpu / gpu / ram", optionalEnergy(m.cpuEnergyKWh) + " / " +
                                           optionalEnergy(m.gpuEnergyKWh) + " / " +
                                           optionalEnergy(m.ramEnergyKWh)});
    t.addRow({"emissions", formatNumber(m.emissionsKg, 6) + " kg CO2e"});
    if (m.waterL)
        t.addRow({"water", formatNumber(*m.waterL, 6) + " L"});
    t.addRow({"PUE applied",
              m.pue ? formatNumber(*m.pue) + " (" + shortSource(m.pueSource) + ")" : std::string("unknown")});
    if (m.intensityGPerKWh)
        t.addRow({"grid intensity", formatNumber(*m.intensityGPerKWh) + " g/kWh (as printed)"});
    std::string hw;
    if (m.gpuCount)
        hw += std::to_string(*m.gpuCount) + " × GPU" + (m.gpuModel.empty() ? "" : " " + m.gpuModel);
    if (m.cpuCount || !m.cpuModel.empty())
        hw += (hw.empty() ? "" : ", ") + (m.cpuCount ? std::to_string(*m.cpuCount) + " × " : std::string()) +
              "CPU" + (m.cpuModel.empty() ? "" : " " + m.cpuModel);
    if (!hw.empty())
        t.addRow({"hardware", hw});
    std::string where = m.region;
    if (!m.country.empty())
        where += (where.empty() ? "" : ", ") + m.country;
    if (!m.cloudProvider.empty())
        where += (where.empty() ? "" : ", ") + m.cloudProvider + " " + m.cloudRegion;
    if (!where.empty())
        t.addRow({"site", where});
    if (m.predictedEnergyKWh)
        t.addRow({"predicted", std::to_string(m.predictedEpochs.value_or(0)) +
                                   " epochs: " + kWhText(*m.predictedEnergyKWh) + ", " +
                                   formatNumber(m.predictedEmissionsKg.value_or(0), 6) + " kg CO2e, " +
                                   formatNumber(m.predictedDurationS.value_or(0), 6) + " s"});
    if (!m.linkedScenario.empty())
        t.addRow({"linked scenario", m.linkedScenario});
    if (!m.notes.empty())
        t.addRow({"notes", m.notes});
    out << t.render();
}

} // namespace

int runImport(Arguments &args, const Catalog &catalog, std::ostream &out, std::ostream &err)
{
    const std::string format = args.option("--format").value_or("table");
    if (format != "table" && format != "json")
        throw UsageError{"--format: expected table or json, got \"" + format + "\""};
    const auto name = args.option("--as");
    if (name && name->empty())
        throw UsageError{"--as: expected a name, got an empty value"};
    const auto into = args.option("--into");
    const auto link = args.option("--link");
    const auto file = args.positional();
    args.expectNoneLeft();
    if (!file)
        throw UsageError{"import: expected FILE (a CodeCarbon emissions.csv or Carbontracker output)"};
    if (link && !into)
        throw UsageError{"--link: needs --into PROJECT.json (the scenario is looked up there)"};

    std::optional<Project> project;
    int migratedFrom = 0; // an older schema converted on load: keep the original before saving
    if (into) {
        ProjectLoadResult loaded = ProjectFile::load(*into, catalog);
        if (!loaded.project)
            throw UsageError{projectErrors(*into, loaded.issues)};
        project = std::move(*loaded.project);
        migratedFrom = loaded.migratedFrom;
        if (link && !project->findScenario(*link))
            throw UsageError{"--link: no scenario named \"" + *link + "\" in " + *into};
    }

    ImportOptions options = ImportOptions::fromCatalog(catalog, *file);
    options.runName = name.value_or("");
    ImportResult result = MeasuredRunImporter::importFile(*file, options);
    if (!result.ok()) {
        for (const Issue &i : result.issues)
            if (i.isError())
                throw UsageError{*file + ": " + i.toString()};
    }
    if (project) {
        for (MeasuredRun &m : result.runs) {
            if (project->findMeasuredRun(m.name))
                throw UsageError{(name ? "--as" : std::string("import")) + ": a measured run named \"" +
                                 m.name + "\" is already in " + *into + " (choose another name with --as)"};
            if (link)
                m.linkedScenario = *link;
        }
        for (const MeasuredRun &m : result.runs)
            project->measuredRuns.push_back(m);
        std::string error;
        if (migratedFrom > 0) {
            if (!ProjectFile::keepOriginal(*into, migratedFrom, error))
                throw UsageError{"--into: cannot keep the original of an older file: " + error};
            err << "greenlight-cli: note: " << *into << " was schema " << migratedFrom
                << " and is saved as schema " << Project::kSchemaVersion << "; the original is kept as "
                << ProjectFile::originalBackupPath(*into, migratedFrom) << "\n";
        }
        if (!ProjectFile::save(*into, *project, error))
            throw UsageError{"--into: " + error};
    }

    // Warnings only once the import is accepted: a refused import prints its one error line.
    for (const Issue &i : result.issues)
        err << "greenlight-cli: warning: " << *file << ": " << i.toString() << "\n";
    if (format == "json") {
        nlohmann::ordered_json arr = nlohmann::ordered_json::array();
        for (const MeasuredRun &m : result.runs)
            arr.push_back(measuredRunToJson(m));
        out << arr.dump(2) << "\n";
    } else {
        for (std::size_t i = 0; i < result.runs.size(); ++i) {
            if (i > 0)
                out << "\n";
            printRun(result.runs[i], out);
        }
    }
    if (project) {
        // The summary goes to stderr with --format json so stdout stays one JSON document.
        std::ostream &summary = format == "json" ? err : out;
        for (const MeasuredRun &m : result.runs)
            summary << (format == "json" ? "greenlight-cli: " : "\n") << "added measured run \"" << m.name
                    << "\" to " << *into << (link ? " (linked to scenario \"" + *link + "\")" : std::string())
                    << "\n";
    }
    return 0;
}

} // namespace greenlight::cli
