// Schema migration framework (issue 7, "older versions are migrated, and the original kept").
// Greenlight has one file format so far (schema 1: every later change only added optional keys),
// so the built-in list has no step; the framework is exercised with steps registered here.
#include "catalog/catalog.h"
#include "io/projectfile.h"
#include "io/schemamigration.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <sstream>

using namespace greenlight;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string readAll(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

QString errors(const Issues &issues)
{
    QStringList out;
    for (const Issue &i : issues)
        out << q(i.toString());
    return out.join(QStringLiteral("; "));
}

// A made-up history: schema 1 called the project name "title", schema 2 kept scenarios under
// "plans", schema 3 is what the current reader understands.
SchemaMigration history()
{
    SchemaMigration m(3);
    // Registered out of order on purpose: they must still run 1 → 2 → 3.
    m.addStep({2, "\"plans\" renamed to \"scenarios\"", [](nlohmann::json &d) {
                   d["scenarios"] = d.at("plans");
                   d.erase("plans");
               }});
    m.addStep({1, "\"title\" renamed to \"name\"", [](nlohmann::json &d) {
                   d["plans"] = d.value("plans", nlohmann::json::array());
                   d["name"] = d.at("title");
                   d.erase("title");
               }});
    return m;
}

const char *const kScenario =
    R"({"name": "a", "workload": {"mode": "devicesDuration", "durationHours": 10},
        "hardware": {"accelerator": "a100-sxm-80gb", "count": 8}, "site": {"intensityGPerKWh": 400}})";

} // namespace

class TestSchemaMigration : public QObject
{
    Q_OBJECT

private slots:
    void builtIn_readsTheCurrentSchema()
    {
        const SchemaMigration &m = SchemaMigration::builtIn();
        QCOMPARE(m.current(), Project::kSchemaVersion);
        QCOMPARE(m.steps().size(), std::size_t(1));
    }

