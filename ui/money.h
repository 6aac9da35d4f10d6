#pragma once

#include "catalog/currencyconverter.h"

#include <QString>

namespace greenlight::ui {

// How costs are shown: the display currency of the Preferences with its catalog rate. The core
// converts (CurrencyConverter); this only formats, with the currency's symbol and the locale.
class Money
{
public:
    Money() = default; // US dollars
    explicit Money(CurrencyRate rate);

    const CurrencyRate &rate() const { return m_rate; }
    QString code() const;
    // "€", "£", "CHF"...: the symbol of a locale that uses the currency, else the ISO code.
    QString symbol() const;
    double convert(double usd) const { return CurrencyConverter::fromUsd(usd, m_rate); }
    // A cost given in USD, converted and formatted with three significant digits ("€1.23 M").
    QString format(double usd) const;
    // Unit text for labels: "EUR", or "EUR/h" with per = "h".
    QString unit(const QString &per = {}) const;
    bool isUsd() const { return m_rate.code == "USD"; }
    // "1 USD = 0.9605 EUR (source, year)", empty for USD.
    QString rateNote() const;

private:
    CurrencyRate m_rate;
};

} // namespace greenlight::ui
