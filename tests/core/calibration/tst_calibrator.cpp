// Calibration: a synthetic measurement built from a known power, PUE and intensity gives them back;
// several runs aggregate to the median with their spread; the calibrated scenario reproduces the
// measurement; comparisons are measured / estimated; bad requests are clear errors.
#include "calibration/calibrator.h"
#include "catalog/catalog.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"

#include <QtTest>

#include <cmath>

using namespace greenlight;

namespace {

bool near(double actual, double expected, double rel)
{
    return std::abs(actual - expected) <= rel * std::abs(expected);
}

// What CodeCarbon/Carbontracker would report for `gpus` accelerators drawing `powerW` each (IT)
// for `seconds`, in a facility of `pue` on a grid of `intensity` g/kWh.
MeasuredRun synthetic(const std::string &name, double powerW, int gpus, double seconds,
                      std::optional<double> pue, double intensity)
{
    MeasuredRun m;
    m.name = name;
    m.tool = "codecarbon";
    m.gpuCount = gpus;
    m.durationS = seconds;
    m.energyKWh = powerW * gpus * seconds / 3600.0 / 1000.0 * pue.value_or(1.0);
    m.emissionsKg = m.energyKWh * intensity / 1000.0;
    m.pue = pue;
    return m;
}

Scenario plan()
{
    Scenario s;
    s.name = "plan";
    s.workloadMode = WorkloadMode::DevicesDuration;
    s.durationHours = 2;
    s.acceleratorId = "a100-sxm-80gb";
    s.acceleratorCount = 8;
    s.intensityGPerKWh = 400;
    s.loadFactor = 0.9;
    return s;
}

} // namespace

