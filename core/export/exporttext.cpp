#include "exporttext.h"

#include "util/numberformat.h"

#include <cmath>
#include <cstdio>

namespace greenlight {

namespace {

std::string withCommas(std::string digits)
{
    // digits: an optional '-' then decimal digits.
    const std::size_t start = !digits.empty() && digits[0] == '-' ? 1 : 0;
    for (std::size_t i = digits.size(); i > start + 3; i -= 3)
        digits.insert(i - 3, ",");
    return digits;
}

} // namespace

std::string ExportText::grouped(double value)
{
    if (!std::isfinite(value))
        return "–";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f", value);
    std::string s = buf;
    return s == "-0" ? "0" : withCommas(s);
}

std::string ExportText::significant(double value, int digits)
{
    if (!std::isfinite(value))
        return "–";
    if (value == 0)
        return "0";
    const int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(value))));
    if (magnitude + 1 >= digits) // no decimals left: round to the digits, then group
        return grouped(roundSignificant(value, digits));
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits - 1 - magnitude, value);
    std::string s = buf;
    // "0.50" → "0.5": trailing zeros claim no precision here.
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0')
            s.pop_back();
        if (s.back() == '.')
            s.pop_back();
    }
    return s;
}

std::string ExportText::hours(double value)
{
    return std::fabs(value) >= 100 ? grouped(value) : significant(value);
}

std::string ExportText::energy(double kWh)
{
    return std::fabs(kWh) >= 1000 ? significant(kWh / 1000) + " MWh" : significant(kWh) + " kWh";
}

std::string ExportText::mass(double kg, std::string *unit)
{
    const std::string u = std::fabs(kg) >= 1000 ? "tCO2e" : "kgCO2e";
    if (unit != nullptr)
        *unit = u;
    return massIn(kg, u);
}

std::string ExportText::massIn(double kg, const std::string &unit)
{
    return significant(unit == "tCO2e" ? kg / 1000 : kg) + " " + unit;
}

std::string ExportText::escapeMarkdown(std::string_view text)
{
    static const std::string_view special = "\\`*_{}[]<>()#+!|~&$";
    std::string out;
    for (char c : text) {
        if (special.find(c) != std::string_view::npos)
            out += '\\';
        out += c;
    }
    return out;
}

std::string ExportText::escapeLatex(std::string_view text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '\\':
            out += "\\textbackslash{}";
            break;
        case '{':
        case '}':
        case '&':
        case '%':
        case '$':
        case '#':
        case '_':
            out += '\\';
            out += c;
            break;
        case '~':
            out += "\\textasciitilde{}";
            break;
        case '^':
            out += "\\textasciicircum{}";
            break;
        case '<':
            out += "\\textless{}";
            break;
        case '>':
            out += "\\textgreater{}";
            break;
        case '"':
            out += "\\textquotedbl{}";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string ExportText::yamlQuote(std::string_view text)
{
    std::string out = "\"";
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20 || u == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", u);
            out += buf;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

} // namespace greenlight
