// greenlight-cli import / calibrate as a black box: what is printed equals the core's result,
// --into adds the run atomically and refuses duplicates, and every bad input is exit 2 with one
// exact line on stderr.
#include "calibration/calibrator.h"
#include "catalog/catalog.h"
#include "clirunner.h"
#include "importers/measuredrunimporter.h"
#include "io/projectfile.h"
#include "util/textfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace greenlight;

namespace {

const QString kLogs = QStringLiteral(GREENLIGHT_TEST_DATA_DIR "/logs/");

const char *const kProject =
    R"j({"schema": 1, "name": "p", "scenarios": [{"name": "plan", "workload": {"mode": "devicesDuration", "durationHours": 1.7}, "hardware": {"accelerator": "t4", "count": 1}, "site": {"intensityGPerKWh": 56, "pue": 1.1}}]})j";

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    CliResult run(const QStringList &args) const
    {
        return runCli(args, m_dir.filePath(QStringLiteral("xdg-empty")));
    }

    QString freshProject(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(kProject);
        return path;
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(content);
        return path;
    }

private slots:
    void printsWhatTheCoreImports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("codecarbon 38col") << QStringLiteral("codecarbon/fixture_2025-11-26_38col.csv");
        QTest::newRow("codecarbon 17col corrupt")
            << QStringLiteral("codecarbon/emissions_2021-07-14_17col_synthetic.csv");
        QTest::newRow("carbontracker") << QStringLiteral("carbontracker/readme_console_example_verbose2.txt");
    }

    void printsWhatTheCoreImports()
    {
        QFETCH(QString, file);
        const CliResult r =
            run({QStringLiteral("import"), kLogs + file, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray runs = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(runs.size(), 1);
        const std::string path = QString(kLogs + file).toStdString();
        const ImportResult core =
            MeasuredRunImporter::importFile(path, ImportOptions::fromCatalog(Catalog::builtIn(), path));
        QVERIFY(core.ok());
        const QJsonObject measured = runs.at(0).toObject().value(QStringLiteral("measured")).toObject();
        QCOMPARE(measured.value(QStringLiteral("energyKWh")).toDouble(), core.runs.front().energyKWh);
        QCOMPARE(measured.value(QStringLiteral("emissionsKg")).toDouble(), core.runs.front().emissionsKg);
        QCOMPARE(measured.value(QStringLiteral("durationS")).toDouble(), core.runs.front().durationS);
        // Skipped lines are warnings on stderr, one line each.
        int warnings = 0;
        for (const Issue &i : core.issues)
            warnings += i.isError() ? 0 : 1;
        QCOMPARE(int(r.err.count('\n')), warnings);
        const CliResult table = run({QStringLiteral("import"), kLogs + file});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("name "));
        QVERIFY(table.out.contains(QByteArray::fromStdString(core.runs.front().name)));
    }

    void intoProjectThenCalibrate()
    {
        const QString project = freshProject(QStringLiteral("into.greenlight.json"));
        const QString log = kLogs + QStringLiteral("codecarbon/emissions_2024-06_31col_v2.4.3rc1.csv");
        CliResult r =
            run({QStringLiteral("import"), log, QStringLiteral("--as"), QStringLiteral("m1"),
                 QStringLiteral("--into"), project, QStringLiteral("--link"), QStringLiteral("plan")});
        QCOMPARE(r.exitCode, 0);
        const QByteArray added = QByteArray("added measured run \"m1\" to ") + project.toUtf8() +
                                 QByteArray(" (linked to scenario \"plan\")\n");
        QVERIFY(r.out.endsWith(added));
        QVERIFY(QFile::exists(project + QStringLiteral("~"))); // atomic save kept the previous file

        const Catalog catalog = Catalog::builtIn();
        const ProjectLoadResult loaded = ProjectFile::load(project.toStdString(), catalog);
        QVERIFY(loaded.project);
        QCOMPARE(loaded.project->measuredRuns.size(), std::size_t(1));
        QCOMPARE(loaded.project->measuredRuns.front().linkedScenario, std::string("plan"));

        // A second run with the same name is refused, and the file is not touched.
        const QByteArray before = [&] {
            QFile f(project);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        r = run({QStringLiteral("import"), log, QStringLiteral("--as"), QStringLiteral("m1"),
                 QStringLiteral("--into"), project});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err),
                 QStringLiteral("greenlight-cli: --as: a measured run named \"m1\" is already in ") +
                     project + QStringLiteral(" (choose another name with --as)\n"));
        QFile f(project);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);

        // calibrate prints the core's proposal.
        r = run({QStringLiteral("calibrate"), project, QStringLiteral("--scenario"), QStringLiteral("plan"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const CalibrationReport core = Calibrator::calibrate(*loaded.project, "plan", {}, catalog);
        QVERIFY(core.ok());
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        const QJsonArray changes =
            j.value(QStringLiteral("proposal")).toObject().value(QStringLiteral("changes")).toArray();
        QCOMPARE(qsizetype(changes.size()), qsizetype(core.proposal.changes.size()));
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const QJsonObject c = changes.at(i).toObject();
            QCOMPARE(c.value(QStringLiteral("path")).toString().toStdString(),
                     core.proposal.changes[std::size_t(i)].path);
            QCOMPARE(c.value(QStringLiteral("value")).toDouble(),
                     core.proposal.changes[std::size_t(i)].value);
        }
        const QJsonObject energy = j.value(QStringLiteral("planShift"))
                                       .toObject()
                                       .value(QStringLiteral("facilityEnergyKWh"))
                                       .toObject();
        QCOMPARE(energy.value(QStringLiteral("after")).toDouble(), core.after[Output::FacilityEnergyKWh]);

        r = run({QStringLiteral("calibrate"), project, QStringLiteral("--scenario"), QStringLiteral("plan")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Measured vs estimated"));
        QVERIFY(r.out.contains("hardware.powerW"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString project = m_dir.filePath(QStringLiteral("bad.greenlight.json"));
        const QString log = kLogs + QStringLiteral("codecarbon/fixture_2025-11-26_38col.csv");
        const QString noEnergy = m_dir.filePath(QStringLiteral("noenergy.csv"));
        const QString text = m_dir.filePath(QStringLiteral("text.txt"));
        const QString missing = m_dir.filePath(QStringLiteral("missing.csv"));
        std::string text2, readError;
        readTextFile(missing.toStdString(), text2, readError);
        QTest::newRow("no file")
            << QStringList{QStringLiteral("import")}
            << "import: expected FILE (a CodeCarbon emissions.csv or Carbontracker output)";
        QTest::newRow("missing file") << QStringList{QStringLiteral("import"), missing}
                                      << missing + QStringLiteral(": ") + QString::fromStdString(readError);
        QTest::newRow("missing columns")
            << QStringList{QStringLiteral("import"), noEnergy}
            << noEnergy + QStringLiteral(
                              ": line 1: not a CodeCarbon emissions file: missing column(s) energy_consumed "
                              "(needed: duration, emissions, energy_consumed)");
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("import"), text}
            << text +
                   QStringLiteral(": unrecognised format: expected a CodeCarbon emissions.csv (a header with "
                                  "duration, emissions, energy_consumed) or Carbontracker output (\"Actual "
                                  "consumption for N epoch(s)\")");
        QTest::newRow("link without into")
            << QStringList{QStringLiteral("import"), log, QStringLiteral("--link"), QStringLiteral("plan")}
            << QStringLiteral("--link: needs --into PROJECT.json (the scenario is looked up there)");
        QTest::newRow("link unknown") << QStringList{QStringLiteral("import"), log,
                                                     QStringLiteral("--into"), project,
                                                     QStringLiteral("--link"), QStringLiteral("nope")}
                                      << QStringLiteral("--link: no scenario named \"nope\" in ") + project;
        QTest::newRow("format") << QStringList{QStringLiteral("import"), log, QStringLiteral("--format"),
                                               QStringLiteral("csv")}
                                << QStringLiteral("--format: expected table or json, got \"csv\"");
        QTest::newRow("empty as") << QStringList{QStringLiteral("import"), log, QStringLiteral("--as"),
                                                 QString()}
                                  << QStringLiteral("--as: expected a name, got an empty value");
        QTest::newRow("calibrate no scenario flag")
            << QStringList{QStringLiteral("calibrate"), project}
            << QStringLiteral("--scenario: required (the scenario to compare and calibrate)");
        QTest::newRow("calibrate no project")
            << QStringList{QStringLiteral("calibrate")} << QStringLiteral("calibrate: expected PROJECT.json");
        QTest::newRow("calibrate unknown scenario")
            << QStringList{QStringLiteral("calibrate"), project, QStringLiteral("--scenario"),
                           QStringLiteral("x")}
            << QStringLiteral("--scenario: no scenario named \"x\" in ") + project;
        QTest::newRow("calibrate nothing linked")
            << QStringList{QStringLiteral("calibrate"), project, QStringLiteral("--scenario"),
                           QStringLiteral("plan")}
            << QStringLiteral(
                   "--run: no measured run is linked to scenario \"plan\"; name the runs to use (") +
                   project + QStringLiteral(")");
        QTest::newRow("calibrate unknown run")
            << QStringList{QStringLiteral("calibrate"),  project,
                           QStringLiteral("--scenario"), QStringLiteral("plan"),
                           QStringLiteral("--run"),      QStringLiteral("ghost")}
            << QStringLiteral("--run: no measured run named \"ghost\" (") + project + QStringLiteral(")");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        freshProject(QStringLiteral("bad.greenlight.json"));
        writeFile(QStringLiteral("noenergy.csv"), "timestamp,duration,emissions\n2021,1,2\n");
        writeFile(QStringLiteral("text.txt"), "hello\n");
        const CliResult r = run(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err), QStringLiteral("greenlight-cli: ") + message + QLatin1Char('\n'));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
