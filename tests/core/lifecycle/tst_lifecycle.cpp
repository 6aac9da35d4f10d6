// Lifecycle totals and curve, break-even (crossing, never, equal slopes), dates, JSON, bad input.
#include "catalog/catalog.h"
#include "io/projectfile.h"
#include "io/scenariojson.h"
#include "lifecycle/breakeven.h"
#include "lifecycle/calendardate.h"
#include "lifecycle/scenarioevaluator.h"
#include "serving/servingmodel.h"
#include "serving/servingsetup.h"

#include <QTest>

#include <cmath>

using namespace greenlight;

namespace {

bool near(double a, double b, double rel)
{
    return std::abs(a - b) <= rel * std::max(1.0, std::abs(b));
}

Scenario served()
{
    Scenario s;
    s.name = "served";
    s.workloadMode = WorkloadMode::AcceleratorHours;
    s.acceleratorHours = 1000;
    s.parametersB = 1;
    s.acceleratorId = "h100-sxm";
    s.powerW = 1000;
    s.intensityGPerKWh = 100;
    s.pue = 1;
    s.wueLPerKWh = 0;
    s.ewifLPerKWh = 0;
    s.embodiedKgPerAccelerator = 0;
    s.priceUsdPerAcceleratorHour = 2;
    Deployment d;
    d.mode = DeploymentMode::FirstPrinciples;
    d.requestsPerDay = 1e6;
    d.inputTokens = 0;
    d.outputTokens = 100;
    d.months = 3;
    d.startDate = "2027-01-01";
    d.fleetUtilisation = 0.5;
    s.deployment = d;
    return s;
}

const char *const kProject = R"({"schema": 2, "scenarios": [{"name": "x",
  "workload": {"mode": "acceleratorHours", "acceleratorHours": 10},
  "hardware": {"accelerator": "h100-sxm"}, "site": {"intensityGPerKWh": 100}, %s}]})";

QString firstError(const std::string &extra)
{
    std::string text = kProject;
    text.replace(text.find("%s"), 2, extra);
    const ProjectLoadResult r = ProjectFile::parse(text, Catalog::builtIn());
    for (const Issue &i : r.issues)
        if (i.isError())
            return QString::fromStdString(i.toString());
    return {};
}

} // namespace

class TstLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void firstPrinciplesTotals()
    {
        Issues issues;
        const auto ev = ScenarioEvaluator(Catalog::builtIn()).evaluate(served(), issues);
        QVERIFY(ev && ev->deployment);
        const DeploymentResult &d = *ev->deployment;
        const double requests = 1e6 * 3 * 8760.0 / 12 / 24; // 91,250 days' worth
        // The serving model at the same operating point, resolved on its own.
        Issues modelIssues;
        const ServingConstants k = ServingConstants::fromCatalog(Catalog::builtIn(), modelIssues);
        ServingSpec spec;
        spec.acceleratorId = "h100-sxm";
        spec.totalParamsB = 1;
        spec.inputTokens = 0;
        spec.outputTokens = 100;
        spec.fleetUtilisation = 0.5;
        spec.intensityGPerKWh = 0.0;
        const auto point = ServingSetup(Catalog::builtIn(), k).resolve(spec, {}, modelIssues);
        QVERIFY(point);
        const ServingResult one = ServingModel::evaluate(point->point, k);
        const double kWh = requests * one.itEnergyPerRequestWh / 1000;             // PUE 1
        const double hours = requests * one.replicaSecondsPerRequest / 3600 / 0.5; // provisioned
        QVERIFY(near(d.totalRequests, requests, 1e-12));
        QVERIFY(near(d.servingAcceleratorHours, hours, 1e-9));
        QVERIFY(near(d.energyKWh, kWh, 1e-9));
        QVERIFY(near(d.gpuEnergyKWh + d.hostEnergyKWh + d.idleEnergyKWh, kWh, 1e-9));
        QVERIFY(d.idleEnergyKWh > 0); // half the fleet's time is idle
        QVERIFY(near(d.co2eKg, kWh * 0.1, 1e-9));
        QVERIFY(near(d.costUsd, hours * 2, 1e-9)); // rented by the provisioned hour
        QVERIFY(near(ev->estimate[Output::EnergyPerRequestWh], kWh * 1000 / requests, 1e-9));
        QVERIFY(near(ev->estimate[Output::Co2ePerRequestG], kWh * 100 / requests, 1e-9));
        QVERIFY(near(ev->estimate[Output::LifecycleCo2eKg], 1000 * 0.1 + kWh * 0.1, 1e-9));
        // Curve: training spike at month 0, then a straight inference slope.
        QCOMPARE(d.curve.size(), std::size_t(4));
        QCOMPARE(d.curve[0].co2eKg, 100.0);
        QCOMPARE(QString::fromStdString(d.curve[2].date), QStringLiteral("2027-03-01"));
        QVERIFY(near(d.curve[3].co2eKg, 100 + kWh * 0.1, 1e-9));
        QVERIFY(near(d.curve[1].co2eKg - d.curve[0].co2eKg, d.curve[3].co2eKg - d.curve[2].co2eKg, 1e-9));
    }

    void breakEvenSolve_data()
    {
        QTest::addColumn<double>("ta");
        QTest::addColumn<double>("sa");
        QTest::addColumn<double>("tb");
        QTest::addColumn<double>("sb");
        QTest::addColumn<QString>("status");
        QTest::addColumn<double>("requests");
        // A trains for 100 more... (100 − 40) / (4 − 1) = 20 requests.
        QTest::newRow("crossing") << 100.0 << 1.0 << 40.0 << 4.0 << QStringLiteral("crossing") << 20.0;
        QTest::newRow("never (costlier per request too)")
            << 100.0 << 2.0 << 40.0 << 1.0 << QStringLiteral("never") << -1.0;
        QTest::newRow("equal slopes") << 100.0 << 1.0 << 40.0 << 1.0 << QStringLiteral("never") << -1.0;
        QTest::newRow("identical") << 50.0 << 1.0 << 50.0 << 1.0 << QStringLiteral("identical") << -1.0;
    }

    void breakEvenSolve()
    {
        QFETCH(double, ta);
        QFETCH(double, sa);
        QFETCH(double, tb);
        QFETCH(double, sb);
        QFETCH(QString, status);
        QFETCH(double, requests);
        const BreakEvenMetric m = BreakEven::solve(ta, sa, tb, sb, "A", "B");
        QCOMPARE(QString::fromStdString(m.status), status);
        QCOMPARE(m.requests.has_value(), requests >= 0);
        if (m.requests)
            QVERIFY(near(*m.requests, requests, 1e-12));
    }

    void breakEvenDate()
    {
        // A: 2000 h of training at 0.1 kg/h = 200 kg; B: 1000 h = 100 kg. A serves a model half B's size.
        Scenario a = served();
        a.name = "A";
        a.acceleratorHours = 2000;
        a.deployment->parametersB = 0.5;
        Scenario b = served();
        b.name = "B";
        const ScenarioEvaluator ev(Catalog::builtIn());
        Issues issues;
        const auto ea = ev.evaluate(a, issues);
        const auto eb = ev.evaluate(b, issues);
        const auto r = BreakEven::compute("A", *ea, "B", *eb, issues);
        QVERIFY(r);
        const BreakEvenMetric &co2 = r->metrics[0];
        // Per request, B's 1 B model costs more than A's 0.5 B one (not twice: a fixed part per step).
        const double perRequestA = ea->deployment->co2eKg / ea->deployment->totalRequests;
        const double perRequestB = eb->deployment->co2eKg / eb->deployment->totalRequests;
        QVERIFY(perRequestB > perRequestA && perRequestB < 2 * perRequestA);
        const double n = 100 / (perRequestB - perRequestA);
        QCOMPARE(QString::fromStdString(co2.status), QStringLiteral("crossing"));
        QCOMPARE(QString::fromStdString(co2.costlierToTrain), QStringLiteral("A"));
        QVERIFY(near(*co2.requests, n, 1e-9));
        QVERIFY(near(*co2.days, n / 1e6, 1e-9));
        QCOMPARE(QString::fromStdString(co2.date),
                 QString::fromStdString(
                     CalendarDate::addDays("2027-01-01", static_cast<long>(std::floor(n / 1e6)))));
        // Without a deployment: a clear error.
        Scenario noDeploy = b;
        noDeploy.deployment.reset();
        const auto en = ev.evaluate(noDeploy, issues);
        Issues missing;
        QVERIFY(!BreakEven::compute("A", *ea, "B", *en, missing));
        QCOMPARE(QString::fromStdString(missing.front().toString()),
                 QStringLiteral(
                     "--b: scenario \"B\" has no deployment: break-even needs both scenarios' inference"));
    }

    void calendar()
    {
        QCOMPARE(QString::fromStdString(CalendarDate::addDays("2027-01-01", 59)),
                 QStringLiteral("2027-03-01"));
        QCOMPARE(QString::fromStdString(CalendarDate::addMonths("2027-01-31", 1)),
                 QStringLiteral("2027-02-28"));
        QCOMPARE(QString::fromStdString(CalendarDate::addMonths("2028-01-31", 1)),
                 QStringLiteral("2028-02-29"));
        QVERIFY(CalendarDate::addDays("2027-02-30", 1).empty());
    }

    void jsonRoundTrip()
    {
        const std::string text =
            R"({"name": "rt", "workload": {"mode": "firstPrinciples", "parametersB": 7, "tokens": 1e12},
          "hardware": {"accelerator": "h100-sxm", "count": 8}, "site": {"region": "gcp:us-central1"},
          "levers": {"pruning": {"structure": "2:4", "sparsity": 0.5, "retrainOverheadFraction": 0.1},
                     "quantisation": {"trainingPrecision": "fp8", "servingPrecision": "int4", "method": "qat", "qatOverheadFraction": 0.2, "dequantOverheadFraction": 0.3, "trainingTimeFactor": 0.8},
                     "transfer": {"method": "lora", "parametersB": 7, "tokens": 1e9, "pretrainedPolicy": "amortised", "pretrainedCo2eKg": 100, "pretrainedEnergyKWh": 300, "downstreamUses": 4},
                     "experiments": {"runs": [{"name": "sweep", "fraction": 0.3}, {"name": "abl", "acceleratorHours": 12}], "earlyStoppingTokenFraction": 0.9, "development": true, "developmentFraction": 2.5}},
          "deployment": {"mode": "accelerators", "accelerator": "a100-sxm-80gb", "count": 2, "acceleratorsPerReplica": 2, "activeParametersB": 2, "requestsPerDay": 1000, "inputTokens": 300, "outputTokens": 200, "batchSize": 16, "fleetUtilisation": 0.6, "servingTimeFactor": 1.3, "stack": "basic", "months": 6, "startDate": "2027-05-01", "region": "aws:us-east-1", "pue": 1.2}})";
        Issues issues;
        const Scenario s = scenarioFromJson(nlohmann::json::parse(text), "s", issues);
        QVERIFY(!hasErrors(issues));
        const auto once = scenarioToJson(s);
        const Scenario again = scenarioFromJson(nlohmann::json::parse(once.dump()), "s", issues);
        QVERIFY(!hasErrors(issues));
        QCOMPARE(QString::fromStdString(scenarioToJson(again).dump()), QString::fromStdString(once.dump()));
        QCOMPARE(once["levers"]["pruning"]["structure"].get<std::string>(), std::string("2:4"));
        QCOMPARE(once["deployment"]["count"].get<int>(), 2);
        QCOMPARE(once["deployment"]["stack"].get<std::string>(), std::string("basic"));
        QCOMPARE(once["deployment"]["batchSize"].get<double>(), 16.0);
        QCOMPARE(once["deployment"]["servingTimeFactor"].get<double>(), 1.3);
        QCOMPARE(once["levers"]["quantisation"]["trainingTimeFactor"].get<double>(), 0.8);
        QCOMPARE(once["levers"]["experiments"]["development"].get<bool>(), true);
        QCOMPARE(once["levers"]["experiments"]["developmentFraction"].get<double>(), 2.5);
    }

    // A trained mixture of experts is served with every expert in memory and its activated
    // parameters per token (issue 15); a distilled student is dense; a deployment's own size wins.
    void mixtureOfExpertsServed_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<double>("total");
        QTest::addColumn<double>("active");
        const QString dep = QStringLiteral(
            R"("deployment": {"mode": "firstPrinciples", "accelerator": "h100-sxm", "outputTokens": 200, "requestsPerDay": 1000, "months": 1%1})");
        QTest::newRow("trained MoE") << dep.arg(QString()) << 671.0 << 37.0;
        QTest::newRow("deployment's own model")
            << dep.arg(QStringLiteral(R"(, "parametersB": 70)")) << 70.0 << 70.0;
        QTest::newRow("dense student")
            << QString(QStringLiteral(R"("levers": {"distillation": {"studentParametersB": 8}}, )") +
                       dep.arg(QString()))
            << 8.0 << 8.0;
    }

    void mixtureOfExpertsServed()
    {
        QFETCH(QString, extra);
        QFETCH(double, total);
        QFETCH(double, active);
        const std::string text =
            R"({"name": "moe", "workload": {"mode": "firstPrinciples", "parametersB": 37, "totalParametersB": 671, "tokens": 1e12},
          "hardware": {"accelerator": "h800", "count": 2048}, "site": {"region": "gcp:us-central1"}, )" +
            extra.toStdString() + "}";
        Issues issues;
        const Scenario s = scenarioFromJson(nlohmann::json::parse(text), "s", issues);
        QVERIFY(!hasErrors(issues));
        QCOMPARE(scenarioToJson(s)["workload"]["totalParametersB"].get<double>(), 671.0);
        const auto ev = ScenarioEvaluator(Catalog::builtIn()).evaluate(s, issues);
        QVERIFY2(ev && ev->deployment, issues.empty() ? "" : issues.front().toString().c_str());
        QCOMPARE(ev->deployment->point.totalParamsB, total);
        QCOMPARE(ev->deployment->point.activeParamsB, active);
        // Training FLOPs follow the activated parameters: 6 · 37e9 · 1e12.
        QVERIFY(std::abs(ev->base[Output::TrainingFlops] / (6 * 37e9 * 1e12) - 1) < 1e-9);
    }

    void totalBelowActiveRefused()
    {
        Issues issues;
        scenarioFromJson(nlohmann::json::parse(R"({"name": "moe", "workload": {"mode": "firstPrinciples",
            "parametersB": 37, "totalParametersB": 8, "tokens": 1e12}, "hardware": {"accelerator": "h800"}})"),
                         "s", issues);
        QVERIFY(!issues.empty());
        QCOMPARE(QString::fromStdString(issues.front().toString()),
                 QStringLiteral("s.workload.totalParametersB: must be at least parametersB (the activated "
                                "parameters, 37)"));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("sparsity 1.5")
            << QStringLiteral(R"("levers": {"pruning": {"structure": "unstructured", "sparsity": 1.5}})")
            << QStringLiteral(
                   "scenarios[0].levers.pruning.sparsity: expected a number between 0 and 1, got 1.5");
        QTest::newRow("unknown structure")
            << QStringLiteral(R"("levers": {"pruning": {"structure": "3:4", "sparsity": 0.5}})")
            << QStringLiteral("scenarios[0].levers.pruning.structure: expected one of unstructured, 2:4, "
                              "structured, got \"3:4\"");
        const QString dep = QStringLiteral(
            R"("deployment": {"mode": "firstPrinciples", "parametersB": 1, "outputTokens": 10, )");
        QTest::newRow("negative requests")
            << QString(dep + QLatin1String(R"("requestsPerDay": -5, "months": 1})"))
            << QStringLiteral("scenarios[0].deployment.requestsPerDay: expected a finite number > 0, got -5");
        QTest::newRow("months 0") << QString(dep + QLatin1String(R"("requestsPerDay": 5, "months": 0})"))
                                  << QStringLiteral(
                                         "scenarios[0].deployment.months: expected an integer ≥ 1, got 0");
        QTest::newRow("unknown serving accelerator")
            << QString(dep + QLatin1String(R"("requestsPerDay": 5, "months": 1, "accelerator": "tpu-v9"})"))
            << QStringLiteral("scenarios[0].deployment.accelerator: unknown accelerator id \"tpu-v9\" (see "
                              "`greenlight-cli catalog list accelerators`)");
        QTest::newRow("batch 0")
            << QString(dep + QLatin1String(R"("requestsPerDay": 5, "months": 1, "batchSize": 0})"))
            << QStringLiteral("scenarios[0].deployment.batchSize: expected a finite number ≥ 1, got 0");
        QTest::newRow("negative output tokens")
            << QStringLiteral(
                   R"("deployment": {"mode": "firstPrinciples", "parametersB": 1, "outputTokens": -3, "requestsPerDay": 5, "months": 1})")
            << QStringLiteral("scenarios[0].deployment.outputTokens: expected a finite number ≥ 0, got -3");
        QTest::newRow("fleet utilisation 0")
            << QString(dep + QLatin1String(R"("requestsPerDay": 5, "months": 1, "fleetUtilisation": 0})"))
            << QStringLiteral("scenarios[0].deployment.fleetUtilisation: expected a number in (0, 1], got 0");
        QTest::newRow("unknown stack")
            << QString(dep + QLatin1String(R"("requestsPerDay": 5, "months": 1, "stack": "triton"})"))
            << QStringLiteral(
                   "scenarios[0].deployment.stack: expected \"optimised\" or \"basic\", got \"triton\"");
        QTest::newRow("precision the accelerator cannot serve")
            << QString(QLatin1String(
                   R"("levers": {"quantisation": {"servingPrecision": "fp8"}}, "deployment": {"mode": "firstPrinciples", "accelerator": "a100-sxm-80gb", "parametersB": 1, "outputTokens": 10, "requestsPerDay": 5, "months": 1})"))
            << QStringLiteral("scenarios[0].levers.quantisation.servingPrecision: \"a100-sxm-80gb\" cannot "
                              "serve fp8: it has no fp8 tensor throughput (weight-only formats such as "
                              "int8-weight or int4 compute in 16 bits)");
        QTest::newRow("fits on no replica")
            << QStringLiteral(
                   R"("deployment": {"mode": "firstPrinciples", "accelerator": "t4", "parametersB": 2000, "outputTokens": 10, "requestsPerDay": 5, "months": 1})")
            << QStringLiteral(
                   "scenarios[0].deployment.parametersB: the model (4000 GB of weights at fp16) fits on no "
                   "replica of up to 64 × t4: choose a larger accelerator or a smaller format");
        QTest::newRow("development fraction without development")
            << QStringLiteral(R"("levers": {"experiments": {"developmentFraction": 1}})")
            << QStringLiteral("scenarios[0].levers.experiments.developmentFraction: only applies with "
                              "\"development\": true");
        QTest::newRow("months beyond 20 years")
            << QString(dep + QLatin1String(R"("requestsPerDay": 5, "months": 1000000000})"))
            << QStringLiteral(
                   "scenarios[0].deployment.months: must be at most 240 (20 years), got 1000000000");
        // Found by fuzz_projectfile: the sized fleet overflowed an int.
        for (const char *load :
             {R"("requestsPerDay": 1e300)", R"("requestsPerDay": 5, "servingTimeFactor": 1e300)"})
            for (const char *mode : {"accelerators", "firstPrinciples", "perRequest"})
                QTest::newRow(
                    qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(load), QLatin1String(mode))))
                    << QStringLiteral(
                           R"("deployment": {"mode": "%1", "parametersB": 1, "outputTokens": 10, "months": 1, %2})")
                           .arg(QLatin1String(mode), QLatin1String(load))
                    << QStringLiteral(
                           "PREFIX scenarios[0].deployment.requestsPerDay: the traffic needs about ");
        QTest::newRow("bad date")
            << QString(dep + QLatin1String(R"("requestsPerDay": 5, "months": 1, "startDate": "2027-13-01"})"))
            << QStringLiteral(
                   "scenarios[0].deployment.startDate: expected a date YYYY-MM-DD, got \"2027-13-01\"");
    }

    void badInput()
    {
        QFETCH(QString, extra);
        QFETCH(QString, message);
        const QString error = firstError(extra.toStdString());
        if (message.startsWith(QLatin1String("PREFIX ")))
            QVERIFY2(error.startsWith(message.mid(7)), qPrintable(error));
        else
            QCOMPARE(error, message);
    }
};

QTEST_GUILESS_MAIN(TstLifecycle)
#include "tst_lifecycle.moc"
