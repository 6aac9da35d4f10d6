#pragma once

#include <QString>
#include <QStringList>

namespace greenlight::ui {

// Chooses the user-interface language: installs Greenlight's translation (embedded as
// :/i18n/greenlight_<code>.qm), Qt's own (qtbase_<code>.qm from QLibraryInfo::TranslationsPath,
// when installed) and makes the language's QLocale the default, so numbers and dates follow it.
// Core only (no widgets): the GUI and the CLI both use it.
class Language
{
public:
    // Codes with a translation, "en" first (the source language).
    static QStringList available();
    // The language's own name ("Deutsch"), for the Preferences list.
    static QString nativeName(const QString &code);
    // The first available language of the system locale's UI languages, else "en".
    static QString systemLanguage();
    // "de", "de_DE", "de-AT" → "de" if available; empty when the code names no available language.
    static QString normalise(const QString &code);

    // Installs the translators for code (empty = the system language) on the running
    // QCoreApplication, replacing any installed before. Returns the code used, or an empty string
    // if code is not available (then nothing changes).
    static QString install(const QString &code);
    static QString current();
};

} // namespace greenlight::ui
