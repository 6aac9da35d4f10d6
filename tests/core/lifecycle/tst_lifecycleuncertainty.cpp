// Lifecycle Monte Carlo with lever and deployment parameters (docs/methodology.md "Uncertainty of
// levers and serving"): the per-sample model equals the central estimate at the centre, catalog
// ranges of lever parameters widen the lifecycle range, a plain value fixes a parameter and a user
// distribution frees it again, the same seed gives the same ranges, and bad keys are named.
#include "catalog/catalog.h"
#include "io/projectfile.h"
#include "lifecycle/lifecyclemodel.h"
#include "lifecycle/lifecycleuncertainty.h"
#include "lifecycle/scenarioevaluator.h"
#include "uncertainty/montecarlo.h"

#include <QTest>

#include <chrono>
#include <cmath>

using namespace greenlight;

namespace {

bool near(double a, double b, double rel)
{
    return std::abs(a - b) <= rel * std::max(1.0, std::abs(b));
}

// A small training run on a region with a grid range, served for a year.
Scenario served()
{
    Scenario s;
    s.name = "served";
    s.workloadMode = WorkloadMode::AcceleratorHours;
    s.acceleratorHours = 1000;
    s.parametersB = 1;
    s.acceleratorId = "h100-sxm";
    s.regionId = "gcp:us-central1";
    Deployment d;
    d.mode = DeploymentMode::FirstPrinciples;
    d.requestsPerDay = 1e6;
    d.outputTokens = 500;
    d.months = 12;
    s.deployment = d;
    return s;
}

// The lever under test, its parameter fixed by a plain value when `fixed`.
Scenario withLever(const QString &lever, bool fixed)
{
    Scenario s = served();
    if (lever == QLatin1String("int4")) { // 1 B < 3 B: dequantisation overhead, uniform 0.265–0.294
        QuantisationLever q;
        q.servingPrecision = "int4";
        if (fixed)
            q.dequantOverheadFraction = 0.265;
        s.levers.quantisation = q;
        s.deployment->servingTimeFactor = 1.0;
    } else if (lever == QLatin1String("pruning24")) { // 2:4 on an H100: speed-up 1.27–1.5–2
        PruningLever p;
        p.structure = PruningStructure::SemiStructured24;
        p.retrainOverheadFraction = 0;
        if (fixed)
            p.inferenceSpeedup = 1.5;
        s.levers.pruning = p;
        s.deployment->servingTimeFactor = 1.0;
    } else if (lever == QLatin1String("utilisation")) { // no lever: the serving model's residual alone
        if (fixed)
            s.deployment->servingTimeFactor = 1.0;
    } else if (lever == QLatin1String("perRequest")) { // measured Wh per request, int4 student
        s.deployment->mode = DeploymentMode::PerRequest;
        QuantisationLever q;
        q.servingPrecision = "int4";
        if (fixed)
            q.dequantOverheadFraction = 0.265;
        s.levers.quantisation = q;
    }
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

UncertaintyResult lifecycleRanges(const ScenarioEvaluation &ev, std::uint64_t seed = 42,
                                  std::size_t n = 10000)
{
    MonteCarlo mc({n, seed});
    UncertaintyResult r = mc.run(ev.resolved);
    LifecycleUncertainty::apply(ev, mc, r);
    return r;
}

} // namespace

class TstLifecycleUncertainty : public QObject
{
    Q_OBJECT

private slots:
    void modelEqualsEstimateAtCentre_data()
    {
        QTest::addColumn<QString>("lever");
        QTest::addColumn<bool>("fixed");
        for (const char *lever : {"int4", "pruning24", "utilisation", "perRequest"}) {
            QTest::addRow("%s sampled", lever) << QString::fromLatin1(lever) << false;
            QTest::addRow("%s fixed", lever) << QString::fromLatin1(lever) << true;
        }
    }
    void modelEqualsEstimateAtCentre()
    {
        QFETCH(QString, lever);
        QFETCH(bool, fixed);
        const ScenarioEvaluation ev = evaluate(withLever(lever, fixed));
        QVERIFY(ev.deployment);
        const Estimate e = LifecycleModel::compute(
            ev, ev.resolved.values, ev.deployment->servingResolved.values, ev.sampling.centre());
        for (std::size_t i = 0; i < kOutputCount; ++i)
            QVERIFY2(near(e.values[i], ev.estimate.values[i], 1e-12),
                     info(static_cast<Output>(i)).key.data());
    }

