#pragma once

#include <string>

namespace greenlight {

// Plain, locale-independent number text for messages and machine formats: up to `significant`
// significant digits, no trailing zeros ("0.9", "1e+308", "1500000").
std::string formatNumber(double value, int significant = 6);

// The same for readers: never scientific notation ("0.0000435", "1230000"); NaN and ±Inf as above.
std::string formatReadable(double value, int significant = 3);

// Numbers inside text a reader sees (explanations, formulas, notes): as formatNumber up to a
// million, then an SI multiplier with trailing zeros trimmed ("1 T", "42 Z", "7.3 M"); never an
// exponent.
std::string formatPlain(double value, int significant = 6);

// Counts for readers: an SI multiplier above a thousand, plain digits below ("91.3 M", "483 k",
// "156 Z", "0.185"); the caller appends " requests", " km", …
std::string formatCount(double value, int significant = 3);
// A quantity with an SI-prefixed unit symbol: "156 ZFLOP", "500 FLOP", "1.2 kW".
std::string formatSi(double value, const std::string &unit, int significant = 3);

// value rounded to `digits` significant digits (1234.5, 3 → 1230); 0, NaN and ±Inf unchanged.
double roundSignificant(double value, int digits);

// Human-readable quantities with an adaptive unit: "36.3 MWh", "14.0 t CO2e", "5.4 ML".
std::string formatEnergyKWh(double kWh);
std::string formatMassKg(double kg); // kg CO2e → "g", "kg", "t", "kt" CO2e
std::string formatVolumeL(double litres);
std::string formatUsd(double usd);
std::string formatHours(double hours);

} // namespace greenlight
