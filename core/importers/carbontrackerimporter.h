#pragma once

#include "importoptions.h"
#include "importresult.h"

#include <string_view>

namespace greenlight {

// Reads Carbontracker console output or *_carbontracker_output.log files (each line prefixed by
// "YYYY-MM-DD HH:MM:SS - "): the "Actual consumption for N epoch(s)" block (Time, Energy, CO2eq)
// becomes the measured run; the "Predicted consumption" block is kept beside it. The reported
// energy already includes Carbontracker's PUE (Anthony et al. 2020), recorded from the options.
class CarbontrackerImporter
{
public:
    static ImportResult import(std::string_view text, const ImportOptions &options);
    static bool looksLikeCarbontracker(std::string_view text);
};

} // namespace greenlight
