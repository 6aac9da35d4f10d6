#include "profileimporter.h"

#include "util/numberformat.h"
#include "util/textfile.h"
#include "util/utf8.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace greenlight {

namespace {

enum class Format
{
    Generic,
    ElectricityMaps,
    WattTime,
};

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

// One CSV record (RFC 4180 quoting, no embedded newlines: one record per line).
std::vector<std::string> splitCsv(std::string_view line)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    for (std::string &f : fields)
        f = std::string(trim(f));
    return fields;
}

struct Columns
{
    int time = -1;
    int value = -1;
    Format format = Format::Generic;
    bool timeIsUtc = false; // the column name says UTC: zone-less timestamps are accepted
    bool lifeCycle = true;  // Electricity Maps: the LCA column was found
};

bool isElectricityMapsIntensity(const std::string &name)
{
    return name.rfind("carbon intensity gco", 0) == 0 && name.find("/kwh") != std::string::npos;
}

Columns findColumns(const std::vector<std::string> &header)
{
    static const char *const kTimeNames[] = {"timestamp_utc", "datetime (utc)", "datetime_utc", "point_time",
                                             "timestamp",     "datetime",       "date_time",    "time"};
    static const char *const kValueNames[] = {"g_per_kwh", "carbon_intensity", "intensity", "value",
                                              "gco2e/kwh", "gco2eq/kwh",       "gco2/kwh",  "avg_ci"};
    std::vector<std::string> names;
    names.reserve(header.size());
    for (const std::string &h : header)
        names.push_back(lower(h));
    Columns c;
    const auto find = [&names](const char *wanted) {
        const auto it = std::find(names.begin(), names.end(), wanted);
        return it == names.end() ? -1 : static_cast<int>(it - names.begin());
    };
    for (const char *n : kTimeNames) {
        if ((c.time = find(n)) >= 0) {
            c.timeIsUtc = names[std::size_t(c.time)].find("utc") != std::string::npos;
            break;
        }
    }
    // Electricity Maps: "Carbon Intensity gCO₂eq/kWh (LCA)" (older exports) or "Carbon intensity
    // gCO₂eq/kWh (Life cycle)" (newer), next to "(direct)". Life-cycle is preferred: it is the
    // basis of most catalog regions.
    int direct = -1;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (!isElectricityMapsIntensity(names[i]))
            continue;
        if (names[i].find("(lca)") != std::string::npos || names[i].find("(life cycle)") != std::string::npos)
            c.value = static_cast<int>(i);
        else if (names[i].find("(direct)") != std::string::npos)
            direct = static_cast<int>(i);
    }
    if (c.value >= 0 || direct >= 0) {
        c.format = Format::ElectricityMaps;
        c.lifeCycle = c.value >= 0;
        if (c.value < 0)
            c.value = direct;
        return c;
    }
    for (const char *n : kValueNames)
        if ((c.value = find(n)) >= 0)
            break;
    if (c.time >= 0 && names[std::size_t(c.time)] == "point_time" && c.value >= 0 &&
        names[std::size_t(c.value)] == "value")
        c.format = Format::WattTime;
    return c;
}

std::string joined(const std::vector<std::string> &fields)
{
    std::string s;
    for (const std::string &f : fields)
        s += (s.empty() ? "" : ",") + f;
    return s;
}

std::string minutes(UtcSeconds seconds)
{
    return formatNumber(static_cast<double>(seconds) / 60.0) + " min";
}

class Parser
{
public:
    Parser(std::string_view text, std::string origin) : m_text(text), m_origin(std::move(origin)) {}

