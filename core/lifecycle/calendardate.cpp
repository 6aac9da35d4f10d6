#include "calendardate.h"

#include "io/deploymentjson.h"

#include <cstdio>

namespace greenlight {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days.
long daysFromCivil(long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

void civilFromDays(long z, long &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

} // namespace

std::optional<long> CalendarDate::parse(const std::string &text)
{
    if (!DeploymentJson::isValidDate(text))
        return std::nullopt;
    int y = 0, m = 0, d = 0;
    std::sscanf(text.c_str(), "%4d-%2d-%2d", &y, &m, &d);
    return daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::string CalendarDate::format(long dayNumber)
{
    long y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(dayNumber, y, m, d);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04ld-%02u-%02u", y, m, d);
    return buf;
}

std::string CalendarDate::addDays(const std::string &date, long days)
{
    const auto n = parse(date);
    return n ? format(*n + days) : std::string();
}

std::string CalendarDate::addMonths(const std::string &date, int months)
{
    if (!parse(date))
        return {};
    int y = 0, m = 0, d = 0;
    std::sscanf(date.c_str(), "%4d-%2d-%2d", &y, &m, &d);
    const int total = (y * 12 + (m - 1)) + months;
    const int ny = total / 12;
    const int nm = total % 12 + 1;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (ny % 4 == 0 && ny % 100 != 0) || ny % 400 == 0;
    const int last = kDays[nm - 1] + (nm == 2 && leap ? 1 : 0);
    return format(daysFromCivil(ny, static_cast<unsigned>(nm), static_cast<unsigned>(d < last ? d : last)));
}

} // namespace greenlight
