#include "money.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace greenlight::ui {

namespace {

// ISO code -> symbol, from the first locale Qt knows that uses the currency (built once).
QString symbolFor(const QString &code)
{
    static const QHash<QString, QString> symbols = [] {
        QHash<QString, QString> map;
        const auto locales =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &l : locales) {
            const QString iso = l.currencySymbol(QLocale::CurrencyIsoCode);
            const QString sym = l.currencySymbol(QLocale::CurrencySymbol);
            if (iso.isEmpty() || sym.isEmpty() || map.contains(iso))
                continue;
            map.insert(iso, sym);
        }
        // Where several currencies share "$" the code tells them apart.
        for (const char *dollar : {"CAD", "AUD", "NZD", "HKD", "SGD", "MXN"})
            map.insert(QLatin1String(dollar), QLatin1String(dollar));
        return map;
    }();
    return symbols.value(code, code);
}

} // namespace

Money::Money(CurrencyRate rate) : m_rate(std::move(rate)) {}

Money::Money(CurrencyRate rate, const QLocale &locale) : m_rate(std::move(rate)), m_locale(locale) {}

QString Money::code() const
{
    return QString::fromStdString(m_rate.code);
}

QString Money::symbol() const
{
    return symbolFor(code());
}

QString Money::format(double usd) const
{
    return formatAmount(convert(usd));
}

QString Money::formatAmount(double v) const
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    const double a = std::fabs(v);
    double divisor = 1;
    QString suffix;
    if (a >= 1e9) {
        divisor = 1e9;
        suffix = QCoreApplication::translate("Money", " bn");
    } else if (a >= 1e6) {
        divisor = 1e6;
        suffix = QCoreApplication::translate("Money", " M");
    } else if (a >= 1e3) {
        divisor = 1e3;
        suffix = QCoreApplication::translate("Money", " k");
    }
    const double s = v / divisor;
    const double as = std::fabs(s);
    const int decimals = as >= 100 ? 0 : (as >= 10 ? 1 : 2);
    const QLocale locale = this->locale();
    // The C locale has no currency format: "483 k USD", as the core and the CLI write it.
    if (locale.language() == QLocale::C)
        return QStringLiteral("%1%2 %3").arg(locale.toString(s, 'f', decimals), suffix, code());
    // A plain minus sign: some locales write negative amounts in parentheses, which reads as a
    // note in a table of savings.
    QString amount = locale.toCurrencyString(std::fabs(s), symbol(), decimals);
    const QString sym = symbol();
    if (!suffix.isEmpty() && amount.endsWith(sym)) // "315 Tsd. €", not "315 € Tsd."
        amount = amount.left(amount.size() - sym.size()).trimmed() + QChar::Nbsp + suffix.trimmed() +
                 QChar::Nbsp + sym;
    else
        amount += suffix;
    return s < 0 ? locale.negativeSign() + amount : amount;
}

QString Money::unit(const QString &per) const
{
    return per.isEmpty() ? code() : QStringLiteral("%1/%2").arg(code(), per);
}

QString Money::rateNote() const
{
    if (isUsd())
        return {};
    return QCoreApplication::translate("Money", "1 USD = %1 %2 (%3, %4)")
        .arg(locale().toString(m_rate.perUsd, 'g', 6), code(), QString::fromStdString(m_rate.source))
        .arg(m_rate.year);
}

} // namespace greenlight::ui
