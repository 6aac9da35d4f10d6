// The user interface per language: Greenlight's translation and the locale are installed the way
// app/gui/main.cpp does it (ui/i18n/language.h), then the main window's menus, the core labels,
// numbers, dates and the CLI help are checked. A missing translation fails here on purpose.
#include "dashboard/comparisonmodel.h"
#include "document/document.h"
#include "embeddedfiles.h"
#include "i18n/coretext.h"
#include "i18n/language.h"
#include "io/projectfile.h"
#include "shell/mainwindow.h"
#include "shell/preferences.h"
#include "shell/preferencesdialog.h"
#include "util/numberformat.h"

#include <QComboBox>
#include <QDate>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace greenlight;

class TestI18n : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { ui::Language::install(QStringLiteral("en")); }

    void qmEmbedded_data();
    void qmEmbedded();
    void menus_translated_data();
    void menus_translated();
    void coreLabels_translated_data();
    void coreLabels_translated();
    void numbersAndDates_followLanguage_data();
    void numbersAndDates_followLanguage();
    void comparisonTable_numbersFollowLanguage_data();
    void comparisonTable_numbersFollowLanguage();
    void reportTitles_translated_data();
    void reportTitles_translated();
    void unknownLanguage_isRefused();
    void preferences_offerLanguages();
    void cliHelp_translated_data();
    void cliHelp_translated();
    void cliTables_followTheLanguage_data();
    void cliTables_followTheLanguage();
};

namespace {

void languageRows()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("es") << QStringLiteral("es");
}

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        if (a->menu())
            titles << a->text();
    return titles;
}

} // namespace

void TestI18n::qmEmbedded_data()
{
    languageRows();
}

void TestI18n::qmEmbedded()
{
    QFETCH(QString, lang);
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/greenlight_%1.qm").arg(lang)));
    QCOMPARE(ui::Language::install(lang), lang);
    QCOMPARE(ui::Language::current(), lang);
}

void TestI18n::menus_translated_data()
{
    languageRows();
}

void TestI18n::menus_translated()
{
    QFETCH(QString, lang);
    Catalog catalog = Catalog::builtIn();
    ui::Document englishDoc(catalog);
    QStringList english;
    {
        ui::Language::install(QStringLiteral("en"));
        ui::MainWindow window(englishDoc);
        english = menuTitles(window);
    }
    QVERIFY(english.contains(QStringLiteral("&File")));
    QCOMPARE(ui::Language::install(lang), lang);
    ui::Document document(catalog);
    ui::MainWindow window(document);
    const QStringList translated = menuTitles(window);
    QCOMPARE(translated.size(), english.size());
    for (int i = 0; i < english.size(); ++i) {
        QVERIFY2(!translated[i].isEmpty(), qPrintable(english[i]));
        // "&Scenario" may stay "&Scenario"/"E&scenario"-like; File, Edit, View, Help must change.
        if (english[i] == QLatin1String("&File") || english[i] == QLatin1String("&Edit") ||
            english[i] == QLatin1String("&View") || english[i] == QLatin1String("&Help"))
            QVERIFY2(translated[i] != english[i], qPrintable(lang + QStringLiteral(": ") + english[i]));
    }
    // Qt's own strings come from qtbase_<lang>.qm when qt6-translations-l10n is installed.
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                      QStringLiteral("/qtbase_%1.qm").arg(lang)))
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
}

void TestI18n::coreLabels_translated_data()
{
    languageRows();
}

void TestI18n::coreLabels_translated()
{
    QFETCH(QString, lang);
    // Every label and unit core hands to the UI is in the table lupdate reads.
    for (std::size_t i = 0; i < kOutputCount; ++i) {
        QVERIFY2(ui::isCoreText(info(static_cast<Output>(i)).label),
                 info(static_cast<Output>(i)).label.data());
        QVERIFY(ui::isCoreText(info(static_cast<Output>(i)).unit));
    }
    for (std::size_t i = 0; i < kInputCount; ++i)
        QVERIFY2(ui::isCoreText(info(static_cast<Input>(i)).label), info(static_cast<Input>(i)).label.data());
    ui::Language::install(lang);
    for (const char *label : {"facility energy", "CO2e, total (location-based + embodied)", "water, total"})
        QVERIFY2(ui::trCore(std::string(label)) != QLatin1String(label), label);
}

void TestI18n::numbersAndDates_followLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("number"); // 1234.5 with one decimal
    QTest::addColumn<QString>("date");   // 2027-03-18, short format
    QTest::newRow("de") << "de" << QStringLiteral("1.234,5") << QStringLiteral("18.03.27");
    // French groups with a narrow no-break space (U+202F).
    QTest::newRow("fr") << "fr" << QStringLiteral("1\u202F234,5") << QStringLiteral("18/03/2027");
    // Spanish does not group four-digit numbers (CLDR minimum grouping digits = 2).
    QTest::newRow("es") << "es" << QStringLiteral("1234,5") << QStringLiteral("18/3/27");
    QTest::newRow("en") << "en" << QStringLiteral("1,234.5") << QStringLiteral("3/18/27");
}

