#pragma once

#include <QString>

namespace greenlight::ui {

// The user's settings, stored with QSettings. Every getter reads the stored value (or its
// default), every setter writes it, so dialogs and views never hold stale copies.
class Preferences
{
public:
    enum class Theme
    {
        System, // the platform's style and palette
        Light,  // Fusion with its standard palette
        Dark,   // Fusion with a dark palette
    };

    // Costs are computed in US dollars; the currency only changes what is displayed, at the
    // catalog's exchange rate (exchangeRate.<CODE> records; Document::setDisplayCurrency).
    QString currencyCode() const;
    void setCurrencyCode(const QString &code);

    // Catalog region id given to new scenarios and templates; empty = none chosen.
    QString defaultRegion() const;
    void setDefaultRegion(const QString &id);

    int monteCarloSamples() const;
    void setMonteCarloSamples(int samples);
    quint64 monteCarloSeed() const;
    void setMonteCarloSeed(quint64 seed);

    // The dashboard's bar charts on a logarithmic axis.
    bool barChartsLogScale() const;
    void setBarChartsLogScale(bool on);

    Theme theme() const;
    void setTheme(Theme theme);

    // Interface language code ("de", "fr", "es", "en"); empty = follow the system locale. Applies
    // at the next start (app/gui/main.cpp installs it before any window exists).
    QString language() const;
    void setLanguage(const QString &code);

    static QString themeName(Theme theme); // "system", "light", "dark" (stored form)
    static Theme parseTheme(const QString &name);

    static constexpr int kMinSamples = 100;
    static int maxSamples();
    static int defaultSamples();
    static quint64 defaultSeed();
    static QString defaultCurrency() { return QStringLiteral("USD"); }
};

} // namespace greenlight::ui
