#pragma once

#include "importoptions.h"
#include "importresult.h"

#include <string_view>

namespace greenlight {

// Reads a CodeCarbon emissions.csv of any published layout (12 to 38 columns): columns are matched
// by name, missing optional columns are left unset and unknown columns ignored. CodeCarbon appends
// one row per tracked run, so the rows are summed into one measured run (duration, energy,
// emissions, water); task files (a task_name column) give one measured run per task. A line with
// the wrong number of fields or an unreadable number is skipped and named in a warning.
class CodeCarbonImporter
{
public:
    static ImportResult import(std::string_view text, const ImportOptions &options);
    // True when the first line looks like a CodeCarbon header (for format detection).
    static bool looksLikeCodeCarbon(std::string_view text);
};

} // namespace greenlight
