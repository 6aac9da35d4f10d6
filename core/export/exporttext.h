#pragma once

#include <string>
#include <string_view>

// Text helpers of the exports (paper statement, model card): numbers at the precision an estimate
// can claim, and escaping so that user text (scenario names) comes out literally.
namespace greenlight::ExportText {
// Three significant digits, thousands separated by commas: 433.196 → "433", 14234 → "14,200".
std::string significant(double value, int digits = 3);
// Rounded to an integer with thousands separators: 1082990.4 → "1,082,990".
std::string grouped(double value);
// Hours: grouped when ≥ 100, else three significant digits.
std::string hours(double value);
// Energy in MWh from 1000 kWh on, else kWh: "433 MWh", "52.3 kWh".
std::string energy(double kWh);
// CO2e in t from 1000 kg on, else kg; `unit` receives "tCO2e" or "kgCO2e" (for a range in the same unit).
std::string mass(double kg, std::string *unit = nullptr);
std::string massIn(double kg, const std::string &unit);

// CommonMark: backslash before every character with a Markdown meaning (<, &, *, _, |, ...).
std::string escapeMarkdown(std::string_view text);
// LaTeX text mode: the ten special characters plus < > " (T1 font encoding).
std::string escapeLatex(std::string_view text);
// A YAML double-quoted scalar.
std::string yamlQuote(std::string_view text);
} // namespace greenlight::ExportText