    ProfileImportResult run()
    {
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF") // UTF-8 byte-order mark (spreadsheet exports)
            m_text.remove_prefix(3);
        if (trim(m_text).empty())
            return fail({}, "the file is empty");

        std::vector<std::string> header;
        std::size_t lineNo = 0;
        std::size_t pos = 0;
        Columns cols;
        while (pos <= m_text.size()) {
            std::size_t end = m_text.find('\n', pos);
            if (end == std::string_view::npos)
                end = m_text.size();
            std::string_view line = m_text.substr(pos, end - pos);
            pos = end + 1;
            ++lineNo;
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            if (trim(line).empty())
                continue;
            const std::vector<std::string> fields = splitCsv(line);
            if (header.empty()) {
                header = fields;
                m_header = fields;
                if (parseIsoTime(fields.front()))
                    return fail(lineNo, "missing header: the first line must name the columns, e.g. "
                                        "\"timestamp_utc,g_per_kwh\"");
                cols = findColumns(header);
                if (cols.time < 0)
                    return fail(lineNo, "no timestamp column in the header \"" + joined(header) +
                                            "\" (expected timestamp_utc, timestamp, datetime, time, "
                                            "\"Datetime (UTC)\" or point_time)");
                if (cols.value < 0)
                    return fail(lineNo, "no intensity column in the header \"" + joined(header) +
                                            "\" (expected g_per_kwh, carbon_intensity, intensity, value or "
                                            "\"Carbon Intensity gCO₂eq/kWh (LCA)\")");
                continue;
            }
            if (!readRow(fields, cols, lineNo))
                return std::move(m_result);
        }
        if (m_times.empty())
            return fail({}, "no data rows after the header");
        if (!toHours())
            return std::move(m_result);
        if (cols.format == Format::WattTime) {
            for (double &v : m_profile.gPerKWh)
                v *= ProfileImporter::kGPerKWhPerLbPerMWh;
            warn("WattTime MOER values converted from lbs CO2/MWh to g CO2/kWh (× 0.45359237); a marginal "
                 "emission rate, not the average intensity of the catalog's regions");
        }
        if (cols.format == Format::ElectricityMaps && !cols.lifeCycle)
            warn("Electricity Maps direct (operational) intensity used: the file has no life-cycle column");

        m_profile.id = m_origin;
        m_profile.name = m_origin;
        m_profile.source = m_origin + " (" + header[std::size_t(cols.value)] + ")";
        m_result.profile = std::move(m_profile);
        return std::move(m_result);
    }

private:
    bool readRow(const std::vector<std::string> &fields, const Columns &cols, std::size_t lineNo)
    {
        const auto needed = static_cast<std::size_t>(std::max(cols.time, cols.value)) + 1;
        if (fields.size() < needed) {
            fail(lineNo, "expected at least " + std::to_string(needed) + " fields, got " +
                             std::to_string(fields.size()));
            return false;
        }
        const std::string &timeText = fields[std::size_t(cols.time)];
        const auto t = parseIsoTime(timeText);
        if (!t) {
            fail(lineNo, "cannot read the timestamp \"" + timeText +
                             "\" (expected ISO 8601, e.g. 2022-01-01T00:00:00Z)");
            return false;
        }
        if (!t->hadZone && !cols.timeIsUtc) {
            fail(lineNo, "the timestamp \"" + timeText +
                             "\" has no time zone (add Z or an offset such as +01:00, or name the column "
                             "timestamp_utc)");
            return false;
        }
        const std::string &valueText = fields[std::size_t(cols.value)];
        double v = std::nan("");
        if (!valueText.empty()) {
            char *end = nullptr;
            v = std::strtod(valueText.c_str(), &end);
            if (end == valueText.c_str() || *end != '\0' || !std::isfinite(v)) {
                fail(lineNo, "the value \"" + valueText + "\" is not a number");
                return false;
            }
            if (v < 0) {
                fail(lineNo, "negative intensity " + valueText + " (an intensity is ≥ 0)");
                return false;
            }
            // Values are ≥ 0, so a finite total bounds every hourly mean, window sum and the
            // profile mean computed later (two rows of 1e308 would make them inf).
            m_total += v;
            if (!std::isfinite(m_total)) {
                fail(lineNo, "the value " + valueText + " in column " + m_header[std::size_t(cols.value)] +
                                 " is too large: the sum of the values is not a finite number");
                return false;
            }
        }
        if (!m_times.empty()) {
            const UtcSeconds prev = m_times.back();
            if (t->utc == prev) {
                fail(lineNo, "duplicate timestamp " + formatIsoTime(t->utc) + " (also on line " +
                                 std::to_string(m_lines.back()) + ")");
                return false;
            }
            if (t->utc < prev) {
                fail(lineNo, "rows are not in time order: " + formatIsoTime(t->utc) + " comes after " +
                                 formatIsoTime(prev));
                return false;
            }
            const UtcSeconds diff = t->utc - prev;
            if (m_times.size() == 1) {
                if (diff > HourlyProfile::kHour || HourlyProfile::kHour % diff != 0) {
                    fail(lineNo, "rows are " + minutes(diff) +
                                     " apart: hourly data or a regular interval that divides the hour "
                                     "(5, 10, 15, 20 or 30 min) is expected");
                    return false;
                }
                m_step = diff;
            } else if (diff != m_step) {
                if (diff % m_step == 0)
                    fail(lineNo, "gap: no rows from " + formatIsoTime(prev + m_step) + " to " +
                                     formatIsoTime(t->utc - m_step) + " (" +
                                     std::to_string(diff / m_step - 1) +
                                     " missing); a missing value must be an empty cell on a row of its own");
                else
                    fail(lineNo, "irregular interval: " + formatIsoTime(t->utc) + " is " + minutes(diff) +
                                     " after the previous row (the file's interval is " + minutes(m_step) +
                                     ")");
                return false;
            }
        } else if (t->utc % HourlyProfile::kHour != 0) {
            fail(lineNo,
                 "the first timestamp " + formatIsoTime(t->utc) + " is not at the start of a UTC hour");
            return false;
        }
        m_times.push_back(t->utc);
        m_values.push_back(v);
        m_lines.push_back(lineNo);
        return true;
    }

