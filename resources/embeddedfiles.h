#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace greenlight::embedded {

struct File
{
    std::string_view name; // path relative to resources/, e.g. "catalog/regions.json"
    std::string_view content;
};

// Files embedded at build time from resources/ (catalog, examples, hourly profiles).
const std::vector<File> &files();

// The content of one embedded file, or an empty view when there is none of that name.
std::string_view file(std::string_view name);

} // namespace greenlight::embedded
