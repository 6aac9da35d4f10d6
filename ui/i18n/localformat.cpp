#include "reportformat.h"

#include "util/numberformat.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace greenlight::report {

QString ReportFormat::localised(const std::string &text) const
{
    QString s = QString::fromStdString(text);
    const QString point = m_locale.decimalPoint();
    if (point != QStringLiteral("."))
        s.replace(QLatin1Char('.'), point);
    return s;
}

QString ReportFormat::energy(double kWh) const
{
    return localised(formatEnergyKWh(kWh));
}

QString ReportFormat::mass(double kg) const
{
    return localised(formatMassKg(kg));
}

QString ReportFormat::volume(double litres) const
{
    return localised(formatVolumeL(litres));
}

QString ReportFormat::usd(double usd) const
{
    return localised(formatUsd(usd));
}

QString ReportFormat::hours(double hours) const
{
    return localised(formatHours(hours));
}

QString ReportFormat::number(double value, int significant) const
{
    return localised(formatNumber(value, significant));
}

QString ReportFormat::joinRange(const QString &low, const QString &high)
{
    const qsizetype a = low.indexOf(QLatin1Char(' '));
    const qsizetype b = high.indexOf(QLatin1Char(' '));
    if (a > 0 && b > 0 && low.mid(a) == high.mid(b))
        return low.left(a) + QStringLiteral(" – ") + high;
    return low + QStringLiteral(" – ") + high;
}

QString ReportFormat::count(double value) const
{
    if (!std::isfinite(value))
        return number(value);
    const double a = std::fabs(value);
    const int magnitude = a > 0 ? static_cast<int>(std::floor(std::log10(a))) : 0;
    const int decimals = std::max(0, 2 - magnitude);
    return m_locale.toString(roundSignificant(value, 3), 'f', decimals);
}

QString ReportFormat::value(double value) const
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

QString ReportFormat::date(const std::string &isoDate) const
{
    const QDate d = QDate::fromString(QString::fromStdString(isoDate), Qt::ISODate);
    return d.isValid() ? m_locale.toString(d, QLocale::LongFormat) : QString::fromStdString(isoDate);
}

} // namespace greenlight::report
