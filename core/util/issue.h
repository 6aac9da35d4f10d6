#pragma once

#include <string>
#include <vector>

namespace greenlight {

// A problem found in user input: where (a JSON path such as "scenarios[0].site.pue", or a CLI
// flag such as "--pue") and what is wrong, phrased for the user.
struct Issue
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    std::string path;
    std::string message;

    std::string toString() const { return path.empty() ? message : path + ": " + message; }
    bool isError() const { return severity == Severity::Error; }
};

using Issues = std::vector<Issue>;

inline bool hasErrors(const Issues &issues)
{
    for (const Issue &i : issues)
        if (i.isError())
            return true;
    return false;
}

} // namespace greenlight
