#include "localformat.h"

#include "money.h"

#include "util/numberformat.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace greenlight::ui {

QString LocalFormat::localised(const std::string &text) const
{
    QString s = QString::fromStdString(text);
    const QString point = m_locale.decimalPoint();
    if (point != QStringLiteral("."))
        s.replace(QLatin1Char('.'), point);
    return s;
}

QString LocalFormat::energy(double kWh) const
{
    return localised(formatEnergyKWh(kWh));
}

QString LocalFormat::mass(double kg) const
{
    return localised(formatMassKg(kg));
}

QString LocalFormat::volume(double litres) const
{
    return localised(formatVolumeL(litres));
}

QString LocalFormat::cost(double usd) const
{
    return Money(m_currency, m_locale).format(usd);
}

QString LocalFormat::hours(double hours) const
{
    return localised(formatHours(hours));
}

QString LocalFormat::number(double value, int significant) const
{
    return localised(formatPlain(value, significant));
}

QString LocalFormat::joinRange(const QString &low, const QString &high)
{
    // The unit starts at the first space or no-break space (money: "315 Tsd. €"); never at a
    // narrow no-break space, which groups digits in French.
    const auto unitStart = [](const QString &t) {
        for (qsizetype i = 0; i < t.size(); ++i)
            if (t[i] == QLatin1Char(' ') || t[i] == QChar::Nbsp)
                return i;
        return qsizetype{-1};
    };
    const qsizetype a = unitStart(low);
    const qsizetype b = unitStart(high);
    if (a > 0 && b > 0 && low.mid(a) == high.mid(b))
        return low.left(a) + QStringLiteral(" – ") + high;
    return low + QStringLiteral(" – ") + high;
}

QString LocalFormat::count(double value) const
{
    if (!std::isfinite(value))
        return number(value);
    const double a = std::fabs(value);
    const int magnitude = a > 0 ? static_cast<int>(std::floor(std::log10(a))) : 0;
    const int decimals = std::max(0, 2 - magnitude);
    return m_locale.toString(roundSignificant(value, 3), 'f', decimals);
}

QString LocalFormat::value(double value) const
{
    if (!std::isfinite(value) || std::fabs(value) >= 1e7)
        return number(value);
    // Six significant digits at most (as formatNumber), at most six decimals.
    const double a = std::fabs(value);
    const int magnitude = a > 0 ? static_cast<int>(std::floor(std::log10(a))) : 0;
    QString s = m_locale.toString(value, 'f', std::clamp(5 - magnitude, 0, 6));
    // Drop trailing zeros of the fraction (never of the integer part).
    const QString point = m_locale.decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

QString LocalFormat::date(const std::string &isoDate) const
{
    const QDate d = QDate::fromString(QString::fromStdString(isoDate), Qt::ISODate);
    return d.isValid() ? m_locale.toString(d, QLocale::LongFormat) : QString::fromStdString(isoDate);
}

} // namespace greenlight::ui