void TestI18n::numbersAndDates_followLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, number);
    QFETCH(QString, date);
    if (lang == QLatin1String("en") && QLocale::system().language() == QLocale::English &&
        QLocale::system().territory() != QLocale::UnitedStates)
        QSKIP("English follows the system's own English locale");
    ui::Language::install(lang);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), number);
    QCOMPARE(QLocale().toString(QDate(2027, 3, 18), QLocale::ShortFormat), date);
}

void TestI18n::comparisonTable_numbersFollowLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("point");
    QTest::newRow("de") << "de" << QStringLiteral(",");
    QTest::newRow("fr") << "fr" << QStringLiteral(",");
    QTest::newRow("es") << "es" << QStringLiteral(",");
    QTest::newRow("en") << "en" << QStringLiteral(".");
}

// The comparison table writes the core's adaptive units with the language's decimal separator
// ("31,0 MWh" in German), not the core's C-locale text.
void TestI18n::comparisonTable_numbersFollowLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, point);
    QCOMPARE(ui::Language::install(lang), lang);
    if (QLocale().decimalPoint() != point)
        QSKIP("English follows the system's own English locale");
    ui::Document document(Catalog::builtIn());
    Issues issues;
    QVERIFY(document.openText(std::string(embedded::file("examples/plan-7b.greenlight.json")),
                              QStringLiteral("plan-7b"), issues));
    ui::ComparisonModel model(document);
    int energyRow = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.outputAt(r) == Output::FacilityEnergyKWh)
            energyRow = r;
    QVERIFY(energyRow >= 0);
    const int column = 0;
    const double kWh = document.result(model.scenarioAt(column)).estimate[Output::FacilityEnergyKWh];
    QString expected = QString::fromStdString(formatEnergyKWh(kWh)); // "31.0 MWh"
    QVERIFY(expected.contains(QLatin1Char('.')));
    expected.replace(QLatin1Char('.'), point);
    const QString cell = model.index(energyRow, column).data().toString();
    QVERIFY2(cell.startsWith(expected), qPrintable(cell + QStringLiteral(" vs ") + expected));
}

void TestI18n::reportTitles_translated_data()
{
    languageRows();
}

void TestI18n::reportTitles_translated()
{
    QFETCH(QString, lang);
    ui::Language::install(lang);
    // The section titles of the PDF report (ui/report/reportbuilder.cpp, Q_DECLARE_TR_FUNCTIONS).
    for (const char *title :
         {"Executive summary", "Scenario comparison", "Lifecycle and break-even", "Recommendations"})
        QVERIFY2(QCoreApplication::translate("ReportBuilder", title) != QLatin1String(title),
                 qPrintable(lang + QStringLiteral(": ") + QLatin1String(title)));
}

void TestI18n::unknownLanguage_isRefused()
{
    ui::Language::install(QStringLiteral("de"));
    QVERIFY(ui::Language::install(QStringLiteral("xx")).isEmpty());
    QCOMPARE(ui::Language::current(), QStringLiteral("de")); // unchanged
    QCOMPARE(ui::Language::normalise(QStringLiteral("fr_CA")), QStringLiteral("fr"));
    QCOMPARE(ui::Language::normalise(QStringLiteral("es-419")), QStringLiteral("es"));
}

void TestI18n::preferences_offerLanguages()
{
    ui::PreferencesDialog dialog(Catalog::builtIn());
    QComboBox *box = dialog.languageBox();
    QVERIFY(box != nullptr);
    QCOMPARE(box->count(), 1 + static_cast<int>(ui::Language::available().size()));
    QCOMPARE(box->itemData(0).toString(), QString()); // "System" first
    box->setCurrentIndex(box->findData(QStringLiteral("fr")));
    dialog.accept();
    QCOMPARE(ui::Preferences().language(), QStringLiteral("fr"));
    ui::Preferences().setLanguage(QString());
}

void TestI18n::cliHelp_translated_data()
{
    languageRows();
}

