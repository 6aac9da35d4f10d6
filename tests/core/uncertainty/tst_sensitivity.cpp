// Tornado data: one input at a time at the ends of its range, ranked by swing.
#include "catalog/catalog.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "uncertainty/sensitivity.h"

#include <QtTest>

#include <cmath>

using namespace greenlight;

Q_DECLARE_METATYPE(greenlight::Distribution)

namespace {

// Measured power, given duration: the energy is known; intensity and PUE carry the ranges.
Scenario measuredRun()
{
    Scenario s;
    s.name = "run";
    s.workloadMode = WorkloadMode::DevicesDuration;
    s.durationHours = 240;
    s.acceleratorId = "a100-sxm-80gb";
    s.acceleratorCount = 64;
    s.powerW = 400;
    s.intensityGPerKWh = 400;
    s.experimentMultiplier = 1;
    return s;
}

ResolvedScenario resolve(const Scenario &s)
{
    Issues issues;
    auto r = Resolver(Catalog::builtIn()).resolve(s, issues);
    if (!r)
        qFatal("scenario does not resolve");
    return *r;
}

} // namespace

class TestSensitivity : public QObject
{
    Q_OBJECT

private slots:
    void dominantInputRanksFirst_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Distribution>("range");
        QTest::addColumn<int>("output");
        // Each row gives one input a range far wider (relatively) than any catalog range.
        QTest::newRow("intensity → CO2e")
            << "intensityGPerKWh" << Distribution{Distribution::Kind::Uniform, 50, 400, 900}
            << static_cast<int>(Output::Co2eLocationKg);
        QTest::newRow("pue → facility energy")
            << "pue" << Distribution{Distribution::Kind::Triangular, 1.0, 1.5, 4.0}
            << static_cast<int>(Output::FacilityEnergyKWh);
        QTest::newRow("ewif → water")
            << "ewifLPerKWh" << Distribution{Distribution::Kind::Lognormal, 1, 10, 100}
            << static_cast<int>(Output::WaterL);
    }

    void dominantInputRanksFirst()
    {
        QFETCH(QString, input);
        QFETCH(Distribution, range);
        QFETCH(int, output);
        Scenario s = measuredRun();
        s.uncertainty[input.toStdString()] = range;
        const ResolvedScenario r = resolve(s);
        const SensitivityResult t = Sensitivity::analyse(r, static_cast<Output>(output));
        QVERIFY(t.entries.size() >= 2);
        for (const SensitivityEntry &e : t.entries)
            qInfo("  %-28s %10.4g – %-10.4g  swing %.4g", info(e.input).key.data(), e.outputAtLow,
                  e.outputAtHigh, e.swing);
        QCOMPARE(QString::fromUtf8(info(t.entries.front().input).key.data()), input);
        for (std::size_t i = 1; i < t.entries.size(); ++i)
            QVERIFY(t.entries[i - 1].swing >= t.entries[i].swing);
        QCOMPARE(t.central, Estimator::compute(r)[static_cast<Output>(output)]);
    }

    // The ends are computed with the other inputs at their central values: for a linear input the
    // output at an end is central × end / central value.
    void endsAreOneAtATime()
    {
        Scenario s = measuredRun();
        s.uncertainty["intensityGPerKWh"] = {Distribution::Kind::Triangular, 200, 400, 700};
        const ResolvedScenario r = resolve(s);
        const SensitivityResult t = Sensitivity::analyse(r, Output::Co2eLocationKg);
        const SensitivityEntry &e = t.entries.front();
        QCOMPARE(e.input, Input::IntensityGPerKWh);
        QVERIFY(std::abs(e.outputAtLow - t.central * 200 / 400) <= 1e-9 * t.central);
        QVERIFY(std::abs(e.outputAtHigh - t.central * 700 / 400) <= 1e-9 * t.central);
        QVERIFY(std::abs(e.swing - t.central * 500 / 400) <= 1e-9 * t.central);
    }

    // Fixed inputs (set in the scenario, no distribution) never appear.
    void fixedInputsExcluded()
    {
        const ResolvedScenario r = resolve(measuredRun());
        const SensitivityResult t = Sensitivity::analyse(r, Output::Co2eLocationKg);
        for (const SensitivityEntry &e : t.entries) {
            QVERIFY(e.input != Input::IntensityGPerKWh);
            QVERIFY(e.input != Input::PowerW);
            QVERIFY(!r.ranges[index(e.input)].isFixed());
        }
        // Only the PUE (catalog default range) changes the location-based CO2e here.
        QCOMPARE(t.entries.front().input, Input::Pue);
        for (std::size_t i = 1; i < t.entries.size(); ++i)
            QCOMPARE(t.entries[i].swing, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSensitivity)
#include "tst_sensitivity.moc"