    // A lever parameter drawn from its catalog range widens the inference range; fixed by a plain
    // value at the same central value, it does not.
    void sampledParameterWidensRange_data()
    {
        QTest::addColumn<QString>("lever");
        QTest::addColumn<QString>("parameter"); // the key that must be drawn when not fixed
        QTest::newRow("int4 dequantisation") << "int4"
                                             << "levers.quantisation.dequantOverheadFraction";
        QTest::newRow("2:4 pruning speed-up") << "pruning24"
                                              << "levers.pruning.inferenceSpeedup";
        QTest::newRow("serving time factor") << "utilisation"
                                             << "deployment.servingTimeFactor";
        QTest::newRow("perRequest int4") << "perRequest"
                                         << "levers.quantisation.dequantOverheadFraction";
    }
    void sampledParameterWidensRange()
    {
        QFETCH(QString, lever);
        QFETCH(QString, parameter);
        const ScenarioEvaluation sampled = evaluate(withLever(lever, false));
        const ScenarioEvaluation fixed = evaluate(withLever(lever, true));
        bool drawn = false;
        for (const SampledLeverParameter &p : sampled.sampling.parameters)
            drawn = drawn || LeverParameters::info(p.parameter).key == parameter.toStdString();
        QVERIFY(drawn);
        for (const SampledLeverParameter &p : fixed.sampling.parameters)
            QVERIFY(LeverParameters::info(p.parameter).key != parameter.toStdString());
        // Same central estimate (the plain value equals the catalog default; uniform: its low end,
        // so compare the ranges' widths only).
        const UncertaintyResult a = lifecycleRanges(sampled);
        const UncertaintyResult b = lifecycleRanges(fixed);
        for (Output o : {Output::InferenceCo2eKg, Output::InferenceEnergyKWh}) {
            const double wa = a[o].p95 - a[o].p5;
            const double wb = b[o].p95 - b[o].p5;
            qInfo("%s %s: P95-P5 sampled %.6g, fixed %.6g", qPrintable(lever), info(o).key.data(), wa, wb);
            QVERIFY2(wa > wb, info(o).key.data());      // same draws for every other input: strictly wider
            QVERIFY(b[o].p5 > 0 && b[o].p95 > b[o].p5); // the grid range still spreads the fixed case
        }
        // The lifecycle range reaches past the fixed one (a faster or slower serving tail); its width
        // need not grow when the parameter's mean effect shrinks the inference share.
        const OutputRange &la = a[Output::LifecycleCo2eKg];
        const OutputRange &lb = b[Output::LifecycleCo2eKg];
        QVERIFY(la.p5 < lb.p5 || la.p95 > lb.p95);
        // P5 ≤ P50 ≤ P95 and the central estimate inside.
        const OutputRange &r = a[Output::LifecycleCo2eKg];
        QVERIFY(r.p5 <= r.p50 && r.p50 <= r.p95);
        QVERIFY(r.p5 <= sampled.estimate[Output::LifecycleCo2eKg] &&
                sampled.estimate[Output::LifecycleCo2eKg] <= r.p95);
    }

    // Training-lever overheads (prune-and-retrain 0–1–1, QAT 0.1–0.1–0.55) widen the training range.
    void trainingOverheadWidensTrainingRange_data()
    {
        QTest::addColumn<QString>("lever");
        QTest::newRow("prune-and-retrain") << "retrain";
        QTest::newRow("QAT") << "qat";
        QTest::newRow("FP8 training") << "fp8";                  // time factor 0.67–0.74–0.91 (issue 15)
        QTest::newRow("development programme") << "development"; // 0.5–1.7–4.6 × the main run
    }
    void trainingOverheadWidensTrainingRange()
    {
        QFETCH(QString, lever);
        auto make = [&](bool fixed) {
            Scenario s = served();
            s.deployment.reset();
            if (lever == QLatin1String("retrain")) {
                PruningLever p;
                if (fixed)
                    p.retrainOverheadFraction = 1.0;
                s.levers.pruning = p;
            } else if (lever == QLatin1String("development")) {
                ExperimentBudgetLever e;
                e.development = true;
                if (fixed)
                    e.developmentFraction = 1.7;
                s.levers.experiments = e;
            } else if (lever == QLatin1String("fp8")) {
                QuantisationLever q;
                q.trainingPrecision = "fp8";
                if (fixed)
                    q.trainingTimeFactor = 0.74;
                s.levers.quantisation = q;
            } else {
                QuantisationLever q;
                q.method = QuantisationMethod::QuantAware;
                if (fixed)
                    q.qatOverheadFraction = 0.1;
                s.levers.quantisation = q;
            }
            return evaluate(s);
        };
        const ScenarioEvaluation sampled = make(false);
        const ScenarioEvaluation fixed = make(true);
        QCOMPARE(sampled.estimate[Output::Co2eTotalKg], fixed.estimate[Output::Co2eTotalKg]);
        const UncertaintyResult a = lifecycleRanges(sampled);
        const UncertaintyResult b = lifecycleRanges(fixed);
        // Hours and rental cost have no other range: only the overhead spreads them.
        for (Output o : {Output::AcceleratorHours, Output::CostUsd}) {
            qInfo("%s %s: P95-P5 sampled %.6g, fixed %.6g", qPrintable(lever), info(o).key.data(),
                  a[o].p95 - a[o].p5, b[o].p95 - b[o].p5);
            QCOMPARE(b[o].p95 - b[o].p5, 0.0);
            QVERIFY2(a[o].p95 - a[o].p5 > 0, info(o).key.data());
        }
        // CO2e: the overhead's range is one-sided (retrain 0–1–1 reaches down, QAT 0.1–0.1–0.55 and
        // FP8 0.67–0.74–0.91 and development 0.5–1.7–4.6 up), so the range extends past the fixed one
        // on that side.
        const OutputRange &ca = a[Output::Co2eTotalKg];
        const OutputRange &cb = b[Output::Co2eTotalKg];
        qInfo("%s co2eTotalKg: sampled %.6g–%.6g, fixed %.6g–%.6g", qPrintable(lever), ca.p5, ca.p95, cb.p5,
              cb.p95);
        QVERIFY(lever == QLatin1String("retrain") ? ca.p5 < cb.p5 : ca.p95 > cb.p95);
        // The fixed case keeps MonteCarlo::run's training range, scaled by the levers.
        MonteCarlo mc({10000, 42});
        const UncertaintyResult base = mc.run(fixed.resolved);
        QVERIFY(near(b[Output::Co2eTotalKg].p95, base[Output::Co2eTotalKg].p95 * fixed.levers.scale, 1e-12));
    }

