#pragma once

#include <map>
#include <string>

namespace greenlight {

// Where a catalog record comes from. `fieldSources` overrides `source` for single fields.
struct Citation
{
    std::string source;
    int year = 0;
    std::string status; // "V" primary source read, "S" secondary copies
    std::map<std::string, std::string> fieldSources;
    std::string notes;
    std::string origin; // "built-in" or the user catalog file it came from

    const std::string &sourceOf(const std::string &field) const
    {
        const auto it = fieldSources.find(field);
        return it == fieldSources.end() ? source : it->second;
    }
};

} // namespace greenlight
