// Greenlight desktop application entry point.
#include "catalog/catalog.h"
#include "catalog/usercatalog.h"
#include "document/document.h"
#include "embeddedfiles.h"
#include "i18n/language.h"
#include "shell/filecontroller.h"
#include "shell/mainwindow.h"
#include "shell/preferences.h"
#include "startupprobe.h"
#ifdef GREENLIGHT_TEST_HOOKS
#include "testhooks.h"
#endif
#include "shell/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

using namespace greenlight;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Greenlight"));
    QApplication::setOrganizationName(QStringLiteral("greenlight"));
    QApplication::setApplicationVersion(QStringLiteral(GREENLIGHT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/greenlight.svg")));

    // --lang and the stored preference apply before any window exists (and before --help prints).
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype langAt = arguments.indexOf(QStringLiteral("--lang"));
    QString language = ui::Preferences().language();
    if (langAt > 0 && langAt + 1 < arguments.size())
        language = arguments.at(langAt + 1);
    for (const QString &a : arguments)
        if (a.startsWith(QLatin1String("--lang=")))
            language = a.mid(7);
    if (ui::Language::install(language).isEmpty()) {
        qWarning("--lang: \"%s\" is not an available language (en, de, fr, es)", qPrintable(language));
        ui::Language::install({});
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan the energy, carbon, water and cost of ML training runs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "Project file to open (default: the example)."));
    QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after <ms> milliseconds (tests, screenshots)."),
        QStringLiteral("ms"));
    QCommandLineOption reportStartup(
        QStringLiteral("report-startup"),
        QApplication::translate("main", "Print the time to the first painted window and the memory used."));
    QCommandLineOption lang(QStringLiteral("lang"),
                            QApplication::translate("main",
                                                    "Language of the interface: en, de, fr or es "
                                                    "(default: Preferences, else the system locale)."),
                            QStringLiteral("code"));
    parser.addOption(quitAfter);
    parser.addOption(reportStartup);
    parser.addOption(lang);
    parser.process(app);
    ui::applyTheme(ui::Preferences().theme());

    Catalog catalog = Catalog::builtIn();
    for (const Issue &i : loadUserCatalogs(catalog))
        if (i.isError())
            qWarning("user catalog: %s", i.toString().c_str());

    ui::Document document(catalog);
    ui::MainWindow window(document);
    if (parser.isSet(reportStartup))
        new ui::StartupProbe(&window, sinceStart, &window);
    window.show();

#ifdef GREENLIGHT_TEST_HOOKS
    // Only in the test-only build greenlight-testhooks (testhooks.h).
    ui::TestHooks testHooks(document, window);
#endif

    // A project named on the command line, else unsaved work from a crash, else the example.
    const QStringList args = parser.positionalArguments();
    const bool opened = !args.isEmpty() && window.files()->openPath(args.first());
    if (!opened && !window.files()->offerRecovery()) {
        Issues issues;
        document.openText(std::string(embedded::file("examples/plan-7b.greenlight.json")),
                          QStringLiteral("plan-7b.greenlight.json"), issues);
    }
#ifdef GREENLIGHT_TEST_HOOKS
    testHooks.startupDone();
#endif
    // A first start offers the guided tour once (not when a test or script quits by itself).
    if (!parser.isSet(quitAfter))
        QTimer::singleShot(0, &window, &ui::MainWindow::offerTourOnce);
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    return app.exec();
}
