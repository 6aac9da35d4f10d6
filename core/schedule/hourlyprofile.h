#pragma once

#include "utctime.h"

#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

// A grid carbon-intensity series at hourly resolution, in UTC: value i applies to the hour
// [startUtc + i·3600 s, startUtc + (i+1)·3600 s). Always complete (no gaps, no empty hours): the
// importer fills or rejects what is missing before a profile exists.
struct HourlyProfile
{
    static constexpr UtcSeconds kHour = 3600;

    std::string id;     // "US-CISO", or the file name for an imported file
    std::string name;   // human label
    std::string source; // citation / origin of the data
    UtcSeconds startUtc = 0;
    std::vector<double> gPerKWh;
    std::size_t filledHours = 0; // empty cells filled by interpolation when importing

    std::size_t size() const { return gPerKWh.size(); }
    UtcSeconds endUtc() const { return startUtc + static_cast<UtcSeconds>(gPerKWh.size()) * kHour; }
    UtcSeconds hourStart(std::size_t i) const { return startUtc + static_cast<UtcSeconds>(i) * kHour; }
    double mean() const;

    // The profiles shipped in resources/profiles (embedded). Ids as in the regions' hourlyProfile
    // field ("US-CISO" → profiles/US-CISO_2022.csv).
    static const std::vector<std::string> &builtInIds();
    // Parsed once and cached; nullptr for an unknown id.
    static const HourlyProfile *builtIn(std::string_view id);
};

} // namespace greenlight
