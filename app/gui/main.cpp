// Greenlight desktop application entry point.
#include "catalog/catalog.h"
#include "catalog/usercatalog.h"
#include "document.h"
#include "embeddedfiles.h"
#include "mainwindow.h"
#include "qtconvert.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

using namespace greenlight;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Greenlight"));
    QApplication::setOrganizationName(QStringLiteral("greenlight"));
    QApplication::setApplicationVersion(QStringLiteral(GREENLIGHT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan the footprint of ML training runs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "Project file to open (default: the example)."));
    QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                 QApplication::translate("main", "Quit after <ms> milliseconds (for tests)."),
                                 QStringLiteral("ms"));
    parser.addOption(quitAfter);
    parser.process(app);

    Catalog catalog = Catalog::builtIn();
    for (const Issue &i : loadUserCatalogs(catalog))
        if (i.isError())
            qWarning("user catalog: %s", i.toString().c_str());

    ui::Document document(catalog);
    Issues issues;
    const QStringList args = parser.positionalArguments();
    bool opened = false;
    if (!args.isEmpty()) {
        opened = document.open(args.first(), issues);
        if (!opened) {
            QString msg;
            for (const Issue &i : issues)
                if (i.isError())
                    msg += ui::qs(i.toString()) + QLatin1Char('\n');
            QMessageBox::warning(nullptr, QApplication::translate("main", "Cannot open project"), msg);
        }
    }
    if (!opened) {
        const auto text = embedded::file("examples/plan-7b.greenlight.json");
        document.openText(std::string(text), QStringLiteral("plan-7b.greenlight.json"), issues);
    }

    ui::MainWindow window(document);
    window.show();
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    return app.exec();
}
