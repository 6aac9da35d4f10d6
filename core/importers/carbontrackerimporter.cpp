#include "carbontrackerimporter.h"

#include "textparse.h"

#include <cctype>
#include <vector>

namespace greenlight {

namespace {

struct Line
{
    int number = 0;
    std::string_view text; // without the log prefix and the "CarbonTracker:" tag, trimmed
};

bool isDigits(std::string_view s)
{
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
    return !s.empty();
}

// Strips "YYYY-MM-DD HH:MM:SS - " (Python logging asctime in Carbontracker's log files).
std::string_view stripLogPrefix(std::string_view s)
{
    if (s.size() >= 22 && isDigits(s.substr(0, 4)) && s[4] == '-' && isDigits(s.substr(5, 2)) &&
        s[7] == '-' && isDigits(s.substr(8, 2)) && s[10] == ' ' && isDigits(s.substr(11, 2)) &&
        s[13] == ':' && isDigits(s.substr(14, 2)) && s[16] == ':' && isDigits(s.substr(17, 2)) &&
        s.substr(19, 3) == " - ")
        return s.substr(22);
    return s;
}

std::vector<Line> splitLines(std::string_view text)
{
    std::vector<Line> lines;
    int number = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view raw = text.substr(pos, end - pos);
        ++number;
        if (number == 1 && raw.substr(0, 3) == "\xEF\xBB\xBF")
            raw.remove_prefix(3);
        std::string_view t = textparse::trim(stripLogPrefix(textparse::trim(raw)));
        constexpr std::string_view tag = "CarbonTracker:";
        if (t.substr(0, tag.size()) == tag)
            t = textparse::trim(t.substr(tag.size()));
        lines.push_back({number, t});
        if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n')
            ++end;
        pos = end + 1;
    }
    return lines;
}

// Python timedelta text: "2:52:22", "0:00:10.5", "1 day, 2:52:22", "3 days, 0:00:01".
std::optional<double> parseDuration(std::string_view s)
{
    s = textparse::trim(s);
    double days = 0;
    const auto comma = s.find(',');
    if (comma != std::string_view::npos) {
        const std::string_view d = textparse::trim(s.substr(0, comma));
        const auto space = d.find(' ');
        const auto n = textparse::number(d.substr(0, space));
        if (!n || space == std::string_view::npos || d.substr(space + 1).substr(0, 3) != "day")
            return std::nullopt;
        days = *n;
        s = textparse::trim(s.substr(comma + 1));
    }
    const auto c1 = s.find(':');
    const auto c2 = c1 == std::string_view::npos ? c1 : s.find(':', c1 + 1);
    if (c2 == std::string_view::npos)
        return std::nullopt;
    const auto h = textparse::number(s.substr(0, c1));
    const auto m = textparse::number(s.substr(c1 + 1, c2 - c1 - 1));
    const auto sec = textparse::number(s.substr(c2 + 1));
    if (!h || !m || !sec || *h < 0 || *m < 0 || *m >= 60 || *sec < 0 || *sec >= 60)
        return std::nullopt;
    return days * 86400.0 + *h * 3600.0 + *m * 60.0 + *sec;
}

// "0.038168 kWh" → kWh; "4.096665 g" → kg.
std::optional<double> parseQuantity(std::string_view s, bool energy)
{
    s = textparse::trim(s);
    const auto space = s.find(' ');
    if (space == std::string_view::npos)
        return std::nullopt;
    const auto v = textparse::number(s.substr(0, space));
    const std::string_view unit = textparse::trim(s.substr(space + 1));
    if (!v || *v < 0)
        return std::nullopt;
    if (energy) {
        if (unit == "kWh")
            return *v;
        if (unit == "Wh")
            return *v / 1000.0;
        if (unit == "MWh")
            return *v * 1000.0;
        return std::nullopt;
    }
    if (unit == "g")
        return *v / 1000.0;
    if (unit == "kg")
        return *v;
    if (unit == "t")
        return *v * 1000.0;
    return std::nullopt;
}

struct Block
{
    bool predicted = false;
    int line = 0;
    int epochs = 0;
    std::optional<double> durationS, energyKWh, emissionsKg;
};

// "Actual consumption for 1 epoch(s):" → the block header, else nullopt.
std::optional<Block> blockHeader(const Line &l)
{
    Block b;
    b.line = l.number;
    std::string_view rest;
    constexpr std::string_view actual = "Actual consumption for ";
    constexpr std::string_view predicted = "Predicted consumption for ";
    if (l.text.substr(0, actual.size()) == actual) {
        rest = l.text.substr(actual.size());
    } else if (l.text.substr(0, predicted.size()) == predicted) {
        rest = l.text.substr(predicted.size());
        b.predicted = true;
    } else {
        return std::nullopt;
    }
    const auto v = textparse::number(rest.substr(0, rest.find(' ')));
    b.epochs = v && *v >= 0 && *v < 1e9 ? static_cast<int>(*v) : 0;
    return b;
}

// "CPU with device(s) cpu:0." / "GPU with device(s) Tesla V100, Tesla V100." → count and model.
void readComponents(std::string_view text, MeasuredRun &m)
{
    const auto read = [text](std::string_view kind, std::string &model, std::optional<int> &count) {
        constexpr std::string_view suffix = " with device(s) ";
        std::size_t at = text.find(kind);
        while (at != std::string_view::npos && text.substr(at + kind.size(), suffix.size()) != suffix)
            at = text.find(kind, at + 1);
        if (at == std::string_view::npos)
            return;
        std::string_view list = text.substr(at + kind.size() + suffix.size());
        const auto stop = list.find(". ");
        list = list.substr(0, stop);
        if (!list.empty() && list.back() == '.')
            list.remove_suffix(1);
        int n = 0;
        std::size_t pos = 0;
        while (pos <= list.size()) {
            const auto comma = list.find(", ", pos);
            const std::string_view item = textparse::trim(list.substr(pos, comma - pos));
            if (!item.empty()) {
                if (n == 0)
                    model = std::string(item);
                ++n;
            }
            if (comma == std::string_view::npos)
                break;
            pos = comma + 2;
        }
        if (n > 0)
            count = n;
    };
    std::string cpuModel;
    read("GPU", m.gpuModel, m.gpuCount);
    read("CPU", cpuModel, m.cpuCount);
    // Carbontracker names CPUs "cpu:0"; a device index is not a model name.
    if (cpuModel.rfind("cpu:", 0) != 0)
        m.cpuModel = cpuModel;
}

} // namespace