    // Schema 1 → 2: the old single token count becomes the output tokens (the old model had no
    // prompt); the FLOP utilisation of the old serving model is dropped with its distribution.
    void builtIn_schema1DeploymentsMoveToTheServingModel()
    {
        const std::string text = R"({"schema": 1, "scenarios": [{"name": "a",
          "workload": {"mode": "acceleratorHours", "acceleratorHours": 10},
          "hardware": {"accelerator": "h100-sxm"}, "site": {"intensityGPerKWh": 100},
          "deployment": {"mode": "firstPrinciples", "parametersB": 7, "requestsPerDay": 1000,
                         "tokensPerRequest": 500, "months": 12, "servingUtilisation": 0.3},
          "uncertainty": {"deployment.servingUtilisation": {"dist": "uniform", "low": 0.1, "high": 0.5}}},
          {"name": "b", "workload": {"mode": "acceleratorHours", "acceleratorHours": 10},
           "hardware": {"accelerator": "h100-sxm"}, "site": {"intensityGPerKWh": 100},
           "deployment": {"mode": "perRequest", "energyPerRequestWh": 0.3, "requestsPerDay": 1000, "months": 12}}]})";
        const ProjectLoadResult r = ProjectFile::parse(text, Catalog::builtIn());
        QVERIFY2(r.project.has_value(), qPrintable(errors(r.issues)));
        QCOMPARE(errors(r.issues), QString());
        QCOMPARE(r.migratedFrom, 1);
        QCOMPARE(r.migrationSteps.size(), std::size_t(1));
        const Deployment &d = *r.project->scenarios[0].deployment;
        QCOMPARE(d.outputTokens, 500.0);
        QCOMPARE(d.inputTokens.value_or(-1), 0.0);
        QVERIFY(r.project->scenarios[0].uncertainty.empty());
        QCOMPARE(r.project->scenarios[1].deployment->outputTokens, 0.0);
    }

    void steps_runInVersionOrder_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("migratedFrom");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("name");
        const QByteArray s(kScenario);
        QTest::newRow("schema 1: two steps")
            << QByteArray(R"({"schema": 1, "title": "old", "scenarios": [)" + s + "]}")
                   .replace("scenarios", "plans")
            << 1
            << QStringList{QStringLiteral("\"title\" renamed to \"name\""),
                           QStringLiteral("\"plans\" renamed to \"scenarios\"")}
            << QStringLiteral("old");
        QTest::newRow("schema 2: one step")
            << QByteArray(R"({"schema": 2, "name": "mid", "plans": [)" + s + "]}") << 2
            << QStringList{QStringLiteral("\"plans\" renamed to \"scenarios\"")} << QStringLiteral("mid");
        QTest::newRow("schema 3: current, nothing to do")
            << QByteArray(R"({"schema": 3, "name": "new", "scenarios": [)" + s + "]}") << 0 << QStringList{}
            << QStringLiteral("new");
    }

    void steps_runInVersionOrder()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, migratedFrom);
        QFETCH(QStringList, steps);
        QFETCH(QString, name);
        const ProjectLoadResult r = ProjectFile::parse(file.toStdString(), Catalog::builtIn(), history());
        QVERIFY2(r.project.has_value(), qPrintable(errors(r.issues)));
        QCOMPARE(errors(r.issues), QString()); // no "unknown key" warning for the old keys either
        QCOMPARE(r.migratedFrom, migratedFrom);
        QStringList applied;
        for (const std::string &s : r.migrationSteps)
            applied << q(s);
        QCOMPARE(applied, steps);
        QCOMPARE(q(r.project->name), name);
        QCOMPARE(r.project->scenarios.size(), std::size_t(1));
    }

    void missingStep_refusesAndLeavesDocument()
    {
        SchemaMigration gap(3);
        gap.addStep({2, "two to three", [](nlohmann::json &d) {
                         d["x"] = 1;
                     }});
        nlohmann::json doc = nlohmann::json::parse(R"({"schema": 1, "name": "n"})");
        const nlohmann::json before = doc;
        std::vector<std::string> applied;
        Issues issues;
        QVERIFY(!gap.migrate(doc, 1, applied, issues));
        QCOMPARE(errors(issues),
                 QString::fromUtf8("schema: cannot read schema 1: no conversion from schema 1 to 2 — "
                                   "the file was left untouched"));
        QVERIFY(doc == before);
        QVERIFY(applied.empty());
    }

    void failingStep_leavesDocument()
    {
        SchemaMigration m(2);
        m.addStep({1, "needs title", [](nlohmann::json &d) {
                       d["name"] = d.at("title");
                   }});
        nlohmann::json doc = nlohmann::json::parse(R"({"schema": 1, "name": "n"})");
        const nlohmann::json before = doc;
        std::vector<std::string> applied;
        Issues issues;
        QVERIFY(!m.migrate(doc, 1, applied, issues));
        QVERIFY2(errors(issues).startsWith(QStringLiteral("schema: cannot convert schema 1 to 2: ")),
                 qPrintable(errors(issues)));
        QVERIFY(doc == before);
    }

    void newerThanTheMigration_isRefused()
    {
        const ProjectLoadResult r = ProjectFile::parse(R"({"schema": 4, "name": "x", "scenarios": []})",
                                                       Catalog::builtIn(), history());
        QVERIFY(!r.project);
        QCOMPARE(errors(r.issues),
                 QString::fromUtf8("schema: the file was written by a newer Greenlight (schema "
                                   "4); this version reads schema 3 — the file was left "
                                   "untouched"));
    }

    // Loading never writes; keepOriginal copies the old file once, byte for byte, and a later call
    // (a second save) never replaces that first original.
    void keepOriginal_copiesOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.greenlight.json"));
        const QByteArray original =
            QByteArray(R"({"schema": 1, "title": "old", "plans": [)") + kScenario + "]}";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(original);
        }
        const std::string text = readAll(path);
        const ProjectLoadResult r = ProjectFile::parse(text, Catalog::builtIn(), history());
        QVERIFY(r.project.has_value());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);

        const std::string backup = ProjectFile::originalBackupPath(path.toStdString(), r.migratedFrom);
        QCOMPARE(q(backup), path + QStringLiteral(".v1.bak"));
        std::string error;
        QVERIFY2(ProjectFile::keepOriginal(path.toStdString(), r.migratedFrom, error), error.c_str());
        QVERIFY(ProjectFile::save(path.toStdString(), *r.project, error));
        QCOMPARE(QByteArray::fromStdString(readAll(q(backup))), original);
        // Second save: the backup still holds the schema-1 original, not the first save's output.
        QVERIFY(ProjectFile::keepOriginal(path.toStdString(), r.migratedFrom, error));
        QVERIFY(ProjectFile::save(path.toStdString(), *r.project, error));
        QCOMPARE(QByteArray::fromStdString(readAll(q(backup))), original);
        const QByteArray current =
            QByteArray("\"schema\": ").append(QByteArray::number(Project::kSchemaVersion));
        QVERIFY(QByteArray::fromStdString(readAll(path)).contains(current));
    }

    void keepOriginal_missingFileFails()
    {
        QTemporaryDir dir;
        std::string error;
        QVERIFY(
            !ProjectFile::keepOriginal(dir.filePath(QStringLiteral("gone.json")).toStdString(), 1, error));
        QVERIFY(!error.empty());
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "tst_schemamigration.moc"
