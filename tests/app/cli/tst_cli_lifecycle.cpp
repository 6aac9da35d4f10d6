// greenlight-cli estimate (levers, lifecycle) and breakeven as a black box: the JSON lifecycle keys
// are numbers equal to the core's, break-even crossings and "never", and bad input exits 2 with one
// exact line on stderr.
#include "catalog/catalog.h"
#include "clirunner.h"
#include "estimate/quantities.h"
#include "io/projectfile.h"
#include "lifecycle/breakeven.h"
#include "lifecycle/scenarioevaluator.h"

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

const QString kExample = QStringLiteral(GREENLIGHT_SOURCE_DIR "/resources/examples/levers.greenlight.json");
const QString kBase = QStringLiteral("7B — pretrain and serve as is");
const QString kDistilled = QStringLiteral("7B → distilled 1.3B student");
const QString kLora = QStringLiteral("LoRA fine-tune of an open 7B (pretraining amortised)");
const QString kPruned = QStringLiteral("7B — int8 serving (PTQ) + 2:4 pruning");

bool near(double a, double b, double rel)
{
    return std::abs(a - b) <= rel * std::max(1.0, std::abs(b));
}

// The example evaluated by the core, the reference the CLI must equal.
ScenarioEvaluation coreEvaluation(const QString &name)
{
    const ProjectLoadResult loaded = ProjectFile::load(kExample.toStdString(), Catalog::builtIn());
    if (!loaded.project)
        qFatal("example does not load");
    const Scenario *s = loaded.project->findScenario(name.toStdString());
    Issues issues;
    auto ev = ScenarioEvaluator(Catalog::builtIn()).evaluate(*s, issues);
    if (!ev)
        qFatal("example does not evaluate");
    return *ev;
}

} // namespace