class TestCalibrator : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<double>("powerW");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("pue");
        QTest::addColumn<double>("intensity");
        QTest::newRow("8 A100 2 h") << 312.5 << 8 << 7200.0 << 1.2 << 350.0;
        QTest::newRow("1 GPU 37 s") << 71.3 << 1 << 37.0 << 1.0 << 56.0;
        QTest::newRow("512 H100 30 d") << 640.0 << 512 << 30 * 86400.0 << 1.58 << 820.5;
        QTest::newRow("tiny power") << 0.0215 << 1 << 355.466 << 1.1 << 84.9;
    }

    void roundTrip()
    {
        QFETCH(double, powerW);
        QFETCH(int, gpus);
        QFETCH(double, seconds);
        QFETCH(double, pue);
        QFETCH(double, intensity);
        const RunDerivation d = Calibrator::derive(synthetic("r", powerW, gpus, seconds, pue, intensity));
        constexpr double kRel = 1e-9;
        QVERIFY(d.itPowerPerAcceleratorW);
        QVERIFY(near(*d.itPowerPerAcceleratorW, powerW, kRel));
        QVERIFY(near(*d.powerPerAcceleratorW, powerW * pue, kRel));
        QVERIFY(near(d.pue, pue, kRel));
        QVERIFY(d.pueKnown);
        QVERIFY(near(*d.intensityGPerKWh, intensity, kRel));
        QCOMPARE(d.accelerators, gpus);
        QVERIFY(!d.acceleratorsAssumed);
    }

    void unknownPueAndGpuCount()
    {
        MeasuredRun m = synthetic("r", 100, 1, 3600, std::nullopt, 300);
        m.gpuCount.reset();
        const RunDerivation d = Calibrator::derive(m);
        QVERIFY(!d.pueKnown);
        QCOMPARE(d.pue, 1.0);
        QVERIFY(d.acceleratorsAssumed);
        QVERIFY(near(*d.itPowerPerAcceleratorW, 100, 1e-12));
        const Scenario s = plan();
        Issues issues;
        const auto resolved = Resolver(Catalog::builtIn()).resolve(s, issues);
        QVERIFY(resolved);
        const CalibrationProposal p = Calibrator::propose(s, *resolved, {&m});
        QCOMPARE(p.changes.size(), std::size_t(2)); // powerW and intensity; no PUE to propose
        QCOMPARE(p.changes[0].field, std::string("powerW"));
        QCOMPARE(p.changes[1].field, std::string("intensityGPerKWh"));
        QCOMPARE(p.notes.size(), std::size_t(2));
    }

    void emptyRunIsNeverNaN()
    {
        MeasuredRun m;
        m.name = "empty";
        const RunDerivation d = Calibrator::derive(m);
        QVERIFY(!d.powerPerAcceleratorW);
        QVERIFY(!d.intensityGPerKWh);
        Estimate e{};
        const RunComparison c = Calibrator::compare(m, "plan", e);
        QVERIFY(!c.energyRatio && !c.co2eRatio && !c.durationRatio);
    }

    void median_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("median");
        QTest::newRow("odd") << QList<double>{350, 300, 320} << 320.0;
        QTest::newRow("even") << QList<double>{4, 1, 3, 2} << 2.5;
        QTest::newRow("one") << QList<double>{7} << 7.0;
        QTest::newRow("none") << QList<double>{} << 0.0;
    }

    void median()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, median);
        QCOMPARE(Calibrator::median(std::vector<double>(values.begin(), values.end())), median);
    }

    void calibrateProject()
    {
        Project project;
        project.scenarios.push_back(plan());
        // Three runs of the planned size (8 GPUs, 2 h) at different powers, same PUE and grid.
        for (double w : {300.0, 350.0, 320.0}) {
            MeasuredRun m = synthetic("run-" + std::to_string(int(w)), w, 8, 7200, 1.3, 250);
            m.linkedScenario = "plan";
            project.measuredRuns.push_back(m);
        }
        const Catalog catalog = Catalog::builtIn();
        const CalibrationReport r = Calibrator::calibrate(project, "plan", {}, catalog);
        QVERIFY(r.ok());
        QCOMPARE(r.comparisons.size(), std::size_t(3));
        QCOMPARE(r.proposal.changes.size(), std::size_t(3));

        const CalibrationChange &power = r.proposal.changes[0];
        QCOMPARE(power.path, std::string("hardware.powerW"));
        QVERIFY(near(power.value, 320, 1e-9));
        QVERIFY(near(power.low, 300, 1e-9));
        QVERIFY(near(power.high, 350, 1e-9));
        QCOMPARE(power.runs, 3);
        QVERIFY(!power.scenarioValue);
        QVERIFY(power.source.find("measured: run-300, run-350, run-320") == 0);
        QVERIFY(near(r.proposal.changes[1].value, 1.3, 1e-9));
        QVERIFY(near(r.proposal.changes[2].value, 250, 1e-9));
        QCOMPARE(r.proposal.changes[2].scenarioValue.value_or(0), 400.0);

        // Ratios are measured / estimated of the scenario as it was.
        const RunComparison &c = r.comparisons[0];
        QVERIFY(near(*c.energyRatio, c.measuredEnergyKWh / r.before[Output::FacilityEnergyKWh], 1e-12));
        QVERIFY(near(*c.co2eRatio, c.measuredCo2eKg / r.before[Output::Co2eLocationKg], 1e-12));
        QVERIFY(near(*c.durationRatio, 1.0, 1e-12));

        // The calibrated plan reproduces the median run: same size, so the same energy and CO2e.
        const MeasuredRun &medianRun = project.measuredRuns[2];
        QVERIFY(near(r.after[Output::FacilityEnergyKWh], medianRun.energyKWh, 1e-9));
        QVERIFY(near(r.after[Output::Co2eLocationKg], medianRun.emissionsKg, 1e-9));

        // Applying is one step on a copy: the fields change, loadFactor goes, the notes cite the runs.
        Scenario s = project.scenarios.front();
        Calibrator::apply(s, r.proposal);
        QVERIFY(near(s.powerW.value_or(0), 320, 1e-9));
        QVERIFY(!s.loadFactor);
        QVERIFY(near(s.pue.value_or(0), 1.3, 1e-9));
        QVERIFY(near(s.intensityGPerKWh.value_or(0), 250, 1e-9));
        QVERIFY(s.notes.find("Calibrated from measured runs:") != std::string::npos);
        QVERIFY(s.notes.find("hardware.powerW = 320 W (median of 3 run(s), 300–350; measured: run-300") !=
                std::string::npos);
    }

    void measuredEnergyScenarioKeepsPower()
    {
        Scenario s = plan();
        s.workloadMode = WorkloadMode::MeasuredEnergy;
        s.measuredItEnergyKWh = 100;
        Issues issues;
        const auto resolved = Resolver(Catalog::builtIn()).resolve(s, issues);
        QVERIFY(resolved);
        const MeasuredRun m = synthetic("r", 300, 8, 7200, 1.2, 300);
        const CalibrationProposal p = Calibrator::propose(s, *resolved, {&m});
        QCOMPARE(p.changes.size(), std::size_t(2));
        QCOMPARE(p.changes[0].field, std::string("pue"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("runs");
        QTest::addColumn<QString>("message");
        QTest::newRow("no scenario") << QStringLiteral("nope") << QStringList{}
                                     << QStringLiteral("scenario: no scenario named \"nope\"");
        QTest::newRow("no run") << QStringLiteral("plan") << QStringList{QStringLiteral("ghost")}
                                << QStringLiteral("run: no measured run named \"ghost\"");
        QTest::newRow("nothing linked")
            << QStringLiteral("plan") << QStringList{}
            << QStringLiteral("run: no measured run is linked to scenario \"plan\"; name the runs to use");
    }

    void errors()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, runs);
        QFETCH(QString, message);
        Project project;
        project.scenarios.push_back(plan());
        project.measuredRuns.push_back(synthetic("unlinked", 300, 8, 7200, 1.2, 300));
        std::vector<std::string> names;
        for (const QString &r : runs)
            names.push_back(r.toStdString());
        const CalibrationReport r =
            Calibrator::calibrate(project, scenario.toStdString(), names, Catalog::builtIn());
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.issues.front().toString()), message);
    }
};

QTEST_GUILESS_MAIN(TestCalibrator)
#include "tst_calibrator.moc"