void TestI18n::cliHelp_translated()
{
    QFETCH(QString, lang);
    QProcess english;
    english.start(QStringLiteral(GREENLIGHT_CLI_PATH),
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    QVERIFY(english.waitForFinished(10000));
    QCOMPARE(english.exitCode(), 0);
    const QString en = QString::fromUtf8(english.readAllStandardOutput());
    QVERIFY(en.contains(QLatin1String("Usage:")));
    QProcess translated;
    translated.start(QStringLiteral(GREENLIGHT_CLI_PATH),
                     {QStringLiteral("--lang"), lang, QStringLiteral("--help")});
    QVERIFY(translated.waitForFinished(10000));
    QCOMPARE(translated.exitCode(), 0);
    const QString text = QString::fromUtf8(translated.readAllStandardOutput());
    QVERIFY(!text.isEmpty());
    QVERIFY2(text != en, qPrintable(lang + QStringLiteral(": the CLI help is not translated")));
    QVERIFY(text.contains(QLatin1String("--lang"))); // option names stay as they are

    QProcess bad;
    bad.start(QStringLiteral(GREENLIGHT_CLI_PATH),
              {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help")});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains(QLatin1String("--lang")));
}

void TestI18n::cliTables_followTheLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("headings"); // English sources the output must show translated
    const QString plan = QStringLiteral(GREENLIGHT_SOURCE_DIR "/resources/examples/plan-7b.greenlight.json");
    const QString levers = QStringLiteral(GREENLIGHT_SOURCE_DIR "/resources/examples/levers.greenlight.json");
    for (const char *lang : {"de", "fr", "es"}) {
        const QString l = QString::fromLatin1(lang);
        QTest::addRow("%s estimate", lang)
            << l << QStringList{QStringLiteral("estimate"), plan} << QStringList{QStringLiteral("quantity")};
        QTest::addRow("%s estimate lifecycle", lang)
            << l << QStringList{QStringLiteral("estimate"), levers}
            << QStringList{QStringLiteral("Lever effects"),
                           QStringLiteral("Lifecycle (training, then inference)")};
        QTest::addRow("%s review", lang) << l << QStringList{QStringLiteral("review"), plan}
                                         << QStringList{QStringLiteral("Checklist:"), QStringLiteral("rank")};
        QTest::addRow("%s compare-regions", lang)
            << l << QStringList{QStringLiteral("compare-regions"),
                                plan,
                                QStringLiteral("--scenario"),
                                QStringLiteral("Fine-tune an existing 7B model (8 × A100, 3 days)"),
                                QStringLiteral("--regions"),
                                QStringLiteral("SWE,IND")}
            << QStringList{QStringLiteral("region"), QStringLiteral("water")};
        QTest::addRow("%s breakeven", lang)
            << l << QStringList{QStringLiteral("breakeven"), levers,
                                QStringLiteral("--a"),       QStringLiteral("7B — pretrain and serve as is"),
                                QStringLiteral("--b"),       QStringLiteral("7B → distilled 1.3B student")}
            << QStringList{QStringLiteral("A per request"), QStringLiteral("break-even:")};
    }
}

// Every table of estimate, review, compare-regions and breakeven follows --lang: translated headings
// and the language's decimal comma ("15,9 t CO2e"); scenario names and JSON keys stay as they are.
void TestI18n::cliTables_followTheLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, args);
    QFETCH(QStringList, headings);
    const auto run = [&](const QString &language) {
        QProcess p;
        p.start(QStringLiteral(GREENLIGHT_CLI_PATH), QStringList{QStringLiteral("--lang"), language} + args);
        p.waitForFinished(60000);
        if (p.exitCode() != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
    };
    const QString en = run(QStringLiteral("en"));
    const QString text = run(lang);
    QVERIFY(!en.isEmpty() && !text.isEmpty());

    ui::Language::install(lang);
    for (const QString &heading : headings) {
        const QString translated =
            QCoreApplication::translate("greenlight-cli", heading.toUtf8().constData());
        QVERIFY2(translated != heading, qPrintable(heading + QStringLiteral(" has no translation")));
        QVERIFY2(text.contains(translated),
                 qPrintable(lang + QStringLiteral(": no \"") + translated + QLatin1Char('"')));
    }
    ui::Language::install(QStringLiteral("en"));

    // The first decimal quantity of the English output, with the language's decimal comma.
    static const QRegularExpression decimal(QStringLiteral("(\\d+)\\.(\\d+) (t CO2e|kg CO2e|MWh|kWh|m³|Wh)"));
    const QRegularExpressionMatch m = decimal.match(en);
    QVERIFY(m.hasMatch());
    const QString local = m.captured(1) + QLatin1Char(',') + m.captured(2) + QLatin1Char(' ') + m.captured(3);
    QVERIFY2(text.contains(local), qPrintable(lang + QStringLiteral(": no ") + local));
    QVERIFY2(!text.contains(m.captured(0)), qPrintable(lang + QStringLiteral(": still ") + m.captured(0)));
    // Names are the user's: never localised.
    QVERIFY(text.contains(QStringLiteral("7B")));
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
