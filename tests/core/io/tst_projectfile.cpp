// .greenlight.json projects: the example loads, round trips, saves atomically, and every malformed
// input is reported with its exact message.
#include "catalog/catalog.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "io/projectfile.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace greenlight;

namespace {

const char *const kExample = GREENLIGHT_SOURCE_DIR "/resources/examples/plan-7b.greenlight.json";

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

Estimate estimateOf(const Scenario &s)
{
    Issues issues;
    const auto r = Resolver(Catalog::builtIn()).resolve(s, issues);
    return r ? Estimator::compute(*r) : Estimate{};
}

// A valid one-scenario project; rows replace one fragment of it.
const QString kScenario = QStringLiteral(
    R"j({"name": "a", "workload": {"mode": "devicesDuration", "durationHours": 10}, "hardware": {"accelerator": "a100-sxm-80gb", "count": 8}, "site": {"intensityGPerKWh": 400}})j");

QString project(const QString &scenarios, const QString &extra = {})
{
    return QStringLiteral(R"j({"schema": 1, "name": "p", )j") + extra +
           QStringLiteral(R"j("scenarios": [)j") + scenarios + QStringLiteral("]}");
}

// The valid project with `from` (which must occur in the scenario) replaced by `to`.
QString variant(const char *from, const char *to)
{
    const QString f = QString::fromUtf8(from);
    Q_ASSERT(kScenario.contains(f));
    return project(QString(kScenario).replace(f, QString::fromUtf8(to)));
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void exampleLoads()
    {
        const ProjectLoadResult r = ProjectFile::load(kExample, Catalog::builtIn());
        QStringList issues;
        for (const Issue &i : r.issues)
            issues << q(i.toString());
        QVERIFY2(r.issues.empty(), qPrintable(issues.join(QStringLiteral("; "))));
        QVERIFY(r.project);
        QVERIFY(r.project->scenarios.size() >= 4);
        QVERIFY(!r.project->name.empty());
        QVERIFY(r.project->findScenario(r.project->baseline) != nullptr);
        for (const Scenario &s : r.project->scenarios) {
            Issues resolveIssues;
            QVERIFY2(Resolver(Catalog::builtIn()).resolve(s, resolveIssues), s.name.c_str());
        }
    }

    void validMinimalProject()
    {
        const ProjectLoadResult r = ProjectFile::parse(project(kScenario).toStdString(), Catalog::builtIn());
        QVERIFY(r.issues.empty());
        QVERIFY(r.project);
        QCOMPARE(r.project->scenarios.size(), std::size_t(1));
        QCOMPARE(r.project->scenarios.front().acceleratorCount, 8);
        QCOMPARE(r.project->scenarios.front().durationHours, 10.0);
    }

    void roundTrip()
    {
        const ProjectLoadResult loaded = ProjectFile::load(kExample, Catalog::builtIn());
        QVERIFY(loaded.project);
        const std::string first = ProjectFile::serialize(*loaded.project);
        const ProjectLoadResult again = ProjectFile::parse(first, Catalog::builtIn());
        QVERIFY(again.issues.empty());
        QVERIFY(again.project);
        const std::string second = ProjectFile::serialize(*again.project);
        QCOMPARE(q(second), q(first));

        // Nothing of the example file is lost or changed (numbers compare by value).
        QCOMPARE(nlohmann::json::parse(first), nlohmann::json::parse(readAll(QString::fromUtf8(kExample))));

        QCOMPARE(again.project->scenarios.size(), loaded.project->scenarios.size());
        QCOMPARE(again.project->baseline, loaded.project->baseline);
        for (std::size_t i = 0; i < loaded.project->scenarios.size(); ++i) {
            const Estimate a = estimateOf(loaded.project->scenarios[i]);
            const Estimate b = estimateOf(again.project->scenarios[i]);
            QVERIFY(a[Output::Co2eLocationKg] > 0);
            for (std::size_t k = 0; k < kOutputCount; ++k)
                QVERIFY2(a.values[k] == b.values[k], loaded.project->scenarios[i].name.c_str());
        }
    }

    // Offsets are kept in the file and never change an emissions figure.
    void offsetsAreReportedBesideNotSubtracted()
    {
        const QString with =
            variant(R"j("intensityGPerKWh": 400)j", R"j("intensityGPerKWh": 400, "offsetsTCo2e": 20)j");
        const ProjectLoadResult a = ProjectFile::parse(with.toStdString(), Catalog::builtIn());
        const ProjectLoadResult b = ProjectFile::parse(project(kScenario).toStdString(), Catalog::builtIn());
        QVERIFY(a.project && b.project);
        QCOMPARE(a.project->scenarios[0].offsetsTCo2e.value_or(0), 20.0);
        QVERIFY(ProjectFile::serialize(*a.project).find("\"offsetsTCo2e\": 20") != std::string::npos);
        const Estimate withOffsets = estimateOf(a.project->scenarios[0]);
        const Estimate without = estimateOf(b.project->scenarios[0]);
        for (std::size_t k = 0; k < kOutputCount; ++k)
            QCOMPARE(withOffsets.values[k], without.values[k]);
    }

    void atomicSave()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plan.greenlight.json"));
        ProjectLoadResult loaded = ProjectFile::load(kExample, Catalog::builtIn());
        QVERIFY(loaded.project);
        Project p = *loaded.project;

        std::string error;
        QVERIFY2(ProjectFile::save(path.toStdString(), p, error), error.c_str());
        QVERIFY(error.empty());
        const std::string firstText = ProjectFile::serialize(p);
        QCOMPARE(q(readAll(path)), q(firstText));
        QVERIFY(!QFileInfo::exists(path + QLatin1Char('~'))); // nothing to back up yet

        p.name = "Renamed plan";
        p.scenarios.pop_back();
        QVERIFY2(ProjectFile::save(path.toStdString(), p, error), error.c_str());
        QCOMPARE(q(readAll(path)), q(ProjectFile::serialize(p)));
        QCOMPARE(q(readAll(path + QLatin1Char('~'))), q(firstText)); // the previous version is kept

        const QStringList entries =
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        QCOMPARE(entries, QStringList({QStringLiteral("plan.greenlight.json"),
                                       QStringLiteral("plan.greenlight.json~")}));

        const ProjectLoadResult reloaded = ProjectFile::load(path.toStdString(), Catalog::builtIn());
        QVERIFY(reloaded.project);
        QCOMPARE(q(reloaded.project->name), QStringLiteral("Renamed plan"));
        QCOMPARE(reloaded.project->scenarios.size(), p.scenarios.size());
    }

    void saveIntoMissingDirectoryFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/plan.greenlight.json"));
        std::string error;
        QVERIFY(!ProjectFile::save(path.toStdString(), Project{}, error));
        QCOMPARE(q(error), QStringLiteral("cannot write: No such file or directory"));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void newerSchemaLeavesFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.greenlight.json"));
        const QByteArray text =
            R"j({"schema": 3, "name": "from the future", "scenarios": [], "hologram": true})j";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        const QDateTime modified = QFileInfo(path).lastModified();
        const ProjectLoadResult r = ProjectFile::load(path.toStdString(), Catalog::builtIn());
        QVERIFY(!r.project);
        QCOMPARE(r.issues.size(), std::size_t(1));
        QCOMPARE(q(r.issues.front().toString()),
                 QStringLiteral(
                     "schema: the file was written by a newer Greenlight (schema 3); this version reads "
                     "schema 2 — the file was left untouched"));
        QCOMPARE(QByteArray::fromStdString(readAll(path)), text);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
    }

    void missingFile()
    {
        const ProjectLoadResult r =
            ProjectFile::load("/nonexistent/none.greenlight.json", Catalog::builtIn());
        QVERIFY(!r.project);
        QCOMPARE(r.issues.size(), std::size_t(1));
        QCOMPARE(q(r.issues.front().toString()),
                 QStringLiteral("cannot open: No such file or directory")); // the caller names the file
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("firstError");

        QTest::newRow("empty file")
            << QString()
            << QStringLiteral("(document): not valid JSON: parse error at line 1, column 1: syntax "
                              "error while parsing value - unexpected end of input; expected "
                              "'[', '{', or a literal");
        QTest::newRow("not JSON") << QStringLiteral(R"j({"schema": 1, "scenarios": [)j")
                                  << QStringLiteral(
                                         "(document): not valid JSON: parse error at line 1, column 29: "
                                         "syntax error while parsing value - unexpected end of input; "
                                         "expected '[', '{', or a literal");
        QTest::newRow("trailing comma")
            << project(kScenario + QLatin1Char(','))
            << QStringLiteral("(document): not valid JSON: parse error at line 1, column "
                              "211: syntax error while parsing value - unexpected ']'; "
                              "expected '[', '{', or a literal");
        QTest::newRow("top-level array")
            << QStringLiteral("[]") << QStringLiteral("(document): expected an object, got an array");
        QTest::newRow("top-level number")
            << QStringLiteral("42") << QStringLiteral("(document): expected an object, got 42");
        QTest::newRow("missing schema") << QStringLiteral(R"j({"name": "p", "scenarios": []})j")
                                        << QStringLiteral("schema: required field is missing");
        QTest::newRow("schema 3") << QStringLiteral(R"j({"schema": 3, "scenarios": []})j")
                                  << QStringLiteral(
                                         "schema: the file was written by a newer Greenlight (schema 3); "
                                         "this version reads schema 2 — the file was left untouched");
        QTest::newRow("schema as string")
            << QStringLiteral(R"j({"schema": "1", "scenarios": []})j")
            << QStringLiteral("schema: expected an integer ≥ 1, got a string (\"1\")");
        QTest::newRow("scenarios not an array")
            << QStringLiteral(R"j({"schema": 1, "scenarios": {}})j")
            << QStringLiteral("scenarios: expected an array, got an object");
        QTest::newRow("scenarios missing") << QStringLiteral(R"j({"schema": 1, "name": "p"})j")
                                           << QStringLiteral("scenarios: required field is missing");
        QTest::newRow("scenario not an object")
            << project(QStringLiteral("1")) << QStringLiteral("scenarios[0]: expected an object, got 1");
        QTest::newRow("missing name") << variant(R"j("name": "a", )j", "")
                                      << QStringLiteral("scenarios[0].name: required field is missing");
        QTest::newRow("empty name") << variant(R"j("name": "a")j", R"j("name": "")j")
                                    << QStringLiteral("scenarios[0].name: must not be empty");
        QTest::newRow("duplicate names")
            << project(kScenario + QLatin1Char(',') + kScenario)
            << QStringLiteral("scenarios[1].name: duplicate scenario name \"a\" (names must be unique)");
        QTest::newRow("missing workload")
            << variant(R"j("workload": {"mode": "devicesDuration", "durationHours": 10}, )j", "")
            << QStringLiteral("scenarios[0].workload: required field is missing");
        QTest::newRow("unknown workload mode")
            << variant("devicesDuration", "gpuHours")
            << QStringLiteral(
                   "scenarios[0].workload.mode: expected one of acceleratorHours, devicesDuration, "
                   "firstPrinciples, measuredEnergy, got \"gpuHours\"");
        QTest::newRow("negative hours")
            << variant(R"j("durationHours": 10)j", R"j("durationHours": -10)j")
            << QStringLiteral("scenarios[0].workload.durationHours: expected a finite "
                              "number > 0, got -10");
        QTest::newRow("zero hours") << variant(R"j("durationHours": 10)j", R"j("durationHours": 0)j")
                                    << QStringLiteral(
                                           "scenarios[0].workload.durationHours: expected a finite "
                                           "number > 0, got 0");
        QTest::newRow("hours missing for the mode")
            << variant(R"j(, "durationHours": 10)j", "")
            << QStringLiteral("scenarios[0].workload.durationHours: required field is missing");
        QTest::newRow("string where number expected")
            << variant(R"j("durationHours": 10)j", R"j("durationHours": "10")j")
            << QStringLiteral(
                   "scenarios[0].workload.durationHours: expected a finite number > 0, got a string "
                   "(\"10\")");
        QTest::newRow("1e999 (inf)") << variant(R"j("durationHours": 10)j", R"j("durationHours": 1e999)j")
                                     << QStringLiteral(
                                            "(document): not valid JSON: number overflow parsing '1e999'");
        QTest::newRow("mfu 0") << variant(R"j("durationHours": 10)j", R"j("durationHours": 10, "mfu": 0)j")
                               << QStringLiteral(
                                      "scenarios[0].workload.mfu: expected a number in (0, 1], got 0");
        QTest::newRow("mfu 1.5") << variant(R"j("durationHours": 10)j",
                                            R"j("durationHours": 10, "mfu": 1.5)j")
                                 << QStringLiteral(
                                        "scenarios[0].workload.mfu: expected a number in (0, 1], got 1.5");
        QTest::newRow("first principles without tokens")
            << variant(R"j("mode": "devicesDuration", "durationHours": 10)j",
                       R"j("mode": "firstPrinciples", "parametersB": 7)j")
            << QStringLiteral("scenarios[0].workload.tokens: required field is missing");
        QTest::newRow("fp8 on v100")
            << variant(
                   R"j("mode": "devicesDuration", "durationHours": 10}, "hardware": {"accelerator": "a100-sxm-80gb")j",
                   R"j("mode": "firstPrinciples", "parametersB": 7, "tokens": 1e12, "precision": "fp8"}, "hardware": {"accelerator": "v100-sxm2-32gb")j")
            << QStringLiteral("scenarios[0].workload.precision: accelerator \"v100-sxm2-32gb\" has no peak "
                              "throughput for precision \"fp8\" (known: fp16, fp32)");
        QTest::newRow("count 0") << variant(R"j("count": 8)j", R"j("count": 0)j")
                                 << QStringLiteral(
                                        "scenarios[0].hardware.count: expected an integer ≥ 1, got 0");
        QTest::newRow("count 2.5") << variant(R"j("count": 8)j", R"j("count": 2.5)j")
                                   << QStringLiteral(
                                          "scenarios[0].hardware.count: expected an integer ≥ 1, got 2.5");
        QTest::newRow("count -3") << variant(R"j("count": 8)j", R"j("count": -3)j")
                                  << QStringLiteral(
                                         "scenarios[0].hardware.count: expected an integer ≥ 1, got -3");
        QTest::newRow("unknown accelerator id")
            << variant("a100-sxm-80gb", "a100")
            << QStringLiteral("scenarios[0].hardware.accelerator: unknown accelerator id \"a100\" (see "
                              "`greenlight-cli catalog list accelerators`)");
        QTest::newRow("powerW with loadFactor")
            << variant(R"j("count": 8)j", R"j("count": 8, "powerW": 300, "loadFactor": 0.8)j")
            << QStringLiteral("scenarios[0].hardware.powerW: a measured all-in power excludes loadFactor, "
                              "hostOverheadFraction and hostPowerW: set one or the other");
        QTest::newRow("host power twice")
            << variant(R"j("count": 8)j", R"j("count": 8, "hostPowerW": 100, "hostOverheadFraction": 0.3)j")
            << QStringLiteral(
                   "scenarios[0].hardware.hostPowerW: hostPowerW (watts per accelerator) and "
                   "hostOverheadFraction (a share of the accelerator power) count the same host: set "
                   "one or the other");
        QTest::newRow("TPU without TDP or power")
            << variant("a100-sxm-80gb", "tpu-v5p")
            << QStringLiteral(
                   "scenarios[0].hardware.powerW: accelerator \"tpu-v5p\" has no published TDP: give "
                   "the measured average power per accelerator");
        QTest::newRow("unknown region id")
            << variant(R"j("intensityGPerKWh": 400)j", R"j("region": "mars-1")j")
            << QStringLiteral("scenarios[0].site.region: unknown region id \"mars-1\" (see `greenlight-cli "
                              "catalog list regions`)");
        QTest::newRow("neither region nor intensity")
            << variant(R"j("intensityGPerKWh": 400)j", "")
            << QStringLiteral("scenarios[0].site.region: required: give a region id or a grid intensity "
                              "(intensityGPerKWh)");
        QTest::newRow("negative intensity")
            << variant(R"j("intensityGPerKWh": 400)j", R"j("intensityGPerKWh": -1)j")
            << QStringLiteral("scenarios[0].site.intensityGPerKWh: expected a finite number ≥ 0, got -1");
        QTest::newRow("PUE 0.9") << variant(R"j("intensityGPerKWh": 400)j",
                                            R"j("intensityGPerKWh": 400, "pue": 0.9)j")
                                 << QStringLiteral(
                                        "scenarios[0].site.pue: expected a finite number ≥ 1, got 0.9");
        QTest::newRow("renewableShare 1.2")
            << variant(R"j("intensityGPerKWh": 400)j", R"j("intensityGPerKWh": 400, "renewableShare": 1.2)j")
            << QStringLiteral("scenarios[0].site.renewableShare: expected a number between 0 and 1, got 1.2");
        QTest::newRow("negative offsets")
            << variant(R"j("intensityGPerKWh": 400)j", R"j("intensityGPerKWh": 400, "offsetsTCo2e": -5)j")
            << QStringLiteral("scenarios[0].site.offsetsTCo2e: expected a finite number ≥ 0, got -5");
        QTest::newRow("unknown cost mode")
            << variant(R"j("name": "a", )j", R"j("name": "a", "cost": {"mode": "free"}, )j")
            << QStringLiteral("scenarios[0].cost.mode: expected one of auto, rental, owned, got \"free\"");
        QTest::newRow("includeInComparison not a boolean")
            << variant(R"j("name": "a", )j", R"j("name": "a", "includeInComparison": "yes", )j")
            << QStringLiteral(
                   "scenarios[0].includeInComparison: expected true or false, got a string (\"yes\")");
        QTest::newRow("baseline naming a missing scenario")
            << project(kScenario, QStringLiteral(R"j("baseline": "zzz", )j"))
            << QStringLiteral("baseline: no scenario is named \"zzz\"");
        const QString deep = QString(100, QLatin1Char('[')) + QString(100, QLatin1Char(']'));
        QTest::newRow("deep nesting (100 levels)")
            << project(deep) << QStringLiteral("(document): nesting is deeper than 64 levels");
    }

    void badInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, firstError);
        const ProjectLoadResult r = ProjectFile::parse(text.toStdString(), Catalog::builtIn());
        QVERIFY(!r.project);
        const auto first =
            std::find_if(r.issues.begin(), r.issues.end(), [](const Issue &i) { return i.isError(); });
        QVERIFY(first != r.issues.end());
        QCOMPARE(q(first->toString()), firstError);
    }

    void unknownKeysWarn()
    {
        const QString text =
            project(QString(kScenario).replace(QStringLiteral(R"j("count": 8)j"),
                                               QStringLiteral(R"j("count": 8, "colour": "red")j")),
                    QStringLiteral(R"j("author": "me", )j"));
        const ProjectLoadResult r = ProjectFile::parse(text.toStdString(), Catalog::builtIn());
        QVERIFY(r.project); // warnings do not stop loading
        QCOMPARE(r.issues.size(), std::size_t(2));
        QVERIFY(!r.issues[0].isError());
        QVERIFY(!r.issues[1].isError());
        QCOMPARE(q(r.issues[0].toString()),
                 QStringLiteral("scenarios[0].hardware.colour: unknown key (ignored)"));
        QCOMPARE(q(r.issues[1].toString()), QStringLiteral("author: unknown key (ignored)"));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
