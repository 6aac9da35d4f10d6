// greenlight-cli estimate --sensitivity on scenarios with levers and a deployment: the lifecycle
// tornado (lever and serving parameters included) equals the core's LifecycleSensitivity,
// --sensitivity-training keeps the lever-free ranking, lever keys in "uncertainty" are read, and
// bad flags exit 2 with one line on stderr.
#include "catalog/catalog.h"
#include "clirunner.h"
#include "io/projectfile.h"
#include "lifecycle/lifecyclesensitivity.h"
#include "lifecycle/scenarioevaluator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace greenlight;

namespace {

const QString kExample = QStringLiteral(GREENLIGHT_SOURCE_DIR "/resources/examples/levers.greenlight.json");

ScenarioEvaluation coreEvaluation(const QString &name)
{
    const ProjectLoadResult loaded = ProjectFile::load(kExample.toStdString(), Catalog::builtIn());
    if (!loaded.project)
        qFatal("example does not load");
    const Scenario *s = loaded.project->findScenario(name.toStdString());
    if (s == nullptr)
        qFatal("example scenario missing");
    Issues issues;
    auto ev = ScenarioEvaluator(Catalog::builtIn()).evaluate(*s, issues);
    if (!ev)
        qFatal("example does not evaluate");
    return *ev;
}

} // namespace

class TestCliSensitivity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    CliResult run(const QStringList &args) const
    {
        return runCli(args, m_dir.filePath(QStringLiteral("xdg-empty")));
    }

