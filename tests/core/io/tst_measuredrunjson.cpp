// Measured runs in the project file: every field round trips exactly (imported samples of both
// tools), and malformed entries are reported with their path and exact message.
#include "catalog/catalog.h"
#include "importers/measuredrunimporter.h"
#include "io/measuredrunjson.h"
#include "io/projectfile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace greenlight;

namespace {

const char *const kScenario =
    R"j({"name": "plan", "workload": {"mode": "devicesDuration", "durationHours": 10}, "hardware": {"accelerator": "a100-sxm-80gb", "count": 8}, "site": {"intensityGPerKWh": 400}})j";

std::string projectWithRuns(const std::string &runs)
{
    return std::string(R"j({"schema": 1, "name": "p", "scenarios": [)j") + kScenario +
           "], \"measuredRuns\": [" + runs + "]}";
}

const char *const kRun =
    R"j({"name": "r", "source": {"tool": "codecarbon"}, "measured": {"durationS": 10, "energyKWh": 1, "emissionsKg": 0.4}})j";

MeasuredRun imported(const char *relative)
{
    ImportOptions o = ImportOptions::fromCatalog(Catalog::builtIn(), relative);
    const ImportResult r =
        MeasuredRunImporter::importFile(std::string(GREENLIGHT_TEST_DATA_DIR "/logs/") + relative, o);
    return r.runs.empty() ? MeasuredRun{} : r.runs.front();
}

} // namespace

class TestMeasuredRunJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const Catalog catalog = Catalog::builtIn();
        ProjectLoadResult base = ProjectFile::parse(projectWithRuns(""), catalog);
        QVERIFY(base.project);
        Project p = *base.project;
        MeasuredRun cc = imported("codecarbon/emissions_2024-06_31col_v2.4.3rc1.csv");
        cc.linkedScenario = "plan";
        MeasuredRun water = imported("codecarbon/fixture_2025-11-26_38col.csv");
        MeasuredRun ct = imported("carbontracker/readme_console_example_verbose2.txt");
        QVERIFY(!cc.name.empty() && !water.name.empty() && !ct.name.empty());
        QVERIFY(water.waterL && water.wueLPerKWh);
        QVERIFY(ct.predictedEnergyKWh && ct.pue && ct.intensityGPerKWh);
        p.measuredRuns = {cc, water, ct};

        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("p.greenlight.json")).toStdString();
        std::string error;
        QVERIFY(ProjectFile::save(path, p, error));
        const ProjectLoadResult back = ProjectFile::load(path, catalog);
        QVERIFY2(back.project, back.issues.empty() ? "" : back.issues.front().toString().c_str());
        QCOMPARE(back.issues.size(), std::size_t(0));
        QCOMPARE(back.project->measuredRuns.size(), std::size_t(3));
        // Serialising again gives the same bytes: nothing was lost or altered.
        QCOMPARE(ProjectFile::serialize(*back.project), ProjectFile::serialize(p));
        const MeasuredRun &a = back.project->measuredRuns[0];
        QCOMPARE(a.energyKWh, cc.energyKWh); // exact: doubles are written with full precision
        QCOMPARE(a.emissionsKg, cc.emissionsKg);
        QCOMPARE(a.durationS, cc.durationS);
        QCOMPARE(a.cpuEnergyKWh, cc.cpuEnergyKWh);
        QCOMPARE(a.region, cc.region);
        QCOMPARE(a.linkedScenario, std::string("plan"));
        QCOMPARE(a.notes, cc.notes);
        QCOMPARE(a.rows, cc.rows);
        QCOMPARE(back.project->measuredRuns[2].predictedEpochs, ct.predictedEpochs);
        QCOMPARE(back.project->measuredRuns[2].pueSource, ct.pueSource);
        QCOMPARE(back.project->measuredRuns[1].waterL, water.waterL);

        // A project without measured runs has no "measuredRuns" key (older readers stay happy).
        QVERIFY(ProjectFile::serialize(*base.project).find("measuredRuns") == std::string::npos);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("runs");
        QTest::addColumn<QString>("message");
        const QString run = QString::fromUtf8(kRun);
        QTest::newRow("duplicate")
            << run + QStringLiteral(", ") + run
            << QStringLiteral(
                   "measuredRuns[1].name: duplicate measured run name \"r\" (names must be unique)");
        QTest::newRow("unknown scenario")
            << QString(run).replace(QStringLiteral("\"name\": \"r\","),
                                    QStringLiteral("\"name\": \"r\", \"linkedScenario\": \"x\","))
            << QStringLiteral("measuredRuns[0].linkedScenario: no scenario is named \"x\"");
        QTest::newRow("bad tool")
            << QString(run).replace(QStringLiteral("codecarbon"), QStringLiteral("eco2ai"))
            << QStringLiteral(
                   "measuredRuns[0].source.tool: expected \"codecarbon\" or \"carbontracker\", got "
                   "\"eco2ai\"");
        QTest::newRow("negative energy")
            << QString(run).replace(QStringLiteral("\"energyKWh\": 1"), QStringLiteral("\"energyKWh\": -1"))
            << QStringLiteral("measuredRuns[0].measured.energyKWh: expected a finite number ≥ 0, got -1");
        QTest::newRow("no measured") << QStringLiteral(R"j({"name": "r", "source": {"tool": "codecarbon"}})j")
                                     << QStringLiteral("measuredRuns[0].measured: required field is missing");
        QTest::newRow("pue below 1")
            << QString(run).replace(QStringLiteral("\"measured\""),
                                    QStringLiteral("\"site\": {\"pue\": 0.9}, \"measured\""))
            << QStringLiteral("measuredRuns[0].site.pue: expected a finite number ≥ 1, got 0.9");
    }

    void invalid()
    {
        QFETCH(QString, runs);
        QFETCH(QString, message);
        const ProjectLoadResult r =
            ProjectFile::parse(projectWithRuns(runs.toStdString()), Catalog::builtIn());
        QVERIFY(!r.project);
        QStringList all;
        for (const Issue &i : r.issues)
            all << QString::fromStdString(i.toString());
        QVERIFY2(all.contains(message), qPrintable(all.join(QStringLiteral(" | "))));
    }
};

QTEST_GUILESS_MAIN(TestMeasuredRunJson)
#include "tst_measuredrunjson.moc"