    void sameSeedSameRanges_data()
    {
        QTest::addColumn<QString>("lever");
        QTest::addColumn<qulonglong>("seed");
        QTest::addColumn<double>("seedTolerance"); // relative change of P95 with the next seed
        QTest::newRow("int4, seed 42") << "int4" << qulonglong(42) << 0.05;
        QTest::newRow("2:4, seed 7") << "pruning24" << qulonglong(7) << 0.05;
        // 1 / utilisation has a long right tail (utilisation down to 0.002): a noisier P95.
        QTest::newRow("utilisation, seed 123456789") << "utilisation" << qulonglong(123456789) << 0.15;
    }
    void sameSeedSameRanges()
    {
        QFETCH(QString, lever);
        QFETCH(qulonglong, seed);
        QFETCH(double, seedTolerance);
        const ScenarioEvaluation ev = evaluate(withLever(lever, false));
        const UncertaintyResult a = lifecycleRanges(ev, seed);
        const UncertaintyResult b = lifecycleRanges(evaluate(withLever(lever, false)), seed);
        for (std::size_t i = 0; i < kOutputCount; ++i) {
            QCOMPARE(a.outputs[i].p5, b.outputs[i].p5); // bitwise: a fixed seed is reproducible
            QCOMPARE(a.outputs[i].p50, b.outputs[i].p50);
            QCOMPARE(a.outputs[i].p95, b.outputs[i].p95);
        }
        const UncertaintyResult c = lifecycleRanges(ev, seed + 1);
        QVERIFY(c[Output::InferenceCo2eKg].p95 != a[Output::InferenceCo2eKg].p95);
        // Another seed moves P95 by little at 10,000 samples.
        qInfo("P95 seed %llu: %.6g, seed %llu: %.6g", seed, a[Output::InferenceCo2eKg].p95, seed + 1,
              c[Output::InferenceCo2eKg].p95);
        QVERIFY(near(c[Output::InferenceCo2eKg].p95, a[Output::InferenceCo2eKg].p95, seedTolerance));
    }

    // A user distribution frees a parameter: its central value becomes the estimate's (no plain
    // value) or the plain value stays central (with one).
    void userDistribution()
    {
        Scenario s = served();
        s.uncertainty["deployment.servingTimeFactor"] = {Distribution::Kind::Triangular, 0.8, 1.0, 1.2};
        const ScenarioEvaluation ev = evaluate(s);
        Scenario plain = served();
        plain.deployment->servingTimeFactor = 1.0;
        const ScenarioEvaluation reference = evaluate(plain);
        QVERIFY(
            near(ev.estimate[Output::InferenceCo2eKg], reference.estimate[Output::InferenceCo2eKg], 1e-12));
        QCOMPARE(ev.sampling.parameters.size(), std::size_t(1));
        QCOMPARE(ev.sampling.parameters[0].source, std::string("scenario (uncertainty)"));
        const UncertaintyResult narrow = lifecycleRanges(ev);
        const UncertaintyResult wide = lifecycleRanges(evaluate(served())); // the catalog's fit residual
        const UncertaintyResult none = lifecycleRanges(reference);
        const auto width = [](const UncertaintyResult &r) {
            return r[Output::InferenceCo2eKg].p95 - r[Output::InferenceCo2eKg].p5;
        };
        QVERIFY(width(none) < width(narrow));
        QVERIFY(width(narrow) < width(wide));
        // With a plain value too, the value stays and the distribution is the range.
        plain.uncertainty = s.uncertainty;
        plain.deployment->servingTimeFactor = 1.1;
        Issues issues;
        const auto both = ScenarioEvaluator(Catalog::builtIn()).evaluate(plain, issues);
        QVERIFY(both);
        QCOMPARE(both->sampling.parameters[0].central, 1.1);
        QVERIFY(issues.empty());
    }

