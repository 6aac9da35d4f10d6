// Lifecycle tornado (LifecycleSensitivity): an inference-dominated scenario ranks the serving
// utilisation first, a training-dominated one a training input; lever parameters appear with their
// keys; inputs shared by both phases are one bar, a serving-only range is a "serving." bar; the
// training-only analysis is unchanged.
#include "catalog/catalog.h"
#include "io/resultsexport.h"
#include "lifecycle/lifecyclesensitivity.h"
#include "lifecycle/scenarioevaluator.h"
#include "uncertainty/sensitivity.h"

#include <QTest>

#include <cmath>

using namespace greenlight;

namespace {

// Training: `trainingHours` on H100s in gcp:us-central1. Serving: `requestsPerDay` × 500 tokens of
// a 7 B model for a year, first principles, at the catalog's serving utilisation.
Scenario scenario(double trainingHours, double requestsPerDay)
{
    Scenario s;
    s.name = "s";
    s.workloadMode = WorkloadMode::AcceleratorHours;
    s.acceleratorHours = trainingHours;
    s.parametersB = 7;
    s.acceleratorId = "h100-sxm";
    s.regionId = "gcp:us-central1";
    Deployment d;
    d.mode = DeploymentMode::FirstPrinciples;
    d.requestsPerDay = requestsPerDay;
    d.outputTokens = 500;
    d.months = 12;
    s.deployment = d;
    return s;
}

ScenarioEvaluation evaluate(const Scenario &s)
{
    Issues issues;
    auto ev = ScenarioEvaluator(Catalog::builtIn()).evaluate(s, issues);
    if (!ev)
        qFatal("scenario does not evaluate");
    return *ev;
}

std::string keyOf(const SensitivityEntry &e)
{
    return e.key.empty() ? std::string(info(e.input).key) : e.key;
}

} // namespace

class TstLifecycleSensitivity : public QObject
{
    Q_OBJECT

private slots:
    void ranksDominantDriverFirst_data()
    {
        QTest::addColumn<double>("trainingHours");
        QTest::addColumn<double>("requestsPerDay");
        QTest::addColumn<int>("output");
        QTest::addColumn<QString>("first");
        // 100 h of training, 10 M requests a day: inference is > 99 % of the lifecycle.
        QTest::newRow("inference-dominated, lifecycle CO2e")
            << 100.0 << 1e7 << int(Output::LifecycleCo2eKg) << "deployment.servingTimeFactor";
        QTest::newRow("inference-dominated, inference energy")
            << 100.0 << 1e7 << int(Output::InferenceEnergyKWh) << "deployment.servingTimeFactor";
        // 1 M accelerator-hours of training, 1,000 requests a day: training dominates.
        QTest::newRow("training-dominated, lifecycle CO2e")
            << 1e6 << 1e3 << int(Output::LifecycleCo2eKg) << "hostPowerW";
        QTest::newRow("training-dominated, training CO2e")
            << 1e6 << 1e3 << int(Output::Co2eTotalKg) << "hostPowerW";
    }
    void ranksDominantDriverFirst()
    {
        QFETCH(double, trainingHours);
        QFETCH(double, requestsPerDay);
        QFETCH(int, output);
        QFETCH(QString, first);
        const ScenarioEvaluation ev = evaluate(scenario(trainingHours, requestsPerDay));
        const SensitivityResult r = LifecycleSensitivity::analyse(ev, static_cast<Output>(output));
        QVERIFY(r.lifecycle);
        QVERIFY(!r.entries.empty());
        QCOMPARE(QString::fromStdString(keyOf(r.entries.front())), first);
        QCOMPARE(r.central, ev.estimate[static_cast<Output>(output)]);
        for (std::size_t i = 1; i < r.entries.size(); ++i)
            QVERIFY(r.entries[i - 1].swing >= r.entries[i].swing);
        // Every bar brackets the central value (all outputs here are monotone in each input).
        for (const SensitivityEntry &e : r.entries) {
            const double lo = std::min(e.outputAtLow, e.outputAtHigh);
            const double hi = std::max(e.outputAtLow, e.outputAtHigh);
            QVERIFY2(lo <= r.central * (1 + 1e-12) && r.central <= hi * (1 + 1e-12), keyOf(e).c_str());
        }
    }

