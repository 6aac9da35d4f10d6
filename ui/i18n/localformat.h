#pragma once

#include "catalog/currencyconverter.h"

#include <QLocale>
#include <QString>

#include <string>

namespace greenlight::ui {

// Numbers for people, in the UI's or the report's locale: the core's adaptive units ("36.3 MWh",
// "14.0 t CO2e") with the locale's decimal separator ("36,3 MWh"). The core stays locale-free
// (its text goes into files and machine formats); tables, panels and the report format through
// this. Tests format with the same functions to find the numbers.
class LocalFormat
{
public:
    explicit LocalFormat(const QLocale &locale = QLocale(), CurrencyRate currency = {})
        : m_locale(locale), m_currency(std::move(currency))
    {}

    const QLocale &locale() const { return m_locale; }

    QString energy(double kWh) const;
    QString mass(double kg) const;
    QString volume(double litres) const;
    // A cost computed in US dollars, shown in the display currency (Money::format).
    QString cost(double usd) const;
    QString hours(double hours) const;
    // Plain number, up to `significant` significant digits, an SI multiplier from a million ("1 T"):
    // never an exponent (the core's formatPlain).
    QString number(double value, int significant = 4) const;
    // A count for people ("75,100", "2.56"): three significant digits, grouped by the locale.
    QString count(double value) const;
    // An input value in a table: six significant digits, grouped below ten million ("1,083,000",
    // "30,716.1", "0.25"), else "1e+12".
    QString value(double value) const;
    // A P5–P95 range, each end formatted by `f`: "6.92 – 22.5 t CO2e" when both ends have the
    // same unit, else "980 kWh – 1.20 MWh".
    template <typename F>
    QString range(double low, double high, F f) const
    {
        return joinRange((this->*f)(low), (this->*f)(high));
    }
    QString date(const std::string &isoDate) const;

private:
    static QString joinRange(const QString &low, const QString &high);
    // The core formats with '.', never grouping; only the decimal point changes with the locale.
    QString localised(const std::string &text) const;

    QLocale m_locale;
    CurrencyRate m_currency;
};

} // namespace greenlight::ui
