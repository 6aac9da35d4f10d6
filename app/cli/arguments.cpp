#include "arguments.h"

#include "util/numberformat.h"

#include <cerrno>
#include <cstdlib>

namespace greenlight::cli {

Arguments::Arguments(std::vector<std::string> args) : m_args(std::move(args)), m_used(m_args.size(), false) {}

bool Arguments::has(const std::string &name) const
{
    for (const std::string &a : m_args)
        if (a == name || a.rfind(name + "=", 0) == 0)
            return true;
    return false;
}

bool Arguments::flag(const std::string &name)
{
    bool found = false;
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        if (!m_used[i] && m_args[i] == name) {
            m_used[i] = true;
            found = true;
        }
    }
    return found;
}

std::vector<std::string> Arguments::options(const std::string &name)
{
    std::vector<std::string> values;
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        if (m_used[i])
            continue;
        if (m_args[i] == name) {
            if (i + 1 >= m_args.size())
                throw UsageError{name + ": missing value"};
            m_used[i] = m_used[i + 1] = true;
            values.push_back(m_args[i + 1]);
            ++i;
        } else if (m_args[i].rfind(name + "=", 0) == 0) {
            m_used[i] = true;
            values.push_back(m_args[i].substr(name.size() + 1));
        }
    }
    return values;
}

std::optional<std::string> Arguments::option(const std::string &name)
{
    const std::vector<std::string> values = options(name);
    if (values.empty())
        return std::nullopt;
    if (values.size() > 1)
        throw UsageError{name + ": given more than once"};
    return values.front();
}

std::optional<double> Arguments::number(const std::string &name, NumberRule rule)
{
    const auto text = option(name);
    if (!text)
        return std::nullopt;
    return parseNumber(name, *text, rule);
}

double parseNumber(const std::string &flag, const std::string &text, NumberRule rule)
{
    if (text.empty())
        throw UsageError{flag + ": expected " + describeRule(rule) + ", got an empty value"};
    errno = 0;
    char *end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0')
        throw UsageError{flag + ": expected " + describeRule(rule) + ", got \"" + text + "\""};
    if (!satisfies(v, rule))
        throw UsageError{flag + ": expected " + describeRule(rule) + ", got " + formatNumber(v)};
    return v;
}

std::optional<std::string> Arguments::positional()
{
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        if (m_used[i])
            continue;
        if (m_args[i].rfind("--", 0) == 0) {
            // Skip an unread option and its value so its value is not taken as a positional.
            if (m_args[i].find('=') == std::string::npos)
                ++i;
            continue;
        }
        m_used[i] = true;
        return m_args[i];
    }
    return std::nullopt;
}

void Arguments::expectNoneLeft() const
{
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        if (m_used[i])
            continue;
        if (m_args[i].rfind("--", 0) == 0)
            throw UsageError{"unknown option " + m_args[i].substr(0, m_args[i].find('=')) +
                             " (see greenlight-cli --help)"};
        throw UsageError{"unexpected argument \"" + m_args[i] + "\""};
    }
}

} // namespace greenlight::cli
