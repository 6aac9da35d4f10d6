#pragma once

#include "catalog/currencyconverter.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace greenlight::ui {

// How costs are shown: the display currency of the Preferences with its catalog rate, in the
// window and in the report alike. The core
// converts (CurrencyConverter); this only formats, with the currency's symbol and the locale.
class Money
{
public:
    Money() = default; // US dollars, in the UI's locale
    explicit Money(CurrencyRate rate);
    // The report formats in its own language; the window follows the UI's current locale.
    Money(CurrencyRate rate, const QLocale &locale);

    const CurrencyRate &rate() const { return m_rate; }
    QString code() const;
    // "€", "£", "CHF"...: the symbol of a locale that uses the currency, else the ISO code.
    QString symbol() const;
    double convert(double usd) const { return CurrencyConverter::fromUsd(usd, m_rate); }
    // A cost given in USD, converted and formatted with three significant digits ("€1.23 M").
    QString format(double usd) const;
    // An amount already in the display currency (chart axes whose coordinates are converted).
    QString formatAmount(double amount) const;
    // Unit text for labels: "EUR", or "EUR/h" with per = "h".
    QString unit(const QString &per = {}) const;
    bool isUsd() const { return m_rate.code == "USD"; }
    // "1 USD = 0.9605 EUR (source, year)", empty for USD.
    QString rateNote() const;

private:
    CurrencyRate m_rate;
    std::optional<QLocale> m_locale;

    QLocale locale() const { return m_locale.value_or(QLocale()); }
};

} // namespace greenlight::ui
