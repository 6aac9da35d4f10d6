#pragma once

#include <optional>
#include <string>

// Civil dates as day numbers (days since 1970-01-01), for lifecycle curves and break-even dates.
namespace greenlight::CalendarDate {
std::optional<long> parse(const std::string &yyyyMmDd);
std::string format(long dayNumber);
std::string addDays(const std::string &date, long days);    // "" if date is invalid
std::string addMonths(const std::string &date, int months); // day clamped to the month's length
} // namespace greenlight::CalendarDate
