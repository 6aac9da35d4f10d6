#pragma once

#include "hourlyprofile.h"
#include "util/issue.h"

#include <optional>
#include <string>
#include <string_view>

namespace greenlight {

struct ProfileImportResult
{
    std::optional<HourlyProfile> profile; // set only when there are no errors
    Issues issues;                        // path "<origin>:<line>" where a line is to blame
};

// Reads a carbon-intensity time series from CSV text (docs/methodology.md, "Hourly profiles"):
// Greenlight's own files (timestamp_utc,g_per_kwh), generic timestamp/value files, Electricity Maps
// exports and WattTime MOER exports (lbs/MWh, converted). Sub-hourly regular rows are averaged to
// hours; empty value cells are filled by linear interpolation and counted in a warning; any other
// gap, duplicate, disorder or bad value is an error naming its line.
class ProfileImporter
{
public:
    // 1 lb = 0.45359237 kg exactly (international yard and pound agreement, 1959), so
    // 1 lb/MWh = 0.45359237 g/kWh.
    static constexpr double kGPerKWhPerLbPerMWh = 0.45359237;

    static ProfileImportResult parse(std::string_view text, const std::string &origin);
    static ProfileImportResult load(const std::string &path);
};

} // namespace greenlight
