#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace greenlight {

// Seconds since 1970-01-01T00:00:00Z. Hourly profiles and schedules work in UTC only: no time-zone
// database is needed, offsets in the input are applied once when parsing.
using UtcSeconds = std::int64_t;

struct ParsedTime
{
    UtcSeconds utc = 0;
    bool hadZone = false; // "Z" or an offset was given
};

// ISO 8601 date-time: YYYY-MM-DD[T| ]HH:MM[:SS[.fff]][Z|±HH:MM|±HHMM|±HH]. A time without a zone is
// read as UTC and reported through hadZone, so callers decide whether that is acceptable.
std::optional<ParsedTime> parseIsoTime(std::string_view text);

// "2022-01-01T00:00:00Z".
std::string formatIsoTime(UtcSeconds utc);

} // namespace greenlight
