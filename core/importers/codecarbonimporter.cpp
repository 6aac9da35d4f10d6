#include "codecarbonimporter.h"

#include "csvreader.h"
#include "textparse.h"

#include <cmath>
#include <map>
#include <set>

namespace greenlight {

namespace {

// Columns without which a file is not a usable CodeCarbon log (s, kg CO2eq, kWh).
const char *const kRequired[] = {"duration", "emissions", "energy_consumed"};
// Numeric columns read from every row; each must be a finite number ≥ 0 when not empty.
const char *const kNumeric[] = {"duration",   "emissions",  "energy_consumed", "cpu_energy",
                                "gpu_energy", "ram_energy", "water_consumed",  "pue",
                                "wue",        "cpu_count",  "gpu_count"};

struct Row
{
    int line = 0;
    std::map<std::string, double> numbers;
    std::map<std::string, std::string> texts;
};

struct Group
{
    std::string task;
    std::vector<Row> rows;
};

std::string text(const Row &row, const char *column)
{
    const auto it = row.texts.find(column);
    return it == row.texts.end() ? std::string() : it->second;
}

// The first non-empty value of a text column across the rows.
std::string firstText(const Group &g, const char *column)
{
    for (const Row &r : g.rows) {
        std::string v = text(r, column);
        if (!v.empty())
            return v;
    }
    return {};
}

std::optional<double> firstNumber(const Group &g, const char *column)
{
    for (const Row &r : g.rows) {
        const auto it = r.numbers.find(column);
        if (it != r.numbers.end())
            return it->second;
    }
    return std::nullopt;
}

// Sum of a column over the rows; unset when no row has it.
std::optional<double> sum(const Group &g, const char *column)
{
    std::optional<double> total;
    for (const Row &r : g.rows) {
        const auto it = r.numbers.find(column);
        if (it != r.numbers.end())
            total = total.value_or(0) + it->second;
    }
    return total;
}

// A per-row factor (PUE, WUE) as one number: the common value, or the energy-weighted mean when
// rows differ (reported in the notes, so the averaging is never silent).
std::optional<double> factor(const Group &g, const char *column, std::string &notes)
{
    double weighted = 0;
    double weight = 0;
    std::set<double> values;
    for (const Row &r : g.rows) {
        const auto it = r.numbers.find(column);
        if (it == r.numbers.end())
            continue;
        values.insert(it->second);
        const double e = r.numbers.at("energy_consumed");
        weighted += it->second * e;
        weight += e;
    }
    if (values.empty())
        return std::nullopt;
    if (values.size() == 1)
        return *values.begin();
    notes += std::string(notes.empty() ? "" : " ") + column + " differs between rows (" +
             std::to_string(values.size()) + " values): the energy-weighted mean is recorded.";
    return weight > 0 ? weighted / weight : *values.begin();
}

std::optional<int> countOf(const Group &g, const char *column)
{
    const auto v = firstNumber(g, column);
    if (!v || *v != std::floor(*v) || *v > 1e6)
        return std::nullopt;
    return static_cast<int>(*v);
}

MeasuredRun toRun(const Group &g, const ImportOptions &options)
{
    MeasuredRun m;
    m.tool = "codecarbon";
    m.fileName = options.fileName;
    m.importedAt = options.importedAt.empty() ? textparse::utcNowIso8601() : options.importedAt;
    m.taskName = g.task;
    m.rows = static_cast<int>(g.rows.size());
    m.toolVersion = firstText(g, "codecarbon_version");
    m.startedAt = text(g.rows.front(), "timestamp");
    m.runId = text(g.rows.front(), "run_id");
    if (m.runId.empty())
        m.runId = text(g.rows.front(), "experiment_id");

    m.cpuModel = firstText(g, "cpu_model");
    m.gpuModel = firstText(g, "gpu_model");
    m.cpuCount = countOf(g, "cpu_count");
    m.gpuCount = countOf(g, "gpu_count");

    m.country = firstText(g, "country_name");
    m.countryIsoCode = firstText(g, "country_iso_code");
    m.region = firstText(g, "region");
    m.cloudProvider = firstText(g, "cloud_provider");
    m.cloudRegion = firstText(g, "cloud_region");
    const std::string onCloud = firstText(g, "on_cloud");
    if (onCloud == "Y" || onCloud == "N")
        m.onCloud = onCloud == "Y";

    m.durationS = sum(g, "duration").value_or(0);
    m.energyKWh = sum(g, "energy_consumed").value_or(0);
    m.emissionsKg = sum(g, "emissions").value_or(0);
    m.cpuEnergyKWh = sum(g, "cpu_energy");
    m.gpuEnergyKWh = sum(g, "gpu_energy");
    m.ramEnergyKWh = sum(g, "ram_energy");
    m.waterL = sum(g, "water_consumed");
    m.pue = factor(g, "pue", m.notes);
    if (m.pue && *m.pue < 1.0) {
        m.notes += std::string(m.notes.empty() ? "" : " ") + "pue below 1 in the file: not recorded.";
        m.pue.reset();
    }
    if (m.pue)
        m.pueSource = "file";
    m.wueLPerKWh = factor(g, "wue", m.notes);

    std::set<std::string> runIds;
    for (const Row &r : g.rows) {
        std::string id = text(r, "run_id");
        if (id.empty())
            id = text(r, "experiment_id");
        if (!id.empty())
            runIds.insert(id);
    }
    if (g.rows.size() > 1) {
        std::string note = std::to_string(g.rows.size()) + " rows summed";
        if (!runIds.empty())
            note += " (" + std::to_string(runIds.size()) + " distinct run_id/experiment_id)";
        m.notes = note + "." + (m.notes.empty() ? "" : " " + m.notes);
    }
    return m;
}

} // namespace

bool CodeCarbonImporter::looksLikeCodeCarbon(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    const std::string_view first = text.substr(0, text.find_first_of("\r\n"));
    // A CSV header naming any of CodeCarbon's key columns; missing ones are reported by import().
    if (first.find(',') == std::string_view::npos)
        return false;
    for (const char *name : {"duration", "emissions", "energy_consumed", "codecarbon_version"})
        if (first.find(name) != std::string_view::npos)
            return true;
    return false;
}

ImportResult CodeCarbonImporter::import(std::string_view input, const ImportOptions &options)
{
    ImportResult result;
    result.format = "codecarbon";
    Issues &issues = result.issues;
    const std::vector<CsvRecord> records = CsvReader::parse(input);
    if (records.empty()) {
        issues.push_back(
            {Issue::Severity::Error, "", "the file is empty (expected a CodeCarbon emissions.csv)"});
        return result;
    }

    std::map<std::string, std::size_t> columns;
    const CsvRecord &header = records.front();
    for (std::size_t i = 0; i < header.fields.size(); ++i)
        columns.emplace(std::string(textparse::trim(header.fields[i])), i);
    std::string missing;
    for (const char *name : kRequired)
        if (!columns.count(name))
            missing += std::string(missing.empty() ? "" : ", ") + name;
    if (!missing.empty()) {
        issues.push_back({Issue::Severity::Error, "line " + std::to_string(header.line),
                          "not a CodeCarbon emissions file: missing column(s) " + missing +
                              " (needed: duration, emissions, energy_consumed)"});
        return result;
    }

    const bool hasTasks = columns.count("task_name") > 0;
    std::vector<Group> groups;
    std::map<std::string, std::size_t> groupIndex;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records[r];
        const std::string where = "line " + std::to_string(rec.line);
        if (rec.unterminatedQuote) {
            issues.push_back({Issue::Severity::Warning, where, "a quoted field is not closed; line skipped"});
            continue;
        }
        if (rec.fields.size() != header.fields.size()) {
            issues.push_back({Issue::Severity::Warning, where,
                              "expected " + std::to_string(header.fields.size()) + " fields, found " +
                                  std::to_string(rec.fields.size()) + "; line skipped"});
            continue;
        }
        Row row;
        row.line = rec.line;
        bool good = true;
        for (const char *name : kNumeric) {
            const auto it = columns.find(name);
            if (it == columns.end())
                continue;
            const std::string_view raw = textparse::trim(rec.fields[it->second]);
            if (raw.empty()) {
                if (std::string_view(name) == "duration" || std::string_view(name) == "emissions" ||
                    std::string_view(name) == "energy_consumed") {
                    issues.push_back({Issue::Severity::Warning, where,
                                      std::string("column ") + name + " is empty; line skipped"});
                    good = false;
                    break;
                }
                continue;
            }
            const auto v = textparse::number(raw);
            if (!v || *v < 0) {
                issues.push_back({Issue::Severity::Warning, where,
                                  std::string("column ") + name + ": \"" + std::string(raw) +
                                      "\" is not a number ≥ 0; line skipped"});
                good = false;
                break;
            }
            row.numbers.emplace(name, *v);
        }
        if (!good)
            continue;
        for (const auto &[name, idx] : columns)
            if (!row.numbers.count(name))
                row.texts.emplace(name, std::string(textparse::trim(rec.fields[idx])));
        const std::string task = hasTasks ? text(row, "task_name") : std::string();
        auto [it, inserted] = groupIndex.emplace(task, groups.size());
        if (inserted)
            groups.push_back({task, {}});
        groups[it->second].rows.push_back(std::move(row));
    }
    if (groups.empty()) {
        issues.push_back({Issue::Severity::Error, "", "no data row could be read (see the skipped lines)"});
        return result;
    }

    const std::string base = options.runName.empty() ? textparse::stem(options.fileName) : options.runName;
    for (const Group &g : groups) {
        MeasuredRun m = toRun(g, options);
        m.name = g.task.empty() || groups.size() == 1 ? base : base + ":" + g.task;
        if (m.name.empty())
            m.name = g.task.empty() ? "measured run" : g.task;
        result.runs.push_back(std::move(m));
    }
    // Skipped lines are part of the provenance: the run must say it is not the whole file.
    std::string skipped;
    for (const Issue &i : issues)
        if (i.path.rfind("line ", 0) == 0)
            skipped += (skipped.empty() ? "" : ", ") + i.path.substr(5);
    if (!skipped.empty())
        for (MeasuredRun &m : result.runs)
            m.notes +=
                std::string(m.notes.empty() ? "" : " ") + "Skipped unreadable line(s) " + skipped + ".";
    return result;
}

} // namespace greenlight