    // Averages sub-hourly rows to hours, then fills empty hours.
    bool toHours()
    {
        const UtcSeconds step = m_times.size() == 1 ? HourlyProfile::kHour : m_step;
        const auto perHour = static_cast<std::size_t>(HourlyProfile::kHour / step);
        if (m_values.size() % perHour != 0) {
            fail(m_lines.back(), "the last hour is incomplete: " + std::to_string(m_values.size() % perHour) +
                                     " of " + std::to_string(perHour) + " rows");
            return false;
        }
        m_profile.startUtc = m_times.front();
        const std::size_t hours = m_values.size() / perHour;
        std::vector<double> &out = m_profile.gPerKWh;
        out.resize(hours);
        for (std::size_t h = 0; h < hours; ++h) {
            double sum = 0;
            std::size_t n = 0;
            for (std::size_t k = 0; k < perHour; ++k) {
                const double v = m_values[h * perHour + k];
                if (!std::isnan(v)) {
                    sum += v;
                    ++n;
                }
            }
            out[h] = n == 0 ? std::nan("") : sum / static_cast<double>(n);
        }
        if (perHour > 1)
            warn(std::to_string(m_values.size()) + " rows " + minutes(step) + " apart averaged to " +
                 std::to_string(hours) + " hours");

        // Empty hours: linear interpolation between the nearest values before and after; at either
        // end, the nearest value is repeated.
        std::size_t filled = 0;
        std::optional<std::size_t> firstFilled;
        std::optional<std::size_t> prev;
        for (std::size_t h = 0; h <= hours; ++h) {
            if (h < hours && std::isnan(out[h]))
                continue;
            const std::size_t gapStart = prev ? *prev + 1 : 0;
            for (std::size_t g = gapStart; g < h; ++g) {
                if (!prev && h == hours) {
                    fail({}, "no values: every value cell is empty");
                    return false;
                }
                if (!prev)
                    out[g] = out[h];
                else if (h == hours)
                    out[g] = out[*prev];
                else
                    out[g] = out[*prev] + (out[h] - out[*prev]) * static_cast<double>(g - *prev) /
                                              static_cast<double>(h - *prev);
                ++filled;
                if (!firstFilled)
                    firstFilled = g;
            }
            prev = h;
        }
        m_profile.filledHours = filled;
        if (filled > 0)
            warn(std::to_string(filled) +
                 " empty hour(s) filled by linear interpolation of their neighbours "
                 "(first: " +
                 formatIsoTime(m_profile.hourStart(*firstFilled)) + ")");
        return true;
    }

    ProfileImportResult fail(std::optional<std::size_t> line, const std::string &message)
    {
        // Messages quote cells and headers: bytes that are not UTF-8 are shown as \xff escapes.
        m_result.issues.push_back({Issue::Severity::Error,
                                   line ? m_origin + ":" + std::to_string(*line) : m_origin,
                                   escapeInvalidUtf8(message)});
        m_result.profile.reset();
        return m_result;
    }

    void warn(const std::string &message)
    {
        m_result.issues.push_back({Issue::Severity::Warning, m_origin, escapeInvalidUtf8(message)});
    }

    std::string_view m_text;
    std::string m_origin;
    ProfileImportResult m_result;
    HourlyProfile m_profile;
    std::vector<UtcSeconds> m_times;
    std::vector<double> m_values; // NaN: empty cell
    std::vector<std::size_t> m_lines;
    UtcSeconds m_step = HourlyProfile::kHour;
    std::vector<std::string> m_header;
    double m_total = 0; // sum of the values read so far
};

} // namespace

ProfileImportResult ProfileImporter::parse(std::string_view text, const std::string &origin)
{
    return Parser(text, origin).run();
}

ProfileImportResult ProfileImporter::load(const std::string &path)
{
    std::string text;
    std::string error;
    if (!readTextFile(path, text, error)) {
        ProfileImportResult r;
        r.issues.push_back({Issue::Severity::Error, path, error});
        return r;
    }
    ProfileImportResult r = parse(text, path);
    if (r.profile) {
        // The file's base name without extension is the id a user recognises.
        std::string stem =
            path.substr(path.find_last_of("/\\") == std::string::npos ? 0 : path.find_last_of("/\\") + 1);
        if (const auto dot = stem.rfind('.'); dot != std::string::npos && dot > 0)
            stem.resize(dot);
        r.profile->id = stem;
        r.profile->name = stem;
    }
    return r;
}

} // namespace greenlight
