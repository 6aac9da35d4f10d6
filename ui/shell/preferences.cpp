#include "shell/preferences.h"

#include "uncertainty/montecarlo.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace greenlight::ui {

namespace {
const char *const kCurrency = "preferences/currency";
const char *const kLogScale = "preferences/barChartsLogScale";
const char *const kRegion = "preferences/defaultRegion";
const char *const kSamples = "preferences/monteCarloSamples";
const char *const kSeed = "preferences/monteCarloSeed";
const char *const kTheme = "preferences/theme";
const char *const kLanguage = "preferences/language";

QString key(const char *k)
{
    return QLatin1String(k);
}
} // namespace

int Preferences::maxSamples()
{
    return static_cast<int>(std::min<std::size_t>(MonteCarloOptions::kMaxSamples, 100000000));
}

int Preferences::defaultSamples()
{
    return static_cast<int>(MonteCarloOptions::kDefaultSamples);
}

quint64 Preferences::defaultSeed()
{
    return MonteCarloOptions::kDefaultSeed;
}

QString Preferences::currencyCode() const
{
    const QString code = QSettings().value(key(kCurrency), defaultCurrency()).toString();
    // ISO 4217 codes are three letters; anything else stored by hand falls back to USD.
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    return iso.match(code).hasMatch() ? code : defaultCurrency();
}

void Preferences::setCurrencyCode(const QString &code)
{
    QSettings().setValue(key(kCurrency), code.trimmed().toUpper());
}

bool Preferences::barChartsLogScale() const
{
    return QSettings().value(key(kLogScale), false).toBool();
}

void Preferences::setBarChartsLogScale(bool on)
{
    QSettings().setValue(key(kLogScale), on);
}

QString Preferences::defaultRegion() const
{
    return QSettings().value(key(kRegion)).toString();
}

void Preferences::setDefaultRegion(const QString &id)
{
    QSettings().setValue(key(kRegion), id);
}

int Preferences::monteCarloSamples() const
{
    bool ok = false;
    const int n = QSettings().value(key(kSamples), defaultSamples()).toInt(&ok);
    return ok ? std::clamp(n, kMinSamples, maxSamples()) : defaultSamples();
}

void Preferences::setMonteCarloSamples(int samples)
{
    QSettings().setValue(key(kSamples), std::clamp(samples, kMinSamples, maxSamples()));
}

quint64 Preferences::monteCarloSeed() const
{
    bool ok = false;
    const quint64 seed = QSettings().value(key(kSeed), defaultSeed()).toULongLong(&ok);
    return ok ? seed : defaultSeed();
}

void Preferences::setMonteCarloSeed(quint64 seed)
{
    QSettings().setValue(key(kSeed), seed);
}

Preferences::Theme Preferences::theme() const
{
    return parseTheme(QSettings().value(key(kTheme)).toString());
}

void Preferences::setTheme(Theme theme)
{
    QSettings().setValue(key(kTheme), themeName(theme));
}

QString Preferences::language() const
{
    return QSettings().value(key(kLanguage)).toString();
}

void Preferences::setLanguage(const QString &code)
{
    QSettings().setValue(key(kLanguage), code);
}

QString Preferences::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Preferences::Theme Preferences::parseTheme(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

} // namespace greenlight::ui