class TestCliLifecycle : public QObject
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
    void estimateJsonEqualsCore()
    {
        const CliResult r =
            run({QStringLiteral("estimate"), kExample, QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--samples"), QStringLiteral("1000")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonArray scenarios =
            QJsonDocument::fromJson(r.out).object()[QStringLiteral("scenarios")].toArray();
        QCOMPARE(scenarios.size(), 4);
        for (const QJsonValue &v : scenarios) {
            const QJsonObject s = v.toObject();
            const QString name = s[QStringLiteral("name")].toString();
            const ScenarioEvaluation ev = coreEvaluation(name);
            for (std::size_t i = 0; i < kOutputCount; ++i) {
                const auto o = static_cast<Output>(i);
                const QString key = QString::fromUtf8(info(o).key.data(), qsizetype(info(o).key.size()));
                QVERIFY2(s[key].isDouble(), qPrintable(name + QStringLiteral(": ") + key));
                QVERIFY2(near(s[key].toDouble(), ev.estimate[o], 1e-12),
                         qPrintable(name + QStringLiteral(": ") + key));
                // Ranges exist for every key and bracket a non-zero lifecycle output.
                const QJsonObject range = s[QStringLiteral("ranges")].toObject()[key].toObject();
                QVERIFY2(range[QStringLiteral("p5")].isDouble() && range[QStringLiteral("p95")].isDouble(),
                         qPrintable(key));
                // Energy and CO2e of the lifecycle vary with PUE, load and grid; a rental cost at a
                // fixed price over fixed hours legitimately has no spread.
                const bool uncertain = o == Output::InferenceEnergyKWh || o == Output::InferenceCo2eKg ||
                                       o == Output::LifecycleEnergyKWh || o == Output::LifecycleCo2eKg;
                if (uncertain)
                    QVERIFY2(range[QStringLiteral("p95")].toDouble() > range[QStringLiteral("p5")].toDouble(),
                             qPrintable(name + QStringLiteral(": ") + key));
                else
                    QVERIFY2(range[QStringLiteral("p95")].toDouble() >=
                                 range[QStringLiteral("p5")].toDouble(),
                             qPrintable(name + QStringLiteral(": ") + key));
            }
            QVERIFY(s[QStringLiteral("lifecycle")].isObject());
            QCOMPARE(s[QStringLiteral("lifecycle")].toObject()[QStringLiteral("curve")].toArray().size(), 25);
        }
        // Lifecycle totals: training + inference, per request = inference / requests.
        const ScenarioEvaluation d = coreEvaluation(kDistilled);
        QVERIFY(near(d.estimate[Output::LifecycleCo2eKg],
                     d.estimate[Output::Co2eTotalKg] + d.estimate[Output::InferenceCo2eKg], 1e-12));
        QVERIFY(near(d.estimate[Output::EnergyPerRequestWh],
                     d.estimate[Output::InferenceEnergyKWh] * 1000 / d.deployment->totalRequests, 1e-12));
        // The example's baseline is compared with every other scenario.
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("breakEven")].toArray().size(), 3);
    }

    void explainPrintsLeverSteps()
    {
        const CliResult t =
            run({QStringLiteral("estimate"), kExample, QStringLiteral("--scenario"), kDistilled,
                 QStringLiteral("--explain"), QStringLiteral("--samples"), QStringLiteral("100")});
        QCOMPARE(t.exitCode, 0);
        QVERIFY(t.out.contains("How the levers and the deployment were applied"));
        QVERIFY(t.out.contains("h = (2 · N_teacher + 6 · N_student) · D / (peak · MFU · 3600)"));
        const CliResult j = run({QStringLiteral("estimate"), kExample, QStringLiteral("--scenario"),
                                 kDistilled, QStringLiteral("--explain"), QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("--samples"), QStringLiteral("100")});
        QCOMPARE(j.exitCode, 0);
        const QJsonArray trace = QJsonDocument::fromJson(j.out)
                                     .object()[QStringLiteral("scenarios")]
                                     .toArray()[0]
                                     .toObject()[QStringLiteral("trace")]
                                     .toArray();
        int leverSteps = 0;
        for (const QJsonValue &st : trace)
            if (st.toObject()[QStringLiteral("lever")].toString() == QLatin1String("distillation")) {
                ++leverSteps;
                QVERIFY(near(st.toObject()[QStringLiteral("value")].toDouble(),
                             coreEvaluation(kDistilled).levers.steps.front().value, 1e-12));
            }
        QCOMPARE(leverSteps, 1);
    }

    void breakEven_data()
    {
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("within");
        // The distilled student costs more to train and less per request: it catches up in the deployment.
        QTest::newRow("distilled: crossing") << kDistilled << QStringLiteral("crossing") << true;
        // int8 + 2:4: costlier to train (retraining), cheaper per request (fewer bytes per step, 1.2×
        // end to end): the serving model repays the retraining within the 24 months.
        QTest::newRow("pruned: crossing") << kPruned << QStringLiteral("crossing") << true;
        // LoRA: cheaper to train, same model served: the baseline never catches up.
        QTest::newRow("lora: never") << kLora << QStringLiteral("never") << false;
    }

    void breakEven()
    {
        QFETCH(QString, b);
        QFETCH(QString, status);
        QFETCH(bool, within);
        const CliResult r =
            run({QStringLiteral("breakeven"), kExample, QStringLiteral("--a"), kBase, QStringLiteral("--b"),
                 b, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject co2 = QJsonDocument::fromJson(r.out)
                                    .object()[QStringLiteral("metrics")]
                                    .toObject()[QStringLiteral("co2eKg")]
                                    .toObject();
        QCOMPARE(co2[QStringLiteral("status")].toString(), status);
        QCOMPARE(co2[QStringLiteral("withinDeployment")].toBool(), within);
        Issues issues;
        const auto ref = BreakEven::compute(kBase.toStdString(), coreEvaluation(kBase), b.toStdString(),
                                            coreEvaluation(b), issues);
        QVERIFY(ref);
        const BreakEvenMetric &m = ref->metrics.front();
        if (m.requests) {
            QVERIFY(near(co2[QStringLiteral("requests")].toDouble(), *m.requests, 1e-12));
            QCOMPARE(co2[QStringLiteral("date")].toString(), QString::fromStdString(m.date));
        } else {
            QVERIFY(co2[QStringLiteral("requests")].isNull());
            QVERIFY(co2[QStringLiteral("date")].isNull());
        }
        const CliResult table = run(
            {QStringLiteral("breakeven"), kExample, QStringLiteral("--a"), kBase, QStringLiteral("--b"), b});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(status == QLatin1String("never") ? "none (" : "after "));
        // The table fits a 100-column terminal whatever the scenario names (names on their own lines).
        for (const QByteArray &line : table.out.split('\n'))
            if (!line.startsWith("A = ") && !line.startsWith("B = ") && !line.startsWith("  "))
                QVERIFY2(QString::fromUtf8(line).size() <= 100, line.constData());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrLine");
        QTest::newRow("breakeven without --b")
            << QStringList{QStringLiteral("breakeven"), kExample, QStringLiteral("--a"), kBase}
            << QStringLiteral("greenlight-cli: --b: required (a scenario name)");
        QTest::newRow("breakeven unknown scenario")
            << QStringList{QStringLiteral("breakeven"), kExample,
                           QStringLiteral("--a"),       kBase,
                           QStringLiteral("--b"),       QStringLiteral("nope")}
            << QStringLiteral("greenlight-cli: --b: no scenario named \"nope\" in ") + kExample;
        QTest::newRow("breakeven bad format")
            << QStringList{QStringLiteral("breakeven"), kExample,
                           QStringLiteral("--a"),       kBase,
                           QStringLiteral("--b"),       kDistilled,
                           QStringLiteral("--format"),  QStringLiteral("xml")}
            << QStringLiteral("greenlight-cli: --format: expected table or json, got \"xml\"");
        QTest::newRow("breakeven without a project")
            << QStringList{QStringLiteral("breakeven")}
            << QStringLiteral(
                   "greenlight-cli: breakeven: expected a project file (see greenlight-cli help breakeven)");
        const QByteArray head = R"({"schema": 2, "scenarios": [{"name": "x",
          "workload": {"mode": "acceleratorHours", "acceleratorHours": 10},
          "hardware": {"accelerator": "h100-sxm"}, "site": {"intensityGPerKWh": 100})";
        const QString utilisation = writeFile(
            QStringLiteral("utilisation.json"),
            head + R"(, "deployment": {"mode": "firstPrinciples", "parametersB": 1, "outputTokens": 10,
              "requestsPerDay": 5, "months": 1, "fleetUtilisation": 1.5}}]})");
        QTest::newRow("fleetUtilisation > 1")
            << QStringList{QStringLiteral("estimate"), utilisation}
            << QStringLiteral("greenlight-cli: ") + utilisation +
                   QStringLiteral(
                       ": scenarios[0].deployment.fleetUtilisation: expected a number in (0, 1], got 1.5");
        const QString fp8 =
            writeFile(QStringLiteral("fp8.json"),
                      head + R"(, "levers": {"quantisation": {"trainingPrecision": "int8"}}}]})");
        QTest::newRow("int8 training refused")
            << QStringList{QStringLiteral("estimate"), fp8}
            << QStringLiteral("greenlight-cli: ") + fp8 +
                   QStringLiteral(": scenarios[0].levers.quantisation.trainingPrecision: \"int8\" is not a "
                                  "training format (fp32, tf32, bf16, fp16, fp8): integer and 4-bit formats "
                                  "serve a trained model — set them as servingPrecision");
        const QString noDeployment = writeFile(
            QStringLiteral("nodeploy.json"),
            head + R"(}, {"name": "y", "workload": {"mode": "acceleratorHours", "acceleratorHours": 10},
              "hardware": {"accelerator": "h100-sxm"}, "site": {"intensityGPerKWh": 100},
              "deployment": {"mode": "perRequest", "energyPerRequestWh": 0.3, "requestsPerDay": 100, "months": 1}}]})");
        QTest::newRow("breakeven without a deployment")
            << QStringList{QStringLiteral("breakeven"), noDeployment,          QStringLiteral("--a"),
                           QStringLiteral("x"),         QStringLiteral("--b"), QStringLiteral("y")}
            << QStringLiteral("greenlight-cli: --a: scenario \"x\" has no deployment: break-even needs both "
                              "scenarios' inference");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrLine);
        const CliResult r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QString::fromUtf8(r.err), stderrLine + QLatin1Char('\n'));
    }
};

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "tst_cli_lifecycle.moc"
