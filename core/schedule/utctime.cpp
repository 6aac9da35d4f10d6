#include "utctime.h"

#include <cstdio>

namespace greenlight {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2 ? 1 : 0;
}

bool isLeap(std::int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(std::int64_t y, unsigned m)
{
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

class Cursor
{
public:
    explicit Cursor(std::string_view s) : m_s(s) {}
    bool atEnd() const { return m_pos >= m_s.size(); }
    char peek() const { return atEnd() ? '\0' : m_s[m_pos]; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    // Exactly n decimal digits.
    bool digits(int n, int &out)
    {
        out = 0;
        for (int i = 0; i < n; ++i) {
            const char c = peek();
            if (c < '0' || c > '9')
                return false;
            out = out * 10 + (c - '0');
            ++m_pos;
        }
        return true;
    }
    void skipDigits()
    {
        while (peek() >= '0' && peek() <= '9')
            ++m_pos;
    }

private:
    std::string_view m_s;
    std::size_t m_pos = 0;
};

} // namespace

std::optional<ParsedTime> parseIsoTime(std::string_view text)
{
    Cursor c(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!c.digits(4, year) || !c.take('-') || !c.digits(2, month) || !c.take('-') || !c.digits(2, day))
        return std::nullopt;
    if (!c.take('T') && !c.take(' ') && !c.take('t'))
        return std::nullopt;
    if (!c.digits(2, hour) || !c.take(':') || !c.digits(2, minute))
        return std::nullopt;
    if (c.take(':')) {
        if (!c.digits(2, second))
            return std::nullopt;
        if (c.take('.') || c.take(',')) // fractions of a second do not matter at hourly resolution
            c.skipDigits();
    }
    if (month < 1 || month > 12 || day < 1 ||
        static_cast<unsigned>(day) > daysInMonth(year, unsigned(month)) || hour > 23 || minute > 59 ||
        second > 59)
        return std::nullopt;
    ParsedTime t;
    std::int64_t offsetSeconds = 0;
    if (c.take('Z') || c.take('z')) {
        t.hadZone = true;
    } else if (c.peek() == '+' || c.peek() == '-') {
        const bool negative = c.peek() == '-';
        c.take(c.peek());
        int oh = 0, om = 0;
        if (!c.digits(2, oh))
            return std::nullopt;
        if (c.take(':')) {
            if (!c.digits(2, om))
                return std::nullopt;
        } else if (!c.atEnd() && !c.digits(2, om)) {
            return std::nullopt;
        }
        if (oh > 18 || om > 59)
            return std::nullopt;
        offsetSeconds = (negative ? -1 : 1) * (std::int64_t{oh} * 3600 + std::int64_t{om} * 60);
        t.hadZone = true;
    }
    if (!c.atEnd())
        return std::nullopt;
    t.utc = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + std::int64_t{hour} * 3600 +
            std::int64_t{minute} * 60 + second - offsetSeconds;
    return t;
}

std::string formatIsoTime(UtcSeconds utc)
{
    std::int64_t days = utc / 86400;
    std::int64_t rest = utc % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ", static_cast<long long>(y), m, d,
                  static_cast<long long>(rest / 3600), static_cast<long long>(rest % 3600 / 60),
                  static_cast<long long>(rest % 60));
    return buf;
}

} // namespace greenlight
