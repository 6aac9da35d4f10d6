#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace greenlight::ui {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString code = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString Language::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // "français" → "Français" in a list of names
    return name.isEmpty() ? code : name;
}

QString Language::normalise(const QString &code)
{
    const QString base = code.trimmed().left(2).toLower();
    return available().contains(base) ? base : QString();
}

QString Language::systemLanguage()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        QString code = normalise(ui);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString Language::install(const QString &requested)
{
    QString code = requested.isEmpty() ? systemLanguage() : normalise(requested);
    if (code.isEmpty())
        return {};
    Installed &state = installed();
    for (auto *t : {&state.app, &state.qt})
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    if (code != QLatin1String("en")) {
        auto app = std::make_unique<QTranslator>();
        if (app->load(QStringLiteral(":/i18n/greenlight_%1.qm").arg(code)) &&
            QCoreApplication::installTranslator(app.get()))
            state.app = std::move(app);
        // Qt's own strings (standard buttons, context menus); absent unless qt6-translations-l10n is
        // installed.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
            QCoreApplication::installTranslator(qt.get()))
            state.qt = std::move(qt);
    }
    // The language alone picks the conventional country (de → Germany, fr → France, es → Spain).
    // The system's own locale when it speaks the language (keeps en_GB, de_AT); else the language's
    // conventional country (de → Germany, fr → France, es → Spain, en → United States).
    QLocale::setDefault(normalise(QLocale::system().name()) == code ? QLocale::system() : QLocale(code));
    state.code = code;
    return code;
}

QString Language::current()
{
    return installed().code;
}

} // namespace greenlight::ui