    // The serving time factor's bar, by hand: the serving model's residual scales the busy time, so
    // (a fleet that follows the traffic) the whole inference figure, training unchanged.
    void servingTimeFactorBarByHand()
    {
        const ScenarioEvaluation ev = evaluate(scenario(100, 1e7));
        const SensitivityResult r = LifecycleSensitivity::analyse(ev, Output::LifecycleCo2eKg);
        const auto it = std::find_if(r.entries.begin(), r.entries.end(), [](const SensitivityEntry &e) {
            return keyOf(e) == "deployment.servingTimeFactor";
        });
        QVERIFY(it != r.entries.end());
        const Distribution &range = *Catalog::builtIn().defaultValue("servingTimeResidual")->range;
        QCOMPARE(it->inputLow, range.low);
        QCOMPARE(it->inputHigh, range.high);
        const double training = ev.estimate[Output::Co2eTotalKg];
        const double inference = ev.estimate[Output::InferenceCo2eKg];
        // Embodied CO2e is per provisioned accelerator-hour, which scales too.
        QVERIFY(std::abs(it->outputAtLow - (training + inference * range.low)) <= 1e-9 * it->outputAtLow);
        QVERIFY(std::abs(it->outputAtHigh - (training + inference * range.high)) <= 1e-9 * it->outputAtHigh);
    }

    // Same site: one bar per shared input. A deployment in another region: its grid is its own bar.
    void sharedAndServingInputs_data()
    {
        QTest::addColumn<QString>("servingRegion");
        QTest::addColumn<bool>("servingBar");
        QTest::newRow("same site") << "" << false;
        QTest::newRow("other region") << "gcp:asia-east1" << true;
    }
    void sharedAndServingInputs()
    {
        QFETCH(QString, servingRegion);
        QFETCH(bool, servingBar);
        Scenario s = scenario(100, 1e7);
        s.deployment->regionId = servingRegion.toStdString();
        const SensitivityResult r = LifecycleSensitivity::analyse(evaluate(s), Output::LifecycleCo2eKg);
        int intensity = 0;
        int servingIntensity = 0;
        for (const SensitivityEntry &e : r.entries) {
            intensity += keyOf(e) == "intensityGPerKWh";
            servingIntensity += keyOf(e) == "serving.intensityGPerKWh";
        }
        QCOMPARE(intensity, 1);
        QCOMPARE(servingIntensity, servingBar ? 1 : 0);
    }

    // Lever parameters are bars, with their keys in the JSON; the lever-free analysis stays.
    void leverBarsAndJson()
    {
        Scenario s = scenario(100, 1e7);
        PruningLever p;
        p.structure = PruningStructure::SemiStructured24;
        s.levers.pruning = p;
        const ScenarioEvaluation ev = evaluate(s);
        const SensitivityResult r = LifecycleSensitivity::analyse(ev, Output::LifecycleCo2eKg);
        std::vector<std::string> keys;
        for (const SensitivityEntry &e : r.entries)
            keys.push_back(keyOf(e));
        for (const char *k : {"deployment.servingTimeFactor", "levers.pruning.inferenceSpeedup",
                              "levers.pruning.retrainOverheadFraction"})
            QVERIFY2(std::find(keys.begin(), keys.end(), k) != keys.end(), k);
        const nlohmann::ordered_json j = sensitivityToJson(r);
        QCOMPARE(j["model"].get<std::string>(), std::string("lifecycle"));
        QCOMPARE(j["inputs"][0]["key"].get<std::string>(), std::string("deployment.servingTimeFactor"));
        QCOMPARE(j["inputs"][0]["label"].get<std::string>(),
                 std::string("serving time factor (model residual)"));
        // Training only: no lever or serving bars, the lever-free central value.
        const SensitivityResult t = Sensitivity::analyse(ev.resolved, Output::Co2eTotalKg);
        QVERIFY(!t.lifecycle);
        QCOMPARE(t.central, ev.base[Output::Co2eTotalKg]);
        for (const SensitivityEntry &e : t.entries)
            QVERIFY(e.key.empty() && e.input != Input::Count);
        QCOMPARE(sensitivityToJson(t)["model"].get<std::string>(), std::string("training"));
    }
};

QTEST_GUILESS_MAIN(TstLifecycleSensitivity)
#include "tst_lifecyclesensitivity.moc"
