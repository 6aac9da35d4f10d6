#include "numberformat.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <utility>

namespace greenlight {

std::string formatNumber(double value, int significant)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", significant, value);
    return buf;
}

std::string formatReadable(double value, int significant)
{
    if (!std::isfinite(value) || value == 0)
        return formatNumber(value, significant);
    const double rounded = roundSignificant(value, significant); // 0.09996 → 0.1: one digit fewer
    const int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(rounded))));
    const int decimals = std::clamp(significant - 1 - magnitude, 0, 12);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, rounded);
    return buf;
}

namespace {

// The value scaled below a thousand and its SI prefix ("", "k", "M", … "Y").
std::pair<double, const char *> siScaled(double value, int significant)
{
    static constexpr const char *kPrefix[] = {"", "k", "M", "G", "T", "P", "E", "Z", "Y"};
    std::size_t i = 0;
    // Round first so that 999.96 k becomes 1.00 M, not "1000 k".
    while (std::isfinite(value) && std::fabs(roundSignificant(value, significant)) >= 1000 &&
           i + 1 < std::size(kPrefix)) {
        value /= 1000;
        ++i;
    }
    return {value, kPrefix[i]};
}

} // namespace

std::string formatCount(double value, int significant)
{
    const auto [v, prefix] = siScaled(value, significant);
    const std::string number = formatReadable(v, significant);
    return *prefix ? number + " " + prefix : number;
}

std::string formatPlain(double value, int significant)
{
    if (!std::isfinite(value) || value == 0)
        return formatNumber(value, significant);
    const double magnitude = std::fabs(value);
    if (magnitude < 1e-4) { // %g would switch to an exponent
        std::string text = formatReadable(value, significant);
        if (text.find('.') != std::string::npos) {
            text.erase(text.find_last_not_of('0') + 1);
            if (text.back() == '.')
                text.pop_back();
        }
        return text;
    }
    if (magnitude < 1e6) {
        if (magnitude < std::pow(10.0, significant))
            return formatNumber(value, significant);
        // More integer digits than significant ones: round, then write every digit (%g would not).
        const double step = std::pow(10.0, std::floor(std::log10(magnitude)) + 1 - significant);
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.0f", std::round(value / step) * step);
        return buffer;
    }
    const auto [v, prefix] = siScaled(value, significant);
    return formatNumber(v, significant) + " " + prefix;
}

std::string formatSi(double value, const std::string &unit, int significant)
{
    const auto [v, prefix] = siScaled(value, significant);
    return formatReadable(v, significant) + " " + prefix + unit;
}

double roundSignificant(double value, int digits)
{
    if (!std::isfinite(value) || value == 0)
        return value;
    const int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(value))));
    const double step = std::pow(10.0, magnitude + 1 - digits);
    return std::round(value / step) * step;
}

namespace {

// Three significant digits are what a planning estimate can honestly claim.
std::string scaled(double value, double divisor, const char *unit)
{
    char buf[64];
    const double v = value / divisor;
    const double a = std::fabs(v);
    const int decimals = a >= 100 ? 0 : (a >= 10 ? 1 : 2);
    std::snprintf(buf, sizeof buf, "%.*f %s", decimals, v, unit);
    return buf;
}

} // namespace

std::string formatEnergyKWh(double kWh)
{
    const double a = std::fabs(kWh);
    if (a >= 1e6)
        return scaled(kWh, 1e6, "GWh");
    if (a >= 1e3)
        return scaled(kWh, 1e3, "MWh");
    if (a >= 1)
        return scaled(kWh, 1, "kWh");
    return scaled(kWh, 1e-3, "Wh");
}

std::string formatMassKg(double kg)
{
    const double a = std::fabs(kg);
    if (a >= 1e6)
        return scaled(kg, 1e6, "kt CO2e");
    if (a >= 1e3)
        return scaled(kg, 1e3, "t CO2e");
    if (a >= 1)
        return scaled(kg, 1, "kg CO2e");
    return scaled(kg, 1e-3, "g CO2e");
}

std::string formatVolumeL(double litres)
{
    const double a = std::fabs(litres);
    if (a >= 1e6)
        return scaled(litres, 1e6, "ML");
    if (a >= 1e3)
        return scaled(litres, 1e3, "m³");
    return scaled(litres, 1, "L");
}

std::string formatUsd(double usd)
{
    const double a = std::fabs(usd);
    if (a >= 1e9)
        return scaled(usd, 1e9, "bn USD");
    if (a >= 1e6)
        return scaled(usd, 1e6, "M USD");
    if (a >= 1e3)
        return scaled(usd, 1e3, "k USD");
    return scaled(usd, 1, "USD");
}

std::string formatHours(double hours)
{
    const double a = std::fabs(hours);
    if (a >= 1e6)
        return scaled(hours, 1e6, "M h");
    if (a >= 1e3)
        return scaled(hours, 1e3, "k h");
    return scaled(hours, 1, "h");
}

} // namespace greenlight