bool CarbontrackerImporter::looksLikeCarbontracker(std::string_view text)
{
    return text.find("CarbonTracker") != std::string_view::npos ||
           text.find("Actual consumption for ") != std::string_view::npos ||
           text.find("Predicted consumption for ") != std::string_view::npos;
}

ImportResult CarbontrackerImporter::import(std::string_view text, const ImportOptions &options)
{
    ImportResult result;
    result.format = "carbontracker";
    Issues &issues = result.issues;
    const std::vector<Line> lines = splitLines(text);

    MeasuredRun m;
    m.tool = "carbontracker";
    m.fileName = options.fileName;
    m.importedAt = options.importedAt.empty() ? textparse::utcNowIso8601() : options.importedAt;
    std::vector<Block> blocks;
    Block *open = nullptr;
    for (const Line &l : lines) {
        if (auto b = blockHeader(l)) {
            blocks.push_back(*b);
            open = &blocks.back();
            continue;
        }
        constexpr std::string_view intensity = "Average carbon intensity during training was ";
        if (l.text.substr(0, intensity.size()) == intensity) {
            const std::string_view rest = l.text.substr(intensity.size());
            const auto v = textparse::number(rest.substr(0, rest.find(' ')));
            if (v && *v >= 0)
                m.intensityGPerKWh = *v;
            constexpr std::string_view at = "location: ";
            const auto pos = rest.find(at);
            if (pos != std::string_view::npos) {
                std::string_view where = rest.substr(pos + at.size());
                if (!where.empty() && where.back() == '.')
                    where.remove_suffix(1);
                m.region = std::string(where);
            }
            open = nullptr;
            continue;
        }
        if (l.text.find("The following components were found:") != std::string_view::npos) {
            readComponents(l.text, m);
            open = nullptr;
            continue;
        }
        if (!open)
            continue;
        const auto colon = l.text.find(':');
        const std::string_view key = l.text.substr(0, colon);
        const std::string_view value = colon == std::string_view::npos ? "" : l.text.substr(colon + 1);
        const std::string where = "line " + std::to_string(l.number);
        if (key == "Time") {
            open->durationS = parseDuration(value);
            if (!open->durationS)
                issues.push_back({Issue::Severity::Warning, where,
                                  "Time: \"" + std::string(textparse::trim(value)) + "\" is not H:MM:SS"});
        } else if (key == "Energy") {
            open->energyKWh = parseQuantity(value, true);
            if (!open->energyKWh)
                issues.push_back({Issue::Severity::Warning, where,
                                  "Energy: \"" + std::string(textparse::trim(value)) +
                                      "\" is not a number with Wh, kWh or MWh"});
        } else if (key == "CO2eq") {
            open->emissionsKg = parseQuantity(value, false);
            if (!open->emissionsKg)
                issues.push_back({Issue::Severity::Warning, where,
                                  "CO2eq: \"" + std::string(textparse::trim(value)) +
                                      "\" is not a number with g, kg or t"});
        } else if (key == "This is equivalent to" || l.text.empty()) {
            // Equivalents (km by car, ...) are Carbontracker's presentation, not measurements.
        } else if (l.text.find("travelled by car") == std::string_view::npos &&
                   l.text.find("equivalent") == std::string_view::npos) {
            open = nullptr;
        }
    }

    const Block *actual = nullptr;
    const Block *predicted = nullptr;
    for (const Block &b : blocks) {
        const bool complete = b.durationS && b.energyKWh && b.emissionsKg;
        if (!complete) {
            issues.push_back(
                {Issue::Severity::Warning, "line " + std::to_string(b.line),
                 std::string(b.predicted ? "Predicted" : "Actual") +
                     " consumption block without readable Time, Energy and CO2eq; block skipped"});
            continue;
        }
        // The actual block is cumulative: the one covering the most epochs is the run total.
        if (b.predicted)
            predicted = &b;
        else if (!actual || b.epochs >= actual->epochs)
            actual = &b;
    }
    if (!actual) {
        issues.push_back({Issue::Severity::Error, "",
                          predicted
                              ? "only a \"Predicted consumption\" block was found: a prediction is not a "
                                "measurement (no \"Actual consumption\" block)"
                              : "not a Carbontracker log: no \"Actual consumption for N epoch(s)\" block "
                                "with Time, Energy and CO2eq"});
        return result;
    }
    m.rows = actual->epochs;
    m.durationS = *actual->durationS;
    m.energyKWh = *actual->energyKWh;
    m.emissionsKg = *actual->emissionsKg;
    if (predicted) {
        m.predictedEpochs = predicted->epochs;
        m.predictedDurationS = predicted->durationS;
        m.predictedEnergyKWh = predicted->energyKWh;
        m.predictedEmissionsKg = predicted->emissionsKg;
    }
    m.pue = options.carbontrackerPue;
    if (m.pue)
        m.pueSource = options.carbontrackerPueSource.empty() ? "assumed" : options.carbontrackerPueSource;
    m.notes = "Actual consumption for " + std::to_string(actual->epochs) + " epoch(s) (line " +
              std::to_string(actual->line) + ").";
    m.name = options.runName.empty() ? textparse::stem(options.fileName) : options.runName;
    if (m.name.empty())
        m.name = "measured run";
    result.runs.push_back(std::move(m));
    return result;
}

} // namespace greenlight
