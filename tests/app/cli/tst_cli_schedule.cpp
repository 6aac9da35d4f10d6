// greenlight-cli schedule / compare-regions / catalog list profiles as a black box: outputs agree
// with the core, and bad flags exit 2 with one exact line on stderr.
#include "catalog/catalog.h"
#include "clirunner.h"
#include "schedule/hourlyprofile.h"
#include "schedule/regioncomparison.h"
#include "schedule/scheduler.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace greenlight;

namespace {

const QString kExample = QStringLiteral(GREENLIGHT_SOURCE_DIR "/resources/examples/plan-7b.greenlight.json");
const QString kFineTune = QStringLiteral("Fine-tune an existing 7B model (8 × A100, 3 days)");

} // namespace

class TestCliSchedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    CliResult run(const QStringList &args) const
    {
        return runCli(args, m_dir.filePath(QStringLiteral("xdg-empty")));
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(GREENLIGHT_CLI_PATH)));
    }

    void scheduleJsonMatchesCore()
    {
        const CliResult r =
            run({QStringLiteral("schedule"), QStringLiteral("--profile"), QStringLiteral("US-CISO"),
                 QStringLiteral("--hours"), QStringLiteral("24"), QStringLiteral("--power-kw"),
                 QStringLiteral("100"), QStringLiteral("--pausable"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        ScheduleJob job;
        job.durationHours = 24;
        job.powerKW = 100;
        job.pausable = true;
        Issues issues;
        const auto core = Scheduler::plan(*HourlyProfile::builtIn("US-CISO"), job, issues);
        QVERIFY(core);
        const QJsonObject plans = j.value(QStringLiteral("plans")).toObject();
        QCOMPARE(plans.value(QStringLiteral("best")).toObject().value(QStringLiteral("co2eKg")).toDouble(),
                 core->best.co2eKg);
        QCOMPARE(plans.value(QStringLiteral("best")).toObject().value(QStringLiteral("start")).toString(),
                 QString::fromStdString(formatIsoTime(core->best.startUtc)));
        QCOMPARE(
            plans.value(QStringLiteral("pausable")).toObject().value(QStringLiteral("co2eKg")).toDouble(),
            core->pausable->co2eKg);
        QCOMPARE(plans.value(QStringLiteral("startNow")).toObject().value(QStringLiteral("start")).toString(),
                 QStringLiteral("2022-01-01T00:00:00Z"));
        QCOMPARE(j.value(QStringLiteral("job")).toObject().value(QStringLiteral("energyKWh")).toDouble(),
                 2400.0);
        QCOMPARE(j.value(QStringLiteral("profile")).toObject().value(QStringLiteral("filledHours")).toInt(),
                 3);
    }

    void scheduleTable()
    {
        // A region id whose record names a profile works as --profile too.
        const CliResult r =
            run({QStringLiteral("schedule"), QStringLiteral("--profile"), QStringLiteral("US-CISO"),
                 QStringLiteral("--hours"), QStringLiteral("4"), QStringLiteral("--energy-kwh"),
                 QStringLiteral("400"), QStringLiteral("--earliest"), QStringLiteral("2022-06-15"),
                 QStringLiteral("--deadline"), QStringLiteral("2022-06-16T00:00:00Z")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Window   2022-06-15T00:00:00Z – 2022-06-16T00:00:00Z (24 h)"));
        QVERIFY(r.out.contains("start now (earliest)"));
        QVERIFY(r.out.contains("best start"));
        QVERIFY(r.out.contains("Recommended: start at 2022-06-15T"));
        QVERIFY(!r.out.contains("pausable,"));
    }

    void scheduleProjectScenario()
    {
        const CliResult ok = run({QStringLiteral("schedule"), QStringLiteral("--profile"),
                                  QStringLiteral("US-PJM"), kExample, QStringLiteral("--scenario"), kFineTune,
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(ok.exitCode, 0);
        const QJsonObject job =
            QJsonDocument::fromJson(ok.out).object().value(QStringLiteral("job")).toObject();
        QVERIFY(job.value(QStringLiteral("hours")).toInt() >= 72); // 3 days, experiments included
        QVERIFY(job.value(QStringLiteral("energyKWh")).toDouble() > 0);
        const CliResult r =
            run({QStringLiteral("schedule"), QStringLiteral("--profile"), QStringLiteral("US-PJM"), kExample,
                 QStringLiteral("--scenario"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QByteArray("greenlight-cli: --scenario: no scenario named \"nope\" in ") +
                            kExample.toUtf8() + "\n");
    }

    void scheduleProfileFile()
    {
        const QString good =
            writeFile(QStringLiteral("wt.csv"), "point_time,value\n2022-01-01T00:00:00+00:00,1000\n"
                                                "2022-01-01T01:00:00+00:00,500\n"
                                                "2022-01-01T02:00:00+00:00,800\n");
        CliResult r = run({QStringLiteral("schedule"), QStringLiteral("--profile-file"), good,
                           QStringLiteral("--hours"), QStringLiteral("1"), QStringLiteral("--power-kw"),
                           QStringLiteral("1000"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("WattTime MOER values converted"));
        const QJsonObject best = QJsonDocument::fromJson(r.out)
                                     .object()
                                     .value(QStringLiteral("plans"))
                                     .toObject()
                                     .value(QStringLiteral("best"))
                                     .toObject();
        QCOMPARE(best.value(QStringLiteral("start")).toString(), QStringLiteral("2022-01-01T01:00:00Z"));
        QVERIFY(std::abs(best.value(QStringLiteral("co2eKg")).toDouble() - 500 * 0.45359237) < 1e-9);

        const QString bad =
            writeFile(QStringLiteral("gap.csv"), "timestamp_utc,g_per_kwh\n2022-01-01T00:00:00Z,5\n"
                                                 "2022-01-01T01:00:00Z,5\n2022-01-01T03:00:00Z,5\n");
        r = run({QStringLiteral("schedule"), QStringLiteral("--profile-file"), bad, QStringLiteral("--hours"),
                 QStringLiteral("1"), QStringLiteral("--power-kw"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(
            r.err,
            "greenlight-cli: --profile-file: " + bad.toUtf8() +
                ":4: gap: no rows from 2022-01-01T02:00:00Z to 2022-01-01T02:00:00Z (1 missing); a missing "
                "value must be an empty cell on a row of its own\n");
    }

    void badFlags_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        const QStringList p = {QStringLiteral("schedule"), QStringLiteral("--profile"),
                               QStringLiteral("US-CISO")};
        QTest::newRow("no profile")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("--hours"), QStringLiteral("1")}
            << "give the profile: --profile ID (see `greenlight-cli catalog list profiles`) or "
               "--profile-file FILE";
        QTest::newRow("unknown profile")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("--profile"), QStringLiteral("FRA")}
            << "--profile: no hourly profile \"FRA\" (built-in: US-AZPS, US-BPAT, US-CISO, US-ERCO, US-MISO, "
               "US-NYIS, "
               "US-PJM, US-SOCO; or use --profile-file FILE)";
        QTest::newRow("no job")
            << p << "give the job: --hours H with --power-kw P or --energy-kwh E, or PROJECT.json";
        QTest::newRow("hours without power")
            << p + QStringList{QStringLiteral("--hours"), QStringLiteral("3")}
            << "--hours: give the power (--power-kw) or the energy (--energy-kwh) too";
        QTest::newRow("negative hours") << p + QStringList{QStringLiteral("--hours"), QStringLiteral("-3")}
                                        << "--hours: expected a finite number > 0, got -3";
        QTest::newRow("bad time")
            << p + QStringList{QStringLiteral("--hours"),    QStringLiteral("3"),
                               QStringLiteral("--power-kw"), QStringLiteral("1"),
                               QStringLiteral("--earliest"), QStringLiteral("tomorrow")}
            << "--earliest: cannot read \"tomorrow\" (expected ISO 8601, e.g. 2022-06-01T08:00:00Z)";
        QTest::newRow("outside the profile")
            << p + QStringList{QStringLiteral("--hours"),    QStringLiteral("3"),
                               QStringLiteral("--power-kw"), QStringLiteral("1"),
                               QStringLiteral("--earliest"), QStringLiteral("2026-01-01")}
            << "--earliest: 2026-01-01T00:00:00Z is outside the profile US-CISO (2022-01-01T00:00:00Z – "
               "2023-01-01T00:00:00Z)";
        QTest::newRow("job longer than the window")
            << p + QStringList{QStringLiteral("--hours"),    QStringLiteral("30"),
                               QStringLiteral("--power-kw"), QStringLiteral("1"),
                               QStringLiteral("--earliest"), QStringLiteral("2022-03-01"),
                               QStringLiteral("--deadline"), QStringLiteral("2022-03-02")}
            << "--hours: the job needs 30 h but the window 2022-03-01T00:00:00Z – 2022-03-02T00:00:00Z has "
               "24 whole "
               "hour(s)";
        QTest::newRow("schedule bad format")
            << p + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}
            << "--format: expected table or json, got \"csv\"";
        const QStringList c = {QStringLiteral("compare-regions"), QStringLiteral("--accelerator"),
                               QStringLiteral("h100-sxm"), QStringLiteral("--hours"), QStringLiteral("10")};
        QTest::newRow("no regions")
            << c << "--regions: required (comma-separated region ids, e.g. FRA,CA-QC,US-CISO)";
        QTest::newRow("unknown regions")
            << c + QStringList{QStringLiteral("--regions"), QStringLiteral("FRA,Atlantis,XX")}
            << "--regions: unknown region id(s) \"Atlantis\", \"XX\" (see `greenlight-cli catalog list "
               "regions`)";
        QTest::newRow("intensity")
            << c + QStringList{QStringLiteral("--regions"), QStringLiteral("FRA"),
                               QStringLiteral("--intensity"), QStringLiteral("5")}
            << "--intensity: not used by compare-regions (each region's own intensity applies)";
        QTest::newRow("unknown accelerator") << QStringList{QStringLiteral("compare-regions"),
                                                            QStringLiteral("--accelerator"),
                                                            QStringLiteral("zz"),
                                                            QStringLiteral("--hours"),
                                                            QStringLiteral("1"),
                                                            QStringLiteral("--regions"),
                                                            QStringLiteral("FRA")}
                                             << "--accelerator: unknown accelerator id \"zz\" (see "
                                                "`greenlight-cli catalog list accelerators`) (in "
                                                "region FRA)";
    }

    void badFlags()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const CliResult r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QString::fromUtf8(r.err), QStringLiteral("greenlight-cli: ") + error + QLatin1Char('\n'));
    }

    void compareRegionsRanks()
    {
        const CliResult r = run({QStringLiteral("compare-regions"), QStringLiteral("--accelerator"),
                                 QStringLiteral("h100-sxm"), QStringLiteral("--count"), QStringLiteral("8"),
                                 QStringLiteral("--hours"), QStringLiteral("100"),
                                 QStringLiteral("--regions"), QStringLiteral("POL,US-CISO,FRA,CA-QC"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray regions =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("regions")).toArray();
        QCOMPARE(regions.size(), 4);
        QCOMPARE(regions.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("CA-QC"));
        QCOMPARE(regions.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("FRA"));
        QCOMPARE(regions.at(3).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("POL"));
        // Québec's grid publishes a direct figure only, the others life cycle; countries get the
        // default PUE: the JSON names the basis and the notes say both.
        QCOMPARE(regions.at(0).toObject().value(QStringLiteral("intensityBasis")).toString(),
                 QStringLiteral("operational"));
        QCOMPARE(regions.at(1).toObject().value(QStringLiteral("intensityBasis")).toString(),
                 QStringLiteral("lifecycle"));
        const QJsonArray notes =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("notes")).toArray();
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.at(0).toString().contains(QStringLiteral("direct (combustion only")));

        const CliResult table = run({QStringLiteral("compare-regions"), QStringLiteral("--accelerator"),
                                     QStringLiteral("h100-sxm"), QStringLiteral("--count"),
                                     QStringLiteral("8"), QStringLiteral("--hours"), QStringLiteral("100"),
                                     QStringLiteral("--regions"), QStringLiteral("SWE,aws:eu-north-1")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(
            table.out.contains("Note: PUE from different sources: the industry-average default 1.56 for SWE"),
            table.out.constData());

        const CliResult csv = run({QStringLiteral("compare-regions"), kExample, QStringLiteral("--scenario"),
                                   kFineTune, QStringLiteral("--regions"), QStringLiteral("DEU,FRA"),
                                   QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QByteArray("rank,id,name,intensityGPerKWh,pue,facilityEnergyKWh,co2eLocationKg,"
                                         "co2eMarketKg,co2eTotalKg,waterL,costUsd"));
        QVERIFY(lines.at(1).startsWith("1,FRA,France,"));
        QVERIFY(lines.at(2).startsWith("2,DEU,"));
    }

    void catalogListProfiles()
    {
        const CliResult r =
            run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("profiles")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("US-CISO"));
        QVERIFY(r.out.contains("8 record(s)"));
    }
};

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "tst_cli_schedule.moc"
