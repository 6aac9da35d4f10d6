#pragma once

#include "util/issue.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace greenlight {

// What a numeric field must satisfy; the wording is what the user reads in the error.
enum class NumberRule
{
    Finite,          // any finite number
    NonNegative,     // ≥ 0
    Positive,        // > 0
    Fraction,        // 0 ≤ x ≤ 1
    OpenFraction,    // 0 < x ≤ 1
    AtLeastOne,      // ≥ 1 (PUE, multipliers)
    PositiveInteger, // integer ≥ 1
};

std::string describeRule(NumberRule rule);
// Empty when the value satisfies the rule, else the expectation text ("a number ≥ 1").
bool satisfies(double value, NumberRule rule);
std::string describeJsonValue(const nlohmann::json &value);

// Reads the fields of one JSON object, recording every problem with its JSON path instead of
// throwing, so a single load reports all mistakes at once.
class JsonReader
{
public:
    JsonReader(const nlohmann::json &object, std::string path, Issues &issues);

    bool isObject() const { return m_ok; }
    const std::string &path() const { return m_path; }
    std::string childPath(std::string_view key) const;

    bool has(std::string_view key) const;
    std::optional<double> number(std::string_view key, NumberRule rule, bool required = false);
    std::optional<std::string> string(std::string_view key, bool required = false, bool allowEmpty = true);
    std::optional<bool> boolean(std::string_view key);
    // The child object, or nullptr (and an issue if present but not an object / required).
    const nlohmann::json *object(std::string_view key, bool required = false);
    const nlohmann::json *array(std::string_view key, bool required = false);

    // Warn about keys this reader was not asked for.
    void reportUnknownKeys(std::initializer_list<std::string_view> known);

    void error(std::string_view key, std::string message);

private:
    const nlohmann::json *field(std::string_view key, bool required);

    const nlohmann::json *m_object = nullptr;
    std::string m_path;
    Issues &m_issues;
    bool m_ok = false;
};

} // namespace greenlight
