#include "clitr.h"

#include "compare/accountingmix.h"

#ifdef GREENLIGHT_CLI_QT
#include "i18n/accountingtext.h"
#include "i18n/coretext.h"
#include "i18n/language.h"

#include <QCoreApplication>
#include <QLocale>

#include <clocale>
#endif

namespace greenlight::cli {

#ifdef GREENLIGHT_CLI_QT

namespace {

// QCoreApplication owns the installed translators; the CLI creates one only to use them.
QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "greenlight-cli";
    static char *argv[] = {name, nullptr};
    // Deliberately never destroyed: Qt's globals may be gone when statics are torn down.
    // The report command creates a QApplication first (its charts are widgets): reuse it.
    static QCoreApplication *app = QCoreApplication::instance() != nullptr ? QCoreApplication::instance()
                                                                           : new QCoreApplication(argc, argv);
    // QCoreApplication calls setlocale(LC_ALL, ""): keep numbers parsed and printed with '.'.
    std::setlocale(LC_NUMERIC, "C");
    return *app;
}

} // namespace

std::string cliTr(const char *text)
{
    if (QCoreApplication::instance() == nullptr)
        return text;
    return QCoreApplication::translate("greenlight-cli", text).toStdString();
}

std::string cliCore(const std::string &english)
{
    if (QCoreApplication::instance() == nullptr)
        return english;
    return ui::trCore(english).toStdString();
}

std::string cliNumber(const std::string &text)
{
    // Language::install set the default locale; the C and English locales keep the core's form.
    const QLocale locale;
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    if (QCoreApplication::instance() == nullptr ||
        (point == QStringLiteral(".") && group == QStringLiteral(",")))
        return text;
    // Only separators between digits: "27,200.5" → "27.200,5"; ", " and "." after a word stay.
    const QString in = QString::fromStdString(text);
    QString out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        const bool between = i > 0 && i + 1 < in.size() && in[i - 1].isDigit() && in[i + 1].isDigit();
        if (between && c == QLatin1Char('.'))
            out += point;
        else if (between && c == QLatin1Char(','))
            out += group;
        else
            out += c;
    }
    return out.toStdString();
}

std::vector<std::string> cliAccountingNotes(const AccountingMix &mix)
{
    // English is the core's own text (the same in the no-GUI build); other languages the UI's.
    const QLocale::Language language = QLocale().language();
    if (QCoreApplication::instance() == nullptr || language == QLocale::English || language == QLocale::C)
        return mix.notes();
    std::vector<std::string> out;
    for (const QString &note : ui::accountingNotes(mix))
        out.push_back(note.toStdString());
    return out;
}

bool cliSetLanguage(const std::string &code)
{
    application();
    return !ui::Language::install(QString::fromStdString(code)).isEmpty();
}

#else

std::string cliTr(const char *text)
{
    return text;
}

std::string cliCore(const std::string &english)
{
    return english;
}

std::string cliNumber(const std::string &text)
{
    return text;
}

std::vector<std::string> cliAccountingNotes(const AccountingMix &mix)
{
    return mix.notes();
}

bool cliSetLanguage(const std::string &code)
{
    return code.empty() || code.rfind("en", 0) == 0;
}

#endif

std::string cliArgs(const std::string &text, std::initializer_list<std::string> args)
{
    std::string out = text;
    int n = 1;
    for (const std::string &a : args) {
        const std::string marker = "%" + std::to_string(n++);
        const std::size_t at = out.find(marker);
        if (at != std::string::npos)
            out.replace(at, marker.size(), a);
    }
    return out;
}

} // namespace greenlight::cli
