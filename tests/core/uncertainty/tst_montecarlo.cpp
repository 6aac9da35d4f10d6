// Monte Carlo over resolved scenarios: reproducible, exact when nothing varies, and a range that
// brackets the central estimate when inputs carry ranges.
#include "catalog/catalog.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "io/scenariojson.h"
#include "uncertainty/montecarlo.h"

#include <QtTest>

#include <cmath>

using namespace greenlight;

namespace {

Scenario firstPrinciples()
{
    Scenario s;
    s.name = "7B";
    s.workloadMode = WorkloadMode::FirstPrinciples;
    s.parametersB = 7;
    s.tokens = 1e12;
    s.acceleratorId = "h100-sxm";
    s.acceleratorCount = 512;
    s.regionId = "gcp:us-central1";
    return s;
}

ResolvedScenario resolve(const Scenario &s)
{
    Issues issues;
    auto r = Resolver(Catalog::builtIn()).resolve(s, issues);
    if (!r)
        qFatal("scenario does not resolve: %s", issues.empty() ? "" : issues.front().toString().c_str());
    return *r;
}

} // namespace

class TestMonteCarlo : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedIdentical()
    {
        const ResolvedScenario r = resolve(firstPrinciples());
        const UncertaintyResult a = MonteCarlo({10000, 7}).run(r);
        MonteCarlo reused({10000, 7});
        reused.run(resolve(Scenario(firstPrinciples())));
        const UncertaintyResult b = reused.run(r); // buffers reused: same result
        for (std::size_t o = 0; o < kOutputCount; ++o) {
            QCOMPARE(a.outputs[o].p5, b.outputs[o].p5);
            QCOMPARE(a.outputs[o].p50, b.outputs[o].p50);
            QCOMPARE(a.outputs[o].p95, b.outputs[o].p95);
            QCOMPARE(a.outputs[o].mean, b.outputs[o].mean);
        }
        QCOMPARE(a.samples, std::size_t{10000});
        QCOMPARE(a.seed, std::uint64_t{7});
    }

    // Another seed moves the percentiles by sampling noise only: < 3 % at 10 000 samples.
    void differentSeedsDifferSlightly()
    {
        const ResolvedScenario r = resolve(firstPrinciples());
        const UncertaintyResult a = MonteCarlo({10000, 1}).run(r);
        const UncertaintyResult b = MonteCarlo({10000, 2}).run(r);
        for (Output o : {Output::Co2eTotalKg, Output::AcceleratorHours, Output::FacilityEnergyKWh}) {
            QVERIFY(a[o].p50 != b[o].p50);
            for (auto field : {&OutputRange::p5, &OutputRange::p50, &OutputRange::p95})
                QVERIFY2(std::abs(a[o].*field / b[o].*field - 1) < 0.03,
                         qPrintable(QStringLiteral("%1 vs %2").arg(a[o].*field).arg(b[o].*field)));
        }
    }

    void fixedInputsGiveCentral()
    {
        ResolvedScenario r = resolve(firstPrinciples());
        for (std::size_t i = 0; i < kInputCount; ++i)
            r.ranges[i] = Distribution::fixed(r.values[i]);
        const Estimate central = Estimator::compute(r);
        const UncertaintyResult u = MonteCarlo().run(r);
        QCOMPARE(u.variedInputs, std::size_t{0});
        for (std::size_t o = 0; o < kOutputCount; ++o) {
            QCOMPARE(u.outputs[o].p5, central.values[o]);
            QCOMPARE(u.outputs[o].p50, central.values[o]);
            QCOMPARE(u.outputs[o].p95, central.values[o]);
        }
    }

    // Outputs that depend on no varied input stay exact even when other inputs vary.
    void unaffectedOutputsStayExact()
    {
        Scenario s;
        s.name = "measured";
        s.workloadMode = WorkloadMode::DevicesDuration;
        s.durationHours = 100;
        s.acceleratorId = "a100-sxm-80gb";
        s.acceleratorCount = 8;
        s.powerW = 400;
        s.pue = 1.2;
        s.intensityGPerKWh = 300;
        s.experimentMultiplier = 1;
        const ResolvedScenario r = resolve(s);
        const Estimate central = Estimator::compute(r);
        const UncertaintyResult u = MonteCarlo().run(r);
        QVERIFY(u.variedInputs > 0); // water, embodied and price ranges remain
        for (Output o : {Output::AcceleratorHours, Output::FacilityEnergyKWh, Output::Co2eLocationKg}) {
            QCOMPARE(u[o].p5, central[o]);
            QCOMPARE(u[o].p95, central[o]);
        }
        QVERIFY(u[Output::WaterL].p5 < u[Output::WaterL].p95);
    }

    void rangesBracketCentral_data()
    {
        QTest::addColumn<int>("output");
        for (Output o : {Output::Co2eTotalKg, Output::Co2eLocationKg, Output::FacilityEnergyKWh,
                         Output::AcceleratorHours, Output::WaterL})
            QTest::newRow(std::string(info(o).key).c_str()) << static_cast<int>(o);
    }

    void rangesBracketCentral()
    {
        QFETCH(int, output);
        const auto o = static_cast<Output>(output);
        // The experiments multiplier's catalog range (1–6) has its mode, the central value, at its
        // low end: with it the whole distribution lies above the central estimate (see
        // unfixedMultiplierLiesAbove). Fixed at 1 here, every other range straddles the centre.
        Scenario s = firstPrinciples();
        s.experimentMultiplier = 1;
        const ResolvedScenario r = resolve(s);
        const double central = Estimator::compute(r)[o];
        const UncertaintyResult u = MonteCarlo().run(r);
        qInfo("%s: P5 %.4g  P50 %.4g  P95 %.4g  mean %.4g  central %.4g", info(o).key.data(), u[o].p5,
              u[o].p50, u[o].p95, u[o].mean, central);
        QVERIFY(u[o].p5 < central);
        QVERIFY(central < u[o].p95);
        QVERIFY(u[o].p5 <= u[o].p50 && u[o].p50 <= u[o].p95);
        QVERIFY(u[o].p5 < u[o].mean && u[o].mean < u[o].p95);
    }

    // The experiments multiplier is a decision: fixed unless the user gives it a range. With a
    // range of extra runs (1–6, mode 1) the central (final-run) estimate sits at the low end.
    void unfixedMultiplierLiesAbove()
    {
        QVERIFY(resolve(firstPrinciples()).ranges[index(Input::ExperimentMultiplier)].isFixed());
        Scenario s = firstPrinciples();
        s.uncertainty["experimentMultiplier"] = {Distribution::Kind::Triangular, 1, 1, 6};
        const ResolvedScenario r = resolve(s);
        QCOMPARE(r.ranges[index(Input::ExperimentMultiplier)].low, 1.0);
        const double central = Estimator::compute(r)[Output::Co2eTotalKg];
        const UncertaintyResult u = MonteCarlo().run(r);
        QVERIFY(central < u[Output::Co2eTotalKg].p50);
        QVERIFY(u[Output::Co2eTotalKg].p50 < u[Output::Co2eTotalKg].p95);
    }

    // A user distribution replaces the catalog range; without a plain value its mode becomes central.
    void userDistributionApplied()
    {
        Issues issues;
        const nlohmann::json j = nlohmann::json::parse(R"({
            "name": "u", "workload": {"mode": "firstPrinciples", "parametersB": 7, "tokens": 1e12},
            "hardware": {"accelerator": "h100-sxm", "count": 512}, "site": {"region": "gcp:us-central1"},
            "uncertainty": {"mfu": {"dist": "triangular", "low": 0.2, "mode": 0.35, "high": 0.45},
                            "pue": {"dist": "uniform", "low": 1.1, "high": 1.3}}})");
        const Scenario s = scenarioFromJson(j, "scenarios[0]", issues);
        QVERIFY2(!hasErrors(issues), issues.empty() ? "" : issues.front().toString().c_str());
        const ResolvedScenario r = resolve(s);
        const Distribution &mfu = r.ranges[index(Input::Mfu)];
        QCOMPARE(mfu.kind, Distribution::Kind::Triangular);
        QCOMPARE(mfu.low, 0.2);
        QCOMPARE(mfu.high, 0.45);
        QCOMPARE(r.value(Input::Mfu), 0.35);
        QCOMPARE(r.value(Input::Pue), 1.2); // uniform: the midpoint is central
        QVERIFY(r.provenance[index(Input::Mfu)].fromScenario);

        // A plain value in the scenario keeps the central value; the range is the user's.
        Scenario withValue = s;
        withValue.mfu = 0.4;
        const ResolvedScenario r2 = resolve(withValue);
        QCOMPARE(r2.value(Input::Mfu), 0.4);
        QCOMPARE(r2.ranges[index(Input::Mfu)].low, 0.2);

        // P5/P95 of accelerator-hours follow 1/MFU at the MFU's P95/P5 (the only runtime range
        // besides the experiments multiplier, fixed here).
        withValue.experimentMultiplier = 1;
        const ResolvedScenario r3 = resolve(withValue);
        const UncertaintyResult u = MonteCarlo({100000, 42}).run(r3);
        const double hoursAtMfu1 = Estimator::compute(r3)[Output::AcceleratorHours] * 0.4;
        const double mfuP95 = 0.45 - std::sqrt(0.05 * 0.25 * 0.1); // triangular quantiles
        const double mfuP5 = 0.2 + std::sqrt(0.05 * 0.25 * 0.15);
        QVERIFY(std::abs(u[Output::AcceleratorHours].p5 / (hoursAtMfu1 / mfuP95) - 1) < 0.01);
        QVERIFY(std::abs(u[Output::AcceleratorHours].p95 / (hoursAtMfu1 / mfuP5) - 1) < 0.01);
    }

    // Without a residual mix the market-based figure uses the location intensity: one draw for
    // both, so its range is the location range times the non-renewable share, with or without a
    // user distribution for the intensity. A residual mix of its own varies apart.
    void residualMixFollowsLocationDraw_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<bool>("follows");
        QTest::newRow("catalog intensity") << QString() << true;
        QTest::newRow("user intensity distribution")
            << QStringLiteral(R"("intensityGPerKWh": {"dist": "uniform", "low": 300, "high": 600})") << true;
        QTest::newRow("own residual distribution")
            << QStringLiteral(R"("residualMixGPerKWh": {"dist": "uniform", "low": 300, "high": 600})")
            << false;
    }

    void residualMixFollowsLocationDraw()
    {
        QFETCH(QString, extra);
        QFETCH(bool, follows);
        Issues issues;
        const nlohmann::json j = nlohmann::json::parse(
            R"({"name": "m", "workload": {"mode": "firstPrinciples", "parametersB": 7, "tokens": 1e12},
                "hardware": {"accelerator": "h100-sxm", "count": 512},
                "site": {"region": "US-WA", "renewableShare": 0.4}, "uncertainty": {)" +
            extra.toStdString() + "}}");
        const Scenario s = scenarioFromJson(j, "scenarios[0]", issues);
        QVERIFY2(!hasErrors(issues), issues.empty() ? "" : issues.front().toString().c_str());
        const ResolvedScenario r = resolve(s);
        QCOMPARE(r.residualFollowsLocation, follows);
        const UncertaintyResult u = MonteCarlo({20000, 7}).run(r);
        const OutputRange &loc = u[Output::Co2eLocationKg];
        const OutputRange &market = u[Output::Co2eMarketKg];
        QVERIFY(loc.p95 > loc.p5);
        const double tol = 1e-9;
        const bool scaled = std::abs(market.p5 / (0.6 * loc.p5) - 1) < tol &&
                            std::abs(market.p95 / (0.6 * loc.p95) - 1) < tol;
        QCOMPARE(scaled, follows);
    }

    void samplesClampedToLimits()
    {
        QCOMPARE(MonteCarlo({1, 42}).options().samples, MonteCarloOptions::kMinSamples);
        QCOMPARE(MonteCarlo({MonteCarloOptions::kMaxSamples * 2, 42}).options().samples,
                 MonteCarloOptions::kMaxSamples);
        QCOMPARE(MonteCarloOptions().samples, std::size_t{10000});
        QCOMPARE(MonteCarloOptions().seed, std::uint64_t{42});
    }

    // Lognormal tails never leave the input's domain (MFU ≤ 1): no negative or infinite output.
    void lognormalTailsClamped()
    {
        Scenario s = firstPrinciples();
        s.uncertainty["mfu"] = {Distribution::Kind::Lognormal, 0.3, 0.6, 0.99};
        const ResolvedScenario r = resolve(s);
        const UncertaintyResult u = MonteCarlo({20000, 42}).run(r);
        const double hoursAtMfu1 = Estimator::compute(r)[Output::AcceleratorHours] * 0.6;
        for (const OutputRange &o : u.outputs)
            QVERIFY(std::isfinite(o.p5) && std::isfinite(o.p95) && std::isfinite(o.mean));
        QVERIFY(u[Output::AcceleratorHours].p5 >= hoursAtMfu1 * 0.999); // 1/MFU with MFU ≤ 1
    }
};

QTEST_GUILESS_MAIN(TestMonteCarlo)
#include "tst_montecarlo.moc"