    void userDistributionWarnings_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("plain"); // the plain servingTimeFactor, 0 = unset
        QTest::addColumn<QString>("warning");
        QTest::newRow("no pruning lever") << "levers.pruning.inferenceSpeedup" << 0.0
                                          << "uncertainty.levers.pruning.inferenceSpeedup: not used by this "
                                             "scenario's levers and deployment: ignored";
        QTest::newRow("value outside")
            << "deployment.servingTimeFactor" << 0.9
            << "uncertainty.deployment.servingTimeFactor: the scenario's value 0.9 "
               "lies outside the range 0.4–0.6";
    }
    void userDistributionWarnings()
    {
        QFETCH(QString, key);
        QFETCH(double, plain);
        QFETCH(QString, warning);
        Scenario s = served();
        s.uncertainty[key.toStdString()] = {Distribution::Kind::Triangular, 0.4, 0.5, 0.6};
        if (plain > 0)
            s.deployment->servingTimeFactor = plain;
        Issues issues;
        QVERIFY(ScenarioEvaluator(Catalog::builtIn()).evaluate(s, issues));
        QCOMPARE(issues.size(), std::size_t(1));
        QCOMPARE(issues[0].severity, Issue::Severity::Warning);
        QCOMPARE(QString::fromStdString(issues[0].toString()), warning);
    }

    void fileKeys_data()
    {
        QTest::addColumn<QString>("uncertainty");
        QTest::addColumn<QString>("error"); // empty: loads
        QTest::newRow("lever key")
            << R"({"levers.quantisation.dequantOverheadFraction": {"dist": "uniform", "low": 0, "high": 0.3}})"
            << "";
        QTest::newRow("time factor not positive")
            << R"({"deployment.servingTimeFactor": {"dist": "triangular", "low": 0, "mode": 1, "high": 1.5}})"
            << "scenarios[0].uncertainty.deployment.servingTimeFactor.low";
        QTest::newRow("unknown key")
            << R"({"levers.pruning.sparsity": {"dist": "uniform", "low": 0, "high": 1}})"
            << "valid: acceleratorHoursGiven";
    }
    void fileKeys()
    {
        QFETCH(QString, uncertainty);
        QFETCH(QString, error);
        const std::string text = R"({"schema": 2, "scenarios": [{"name": "x",
  "workload": {"mode": "acceleratorHours", "acceleratorHours": 10},
  "hardware": {"accelerator": "h100-sxm"}, "site": {"intensityGPerKWh": 100}, "uncertainty": )" +
                                 uncertainty.toStdString() + "}]}";
        const ProjectLoadResult r = ProjectFile::parse(text, Catalog::builtIn());
        QString errors;
        for (const Issue &i : r.issues)
            if (i.isError())
                errors += QString::fromStdString(i.toString()) + QLatin1Char('\n');
        if (error.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors));
            QVERIFY(r.project);
        } else {
            QVERIFY2(errors.contains(error), qPrintable(errors));
            if (error.startsWith(QLatin1String("valid")))
                QVERIFY(errors.contains(QLatin1String("deployment.servingTimeFactor")));
        }
    }

    // The joint pass stays well inside an interactive budget (printed; bound generous for CI).
    void timing()
    {
        const ScenarioEvaluation ev = evaluate(withLever(QStringLiteral("int4"), false));
        MonteCarlo mc({10000, 42});
        UncertaintyResult r = mc.run(ev.resolved);
        const auto t0 = std::chrono::steady_clock::now();
        constexpr int kRuns = 5;
        for (int i = 0; i < kRuns; ++i) {
            UncertaintyResult copy = r;
            LifecycleUncertainty::apply(ev, mc, copy);
        }
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / kRuns;
        qInfo("LifecycleUncertainty::apply, 10,000 samples: %.2f ms", ms);
        QVERIFY(ms < 200);
    }
};

QTEST_GUILESS_MAIN(TstLifecycleUncertainty)
#include "tst_lifecycleuncertainty.moc"
