#include "jsonreader.h"

#include "util/numberformat.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

std::string describeRule(NumberRule rule)
{
    switch (rule) {
    case NumberRule::Finite:
        return "a finite number";
    case NumberRule::NonNegative:
        return "a finite number ≥ 0";
    case NumberRule::Positive:
        return "a finite number > 0";
    case NumberRule::Fraction:
        return "a number between 0 and 1";
    case NumberRule::OpenFraction:
        return "a number in (0, 1]";
    case NumberRule::AtLeastOne:
        return "a finite number ≥ 1";
    case NumberRule::PositiveInteger:
        return "an integer ≥ 1";
    }
    return "a number";
}

bool satisfies(double v, NumberRule rule)
{
    if (!std::isfinite(v))
        return false;
    switch (rule) {
    case NumberRule::Finite:
        return true;
    case NumberRule::NonNegative:
        return v >= 0;
    case NumberRule::Positive:
        return v > 0;
    case NumberRule::Fraction:
        return v >= 0 && v <= 1;
    case NumberRule::OpenFraction:
        return v > 0 && v <= 1;
    case NumberRule::AtLeastOne:
        return v >= 1;
    case NumberRule::PositiveInteger:
        return v >= 1 && v <= 1e9 && std::floor(v) == v;
    }
    return false;
}

std::string describeJsonValue(const nlohmann::json &value)
{
    using T = nlohmann::json::value_t;
    switch (value.type()) {
    case T::null:
        return "null";
    case T::boolean:
        return value.get<bool>() ? "true" : "false";
    case T::string: {
        std::string s = value.get<std::string>();
        if (s.size() > 40)
            s = s.substr(0, 40) + "…";
        return "a string (\"" + s + "\")";
    }
    case T::array:
        return "an array";
    case T::object:
        return "an object";
    case T::number_integer:
    case T::number_unsigned:
    case T::number_float:
        return formatNumber(value.get<double>());
    default:
        return "an unsupported value";
    }
}

JsonReader::JsonReader(const nlohmann::json &object, std::string path, Issues &issues)
    : m_object(&object), m_path(std::move(path)), m_issues(issues), m_ok(object.is_object())
{
    if (!m_ok)
        m_issues.push_back({Issue::Severity::Error, m_path.empty() ? std::string("(document)") : m_path,
                            "expected an object, got " + describeJsonValue(object)});
}

std::string JsonReader::childPath(std::string_view key) const
{
    return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

bool JsonReader::has(std::string_view key) const
{
    return m_ok && m_object->contains(key);
}

void JsonReader::error(std::string_view key, std::string message)
{
    m_issues.push_back({Issue::Severity::Error, childPath(key), std::move(message)});
}

const nlohmann::json *JsonReader::field(std::string_view key, bool required)
{
    if (!m_ok)
        return nullptr;
    const auto it = m_object->find(key);
    if (it == m_object->end()) {
        if (required)
            error(key, "required field is missing");
        return nullptr;
    }
    return &*it;
}

std::optional<double> JsonReader::number(std::string_view key, NumberRule rule, bool required)
{
    const nlohmann::json *v = field(key, required);
    if (v == nullptr)
        return std::nullopt;
    if (!v->is_number()) {
        error(key, "expected " + describeRule(rule) + ", got " + describeJsonValue(*v));
        return std::nullopt;
    }
    const double d = v->get<double>();
    if (!satisfies(d, rule)) {
        error(key, "expected " + describeRule(rule) + ", got " + formatNumber(d));
        return std::nullopt;
    }
    return d;
}

std::optional<std::string> JsonReader::string(std::string_view key, bool required, bool allowEmpty)
{
    const nlohmann::json *v = field(key, required);
    if (v == nullptr)
        return std::nullopt;
    if (!v->is_string()) {
        error(key, "expected a string, got " + describeJsonValue(*v));
        return std::nullopt;
    }
    std::string s = v->get<std::string>();
    if (!allowEmpty && s.empty()) {
        error(key, "must not be empty");
        return std::nullopt;
    }
    return s;
}

std::optional<bool> JsonReader::boolean(std::string_view key)
{
    const nlohmann::json *v = field(key, false);
    if (v == nullptr)
        return std::nullopt;
    if (!v->is_boolean()) {
        error(key, "expected true or false, got " + describeJsonValue(*v));
        return std::nullopt;
    }
    return v->get<bool>();
}

const nlohmann::json *JsonReader::object(std::string_view key, bool required)
{
    const nlohmann::json *v = field(key, required);
    if (v != nullptr && !v->is_object()) {
        error(key, "expected an object, got " + describeJsonValue(*v));
        return nullptr;
    }
    return v;
}

const nlohmann::json *JsonReader::array(std::string_view key, bool required)
{
    const nlohmann::json *v = field(key, required);
    if (v != nullptr && !v->is_array()) {
        error(key, "expected an array, got " + describeJsonValue(*v));
        return nullptr;
    }
    return v;
}

void JsonReader::reportUnknownKeys(std::initializer_list<std::string_view> known)
{
    if (!m_ok)
        return;
    for (const auto &item : m_object->items()) {
        if (std::find(known.begin(), known.end(), item.key()) == known.end())
            m_issues.push_back({Issue::Severity::Warning, childPath(item.key()), "unknown key (ignored)"});
    }
}

} // namespace greenlight
