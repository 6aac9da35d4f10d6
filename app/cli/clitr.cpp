#include "clitr.h"

#ifdef GREENLIGHT_CLI_QT
#include "i18n/language.h"

#include <QCoreApplication>

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

bool cliSetLanguage(const std::string &code)
{
    return code.empty() || code.rfind("en", 0) == 0;
}

#endif

} // namespace greenlight::cli
