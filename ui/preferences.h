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

    // Costs are computed in US dollars; the currency only changes what is displayed. No exchange
    // rates are shipped: the user enters the rate, and USD at 1.0 is the default.
    QString currencyCode() const;
    void setCurrencyCode(const QString &code);
    double currencyPerUsd() const; // units of the display currency per US dollar
    void setCurrencyPerUsd(double rate);

    // Catalog region id given to new scenarios and templates; empty = none chosen.
    QString defaultRegion() const;
    void setDefaultRegion(const QString &id);

    int monteCarloSamples() const;
    void setMonteCarloSamples(int samples);
    quint64 monteCarloSeed() const;
    void setMonteCarloSeed(quint64 seed);

    Theme theme() const;
    void setTheme(Theme theme);

    static QString themeName(Theme theme); // "system", "light", "dark" (stored form)
    static Theme parseTheme(const QString &name);

    static constexpr int kMinSamples = 100;
    static int maxSamples();
    static int defaultSamples();
    static quint64 defaultSeed();
    static QString defaultCurrency() { return QStringLiteral("USD"); }
};

} // namespace greenlight::ui
