#pragma once

#include "io/jsonreader.h"

#include <optional>
#include <string>
#include <vector>

namespace greenlight::cli {

// Thrown for bad command-line input; main() prints it as one line and exits with 2.
struct UsageError
{
    std::string message;
};

// Command-line arguments after the command word. Options are "--name value" or "--name=value";
// every option read is marked, so leftovers are reported as unknown.
class Arguments
{
public:
    explicit Arguments(std::vector<std::string> args);

    bool flag(const std::string &name);
    std::optional<std::string> option(const std::string &name);
    std::optional<double> number(const std::string &name, NumberRule rule);
    std::vector<std::string> options(const std::string &name); // repeatable
    std::optional<std::string> positional();

    // Throws UsageError naming the first argument nobody asked for.
    void expectNoneLeft() const;
    bool has(const std::string &name) const;

private:
    std::vector<std::string> m_args;
    std::vector<bool> m_used;
};

double parseNumber(const std::string &flag, const std::string &text, NumberRule rule);

} // namespace greenlight::cli