private slots:
    void lifecycleTornadoEqualsCore_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("contains"); // a lever key the ranking must list ("" = none)
        QTest::newRow("base, lifecycle CO2e") << "7B — pretrain and serve as is"
                                              << "lifecycleCo2eKg"
                                              << "deployment.servingTimeFactor"
                                              << "";
        // Training and serving weigh alike; the MFU moves the training energy only by MFU^-0.5 (power
        // follows throughput), so the serving model's residual ranks first.
        QTest::newRow("2:4 pruning, lifecycle CO2e") << "7B — int8 serving (PTQ) + 2:4 pruning"
                                                     << "lifecycleCo2eKg"
                                                     << "deployment.servingTimeFactor"
                                                     << "levers.pruning.inferenceSpeedup";
        QTest::newRow("base, training CO2e (with levers)") << "7B — pretrain and serve as is"
                                                           << "co2eTotalKg"
                                                           << "mfu"
                                                           << "";
        QTest::newRow("distilled, inference energy") << "7B → distilled 1.3B student"
                                                     << "inferenceEnergyKWh"
                                                     << "deployment.servingTimeFactor"
                                                     << "";
    }
    void lifecycleTornadoEqualsCore()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, output);
        QFETCH(QString, first);
        QFETCH(QString, contains);
        const CliResult r = run({QStringLiteral("estimate"), kExample, QStringLiteral("--scenario"), scenario,
                                 QStringLiteral("--sensitivity"), output, QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("--samples"), QStringLiteral("100")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonObject s = QJsonDocument::fromJson(r.out)
                                  .object()[QStringLiteral("scenarios")]
                                  .toArray()
                                  .first()
                                  .toObject()[QStringLiteral("sensitivity")]
                                  .toObject();
        QCOMPARE(s[QStringLiteral("model")].toString(), QStringLiteral("lifecycle"));
        const QJsonArray inputs = s[QStringLiteral("inputs")].toArray();
        QVERIFY(!inputs.isEmpty());
        QCOMPARE(inputs.first().toObject()[QStringLiteral("key")].toString(), first);
        // Equal to the core, bar by bar.
        Output o = Output::Count;
        for (std::size_t i = 0; i < kOutputCount; ++i)
            if (info(static_cast<Output>(i)).key == output.toStdString())
                o = static_cast<Output>(i);
        const SensitivityResult core = LifecycleSensitivity::analyse(coreEvaluation(scenario), o);
        QCOMPARE(inputs.size(), qsizetype(core.entries.size()));
        QCOMPARE(s[QStringLiteral("central")].toDouble(), core.central);
        bool found = contains.isEmpty();
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            const QJsonObject e = inputs[i].toObject();
            const SensitivityEntry &c = core.entries[std::size_t(i)];
            const std::string key = c.key.empty() ? std::string(info(c.input).key) : c.key;
            QCOMPARE(e[QStringLiteral("key")].toString().toStdString(), key);
            QCOMPARE(e[QStringLiteral("swing")].toDouble(), c.swing);
            found = found || e[QStringLiteral("key")].toString() == contains;
        }
        QVERIFY2(found, qPrintable(contains));
    }

    void trainingTornadoStaysAvailable()
    {
        const CliResult r = run({QStringLiteral("estimate"), kExample, QStringLiteral("--scenario"),
                                 QStringLiteral("7B — int8 serving (PTQ) + 2:4 pruning"),
                                 QStringLiteral("--sensitivity"), QStringLiteral("co2eTotalKg"),
                                 QStringLiteral("--sensitivity-training"), QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("--samples"), QStringLiteral("100")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(r.out)
                                  .object()[QStringLiteral("scenarios")]
                                  .toArray()
                                  .first()
                                  .toObject()[QStringLiteral("sensitivity")]
                                  .toObject();
        QCOMPARE(s[QStringLiteral("model")].toString(), QStringLiteral("training"));
        const ScenarioEvaluation ev = coreEvaluation(QStringLiteral("7B — int8 serving (PTQ) + 2:4 pruning"));
        QCOMPARE(s[QStringLiteral("central")].toDouble(), ev.base[Output::Co2eTotalKg]); // lever-free
        for (const QJsonValue &v : s[QStringLiteral("inputs")].toArray())
            QVERIFY(!v.toObject()[QStringLiteral("key")].toString().contains(QLatin1Char('.')));
    }

    void tableNamesLeverBars()
    {
        const CliResult r =
            run({QStringLiteral("estimate"), kExample, QStringLiteral("--scenario"),
                 QStringLiteral("7B — int8 serving (PTQ) + 2:4 pruning"), QStringLiteral("--sensitivity"),
                 QStringLiteral("lifecycleCo2eKg"), QStringLiteral("--samples"), QStringLiteral("100")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("training with levers + inference"));
        QVERIFY(r.out.contains("1   deployment.servingTimeFactor"));
        // Outputs in their unit for readers, not raw kilograms.
        QVERIFY2(QString::fromUtf8(r.out).contains(
                     QRegularExpression(QStringLiteral("\\(central [0-9.]+ t CO2e; one input at a time"))),
                 r.out.constData());
        QVERIFY(QString::fromUtf8(r.out).contains(QRegularExpression(
            QStringLiteral("levers\\.pruning\\.inferenceSpeedup +1\\.1 ratio +1\\.3 ratio"))));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("uncertainty"); // written into a one-scenario project when not empty
        QTest::addColumn<QString>("err");
        QTest::newRow("--sensitivity-training alone")
            << QStringList{QStringLiteral("--sensitivity-training")} << ""
            << "greenlight-cli: --sensitivity-training: needs --sensitivity OUTPUTKEY\n";
        QTest::newRow("time factor not positive")
            << QStringList{}
            << R"({"deployment.servingTimeFactor": {"dist": "uniform", "low": 0, "high": 2}})"
            << "greenlight-cli: PROJECT: scenarios[0].uncertainty.deployment.servingTimeFactor.low: "
               "expected a finite number > 0, got 0\n";
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, uncertainty);
        QFETCH(QString, err);
        QString project = kExample;
        if (!uncertainty.isEmpty()) {
            project = m_dir.filePath(QStringLiteral("bad.greenlight.json"));
            QFile f(project);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral(R"({"schema": 2, "scenarios": [{"name": "x",
  "workload": {"mode": "acceleratorHours", "acceleratorHours": 10},
  "hardware": {"accelerator": "h100-sxm"}, "site": {"intensityGPerKWh": 100},
  "deployment": {"mode": "firstPrinciples", "requestsPerDay": 1000, "outputTokens": 100, "months": 12},
  "uncertainty": %1}]})")
                        .arg(uncertainty)
                        .toUtf8());
        }
        const CliResult r = run(QStringList{QStringLiteral("estimate"), project, QStringLiteral("--samples"),
                                            QStringLiteral("100")} +
                                args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err).replace(project, QStringLiteral("PROJECT")), err);
    }
};

QTEST_GUILESS_MAIN(TestCliSensitivity)
#include "tst_cli_sensitivity.moc"
