// The estimation stages, one at a time, against values computed by hand; and the Explainer trace.
#include "catalog/catalog.h"
#include "estimate/estimator.h"
#include "estimate/explainer.h"
#include "estimate/resolver.h"
#include "io/projectfile.h"
#include "util/numberformat.h"

#include <QtTest>

#include <cmath>

using namespace greenlight;

Q_DECLARE_METATYPE(greenlight::Scenario)

namespace {

const Catalog &cat()
{
    return Catalog::builtIn();
}

struct Run
{
    bool ok = false;
    QString error;
    ResolvedScenario resolved;
    Estimate estimate;
};

Run run(const Scenario &s)
{
    Run r;
    Issues issues;
    const auto resolved = Resolver(cat()).resolve(s, issues);
    if (!resolved) {
        for (const Issue &i : issues)
            r.error += QString::fromStdString(i.toString()) + QLatin1Char(';');
        return r;
    }
    r.ok = true;
    r.resolved = *resolved;
    r.estimate = Estimator::compute(*resolved);
    return r;
}

QString firstError(const Scenario &s)
{
    Issues issues;
    const auto resolved = Resolver(cat()).resolve(s, issues);
    if (resolved)
        return QStringLiteral("(resolved)");
    for (const Issue &i : issues)
        if (i.isError())
            return QString::fromStdString(i.toString());
    return QStringLiteral("(no error)");
}

bool near(double actual, double expected, double rel)
{
    return std::abs(actual - expected) <= rel * std::max(1.0, std::abs(expected));
}

#define RUN_OK(var, scenario)                                                                                \
    const Run var = run(scenario);                                                                           \
    QVERIFY2(var.ok, qPrintable(var.error))

#define COMPARE_REL(actual, expected, rel)                                                                   \
    QVERIFY2(near((actual), (expected), (rel)), qPrintable(QStringLiteral("%1 = %2, expected %3")            \
                                                               .arg(QStringLiteral(#actual))                 \
                                                               .arg((actual), 0, 'g', 17)                    \
                                                               .arg((expected), 0, 'g', 17)))

constexpr double kTol = 1e-12;

// 1000 A100-hours at a measured 400 W, PUE 1.2, 400 g/kWh: dynamic 400 kWh, facility 480 kWh.
Scenario base()
{
    Scenario s;
    s.name = "base";
    s.workloadMode = WorkloadMode::AcceleratorHours;
    s.acceleratorHours = 1000;
    s.acceleratorId = "a100-sxm-80gb";
    s.acceleratorCount = 8;
    s.powerW = 400;
    s.intensityGPerKWh = 400;
    s.pue = 1.2;
    return s;
}

// The fitted prior for 7 B parameters on 512 H100s: the hopper median at 10 B and 256 accelerators,
// scaled by the catalog's exponents (docs/calibration-mfu.md).
double hopperPrior()
{
    const Catalog &c = Catalog::builtIn();
    return c.defaultValue("mfuModel.hopper")->value *
           std::pow(7.0 / 10, c.defaultValue("mfuModel.parametersExponent")->value) *
           std::pow(512.0 / 256, c.defaultValue("mfuModel.countExponent")->value);
}

Scenario firstPrinciples(std::optional<double> mfu, const std::string &precision)
{
    Scenario s = base();
    s.workloadMode = WorkloadMode::FirstPrinciples;
    s.acceleratorId = "h100-sxm";
    s.acceleratorCount = 512;
    s.parametersB = 7;
    s.tokens = 1e12;
    s.mfu = mfu;
    s.precision = precision;
    return s;
}

Scenario measured(double kWh, double accHours, double durationHours, int count)
{
    Scenario s = base();
    s.workloadMode = WorkloadMode::MeasuredEnergy;
    s.measuredItEnergyKWh = kWh;
    s.acceleratorHours = accHours;
    s.durationHours = durationHours;
    s.acceleratorCount = count;
    return s;
}

} // namespace

class TestEstimator : public QObject
{
    Q_OBJECT

private slots:
    void acceleratorHours_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<double>("accHours");
        QTest::addColumn<double>("wallHours");

        QTest::newRow("given") << base() << 1000.0 << 125.0;
        Scenario dd = base();
        dd.workloadMode = WorkloadMode::DevicesDuration;
        dd.durationHours = 72;
        QTest::newRow("devices × duration") << dd << 576.0 << 72.0;
        // 6·N·D / (peak · MFU) / 3600 with the H100 SXM dense BF16 peak of 989.5 TFLOP/s.
        const double fp04 = 6.0 * 7e9 * 1e12 / (989.5e12 * 0.4) / 3600.0; // 29 476.15 h
        QTest::newRow("first principles, mfu 0.4") << firstPrinciples(0.4, "bf16") << fp04 << fp04 / 512;
        const double fpDefault = 6.0 * 7e9 * 1e12 / (989.5e12 * hopperPrior()) / 3600.0;
        QTest::newRow("first principles, default mfu and precision")
            << firstPrinciples(std::nullopt, "") << fpDefault << fpDefault / 512;
        const double fp8 = 6.0 * 7e9 * 1e12 / (1979e12 * 0.25) / 3600.0;
        QTest::newRow("first principles, fp8") << firstPrinciples(0.25, "fp8") << fp8 << fp8 / 512;
        QTest::newRow("measured energy, hours given") << measured(5000, 500, 0, 4) << 500.0 << 125.0;
        QTest::newRow("measured energy, devices × duration") << measured(5000, 0, 10, 4) << 40.0 << 10.0;
    }

    void acceleratorHours()
    {
        QFETCH(Scenario, scenario);
        QFETCH(double, accHours);
        QFETCH(double, wallHours);
        RUN_OK(r, scenario);
        COMPARE_REL(r.estimate[Output::AcceleratorHours], accHours, kTol);
        COMPARE_REL(r.estimate[Output::WallClockHours], wallHours, kTol);
    }

    void trainingFlops()
    {
        RUN_OK(r, firstPrinciples(0.4, "bf16"));
        COMPARE_REL(r.estimate[Output::TrainingFlops], 4.2e22, kTol);
        QCOMPARE(r.resolved.value(Input::PeakTflops), 989.5);
        QCOMPARE(r.resolved.value(Input::Mfu), 0.4);
        RUN_OK(d, firstPrinciples(std::nullopt, ""));
        QVERIFY(std::abs(d.resolved.value(Input::Mfu) - hopperPrior()) < 1e-12);
        QCOMPARE(d.resolved.precision, std::string("bf16"));
        // The prior's P5–P95 is the group's residual spread around the scaled median.
        const Distribution &range = d.resolved.ranges[index(Input::Mfu)];
        const Distribution &group = *cat().defaultValue("mfuModel.hopper")->range;
        QCOMPARE(range.kind, Distribution::Kind::Lognormal);
        QVERIFY(std::abs(range.low / range.mode - group.low / group.mode) < 1e-12);
        // An accelerator without a fitted generation keeps the generic default.
        Scenario generic = firstPrinciples(std::nullopt, "");
        generic.acceleratorId = "b200";
        RUN_OK(b, generic);
        QCOMPARE(b.resolved.value(Input::Mfu), cat().defaultValue("mfu")->value);
        RUN_OK(g, base());
        QCOMPARE(g.estimate[Output::TrainingFlops], 0.0); // only computed from first principles
    }

    void precisionNotAvailable()
    {
        Scenario s = firstPrinciples(0.3, "fp8");
        s.acceleratorId = "v100-sxm2-32gb";
        QCOMPARE(firstError(s),
                 QStringLiteral("workload.precision: accelerator \"v100-sxm2-32gb\" has no peak "
                                "throughput for precision \"fp8\" (known: fp16, fp32)"));
    }

    void experimentMultiplier_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<double>("accHours");
        QTest::addColumn<double>("dynamicKWh");
        QTest::addColumn<double>("wallHours");

        QTest::newRow("default 1") << base() << 1000.0 << 400.0 << 125.0;
        Scenario ah = base();
        ah.experimentMultiplier = 2.5;
        QTest::newRow("given hours × 2.5")
            << ah << 2500.0 << 1000.0 << 125.0; // the run itself still takes 125 h
        Scenario dd = base();
        dd.workloadMode = WorkloadMode::DevicesDuration;
        dd.durationHours = 10;
        dd.experimentMultiplier = 3;
        QTest::newRow("devices × duration × 3") << dd << 240.0 << 96.0 << 10.0;
        Scenario me = measured(5000, 500, 0, 4);
        me.experimentMultiplier = 2;
        QTest::newRow("measured energy × 2") << me << 1000.0 << 10000.0 << 125.0;
    }

    void experimentMultiplier()
    {
        QFETCH(Scenario, scenario);
        QFETCH(double, accHours);
        QFETCH(double, dynamicKWh);
        QFETCH(double, wallHours);
        RUN_OK(r, scenario);
        COMPARE_REL(r.estimate[Output::AcceleratorHours], accHours, kTol);
        COMPARE_REL(r.estimate[Output::DynamicItEnergyKWh], dynamicKWh, kTol);
        COMPARE_REL(r.estimate[Output::WallClockHours], wallHours, kTol);
    }

    void power_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<double>("powerW");
        QTest::addColumn<bool>("measured");

        Scenario tdp = base();
        tdp.powerW.reset();
        // catalog defaults for an A100 SXM: GPU load factor 0.78, its server's 1,900 W host / 8
        QTest::newRow("TDP × GPU load + host per server / 8") << tdp << 400 * 0.78 + 1900.0 / 8 << false;
        Scenario tpu3 = tdp;
        tpu3.acceleratorId = "tpu-v3"; // TPU family: 450 W × 0.49 + 240 W host / 4 chips
        QTest::newRow("TPU v3: TDP × TPU load + host / 4") << tpu3 << 450 * 0.49 + 240.0 / 4 << false;
        Scenario pcie = tdp;
        pcie.acceleratorId = "l4"; // no server figure on the record: the generic 1 kW GPU host / 8
        QTest::newRow("L4: generic GPU host") << pcie << 72 * 0.78 + 1000.0 / 8 << false;
        Scenario hostW = tdp;
        hostW.hostPowerW = 50;
        QTest::newRow("host power given") << hostW << 400 * 0.78 + 50.0 << false;
        Scenario given = tdp;
        given.loadFactor = 0.5;
        given.hostOverheadFraction = 0.2;
        QTest::newRow("TDP × 0.5 × 1.2") << given << 240.0 << false;
        Scenario full = tdp;
        full.loadFactor = 1;
        full.hostOverheadFraction = 0;
        QTest::newRow("TDP × 1 × 1") << full << 400.0 << false;
        Scenario h100 = tdp;
        h100.acceleratorId = "h100-sxm";
        h100.loadFactor = 0.8;
        h100.hostOverheadFraction = 0.3;
        QTest::newRow("H100 700 W × 0.8 × 1.3") << h100 << 728.0 << false;
        Scenario m = base();
        m.powerW = 330;
        QTest::newRow("measured 330 W, nothing added") << m << 330.0 << true;
        Scenario tpu = base();
        tpu.acceleratorId = "tpu-v5p";
        tpu.powerW = 200;
        QTest::newRow("measured on a TPU without TDP") << tpu << 200.0 << true;
    }

    void power()
    {
        QFETCH(Scenario, scenario);
        QFETCH(double, powerW);
        QFETCH(bool, measured);
        RUN_OK(r, scenario);
        QCOMPARE(r.resolved.powerMeasured, measured);
        COMPARE_REL(r.estimate[Output::PowerPerAcceleratorW], powerW, kTol);
        // dynamic IT energy [kWh] = accelerator-hours × W / 1000
        COMPARE_REL(r.estimate[Output::DynamicItEnergyKWh], 1000.0 * powerW / 1000.0, kTol);
    }

    void missingTdpNeedsPower()
    {
        Scenario s = base();
        s.acceleratorId = "tpu-v5p";
        s.powerW.reset();
        QCOMPARE(firstError(s),
                 QStringLiteral("hardware.powerW: accelerator \"tpu-v5p\" has no published TDP: "
                                "give the measured average power per accelerator"));
    }

    void idleAndPue_data()
    {
        QTest::addColumn<double>("idleShare"); // < 0: not set
        QTest::addColumn<double>("pue");
        QTest::addColumn<double>("idleKWh");
        QTest::addColumn<double>("itKWh");
        QTest::addColumn<double>("facilityKWh");

        QTest::newRow("no idle, PUE 1.2") << -1.0 << 1.2 << 0.0 << 400.0 << 480.0;
        QTest::newRow("idle 0.5, PUE 1.2") << 0.5 << 1.2 << 200.0 << 600.0 << 720.0;
        QTest::newRow("idle 0.5924, PUE 1") << 0.5924 << 1.0 << 236.96 << 636.96 << 636.96;
        QTest::newRow("no idle, PUE 1.56") << 0.0 << 1.56 << 0.0 << 400.0 << 624.0;
    }

    void idleAndPue()
    {
        QFETCH(double, idleShare);
        QFETCH(double, pue);
        QFETCH(double, idleKWh);
        QFETCH(double, itKWh);
        QFETCH(double, facilityKWh);
        Scenario s = base();
        if (idleShare >= 0)
            s.idleShare = idleShare;
        s.pue = pue;
        RUN_OK(r, s);
        COMPARE_REL(r.estimate[Output::DynamicItEnergyKWh], 400.0, kTol);
        COMPARE_REL(r.estimate[Output::IdleEnergyKWh], idleKWh, kTol);
        COMPARE_REL(r.estimate[Output::ItEnergyKWh], itKWh, kTol);
        COMPARE_REL(r.estimate[Output::FacilityEnergyKWh], facilityKWh, kTol);
    }

    void pueSources_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<double>("pue");

        QTest::newRow("given") << base() << 1.2;
        Scenario region = base();
        region.pue.reset();
        region.intensityGPerKWh.reset();
        region.regionId = "gcp:us-central1";
        QTest::newRow("cloud region's PUE") << region << *cat().region("gcp:us-central1")->pue;
        Scenario def = base();
        def.pue.reset();
        QTest::newRow("no region: catalog default") << def << cat().defaultValue("pue")->value;
        Scenario country = base();
        country.pue.reset();
        country.regionId = "USA";
        QTest::newRow("country region: catalog default") << country << 1.56;
    }

    void pueSources()
    {
        QFETCH(Scenario, scenario);
        QFETCH(double, pue);
        RUN_OK(r, scenario);
        QCOMPARE(r.resolved.value(Input::Pue), pue);
        COMPARE_REL(r.estimate[Output::FacilityEnergyKWh], 400.0 * pue, kTol);
    }

    void carbon_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<double>("locationKg");
        QTest::addColumn<double>("marketKg");

        // facility 480 kWh at 400 g/kWh → 192 kg
        QTest::newRow("no renewables") << base() << 192.0 << 192.0;
        Scenario res = base();
        res.renewableShare = 0.6;
        QTest::newRow("60 % renewable, residual = location") << res << 192.0 << 480 * 0.4 * 400 / 1000.0;
        Scenario mix = res;
        mix.residualMixGPerKWh = 500;
        QTest::newRow("60 % renewable, residual 500") << mix << 192.0 << 96.0;
        Scenario all = mix;
        all.renewableShare = 1;
        QTest::newRow("100 % renewable") << all << 192.0 << 0.0;
        Scenario region = base();
        region.intensityGPerKWh.reset();
        region.regionId = "gcp:us-central1";
        const double ci = cat().region("gcp:us-central1")->intensityGPerKWh; // 412.72
        QTest::newRow("region intensity") << region << 480 * ci / 1000 << 480 * ci / 1000;
        Scenario override = region;
        override.intensityGPerKWh = 50;
        QTest::newRow("given intensity overrides the region") << override << 24.0 << 24.0;
    }

    void carbon()
    {
        QFETCH(Scenario, scenario);
        QFETCH(double, locationKg);
        QFETCH(double, marketKg);
        RUN_OK(r, scenario);
        COMPARE_REL(r.estimate[Output::Co2eLocationKg], locationKg, kTol);
        COMPARE_REL(r.estimate[Output::Co2eMarketKg], marketKg, kTol);
        COMPARE_REL(r.estimate[Output::Co2eTotalKg], locationKg + r.estimate[Output::Co2eEmbodiedKg], kTol);
    }

    void embodied_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<double>("embodiedKg");

        Scenario a = base();
        a.acceleratorHours = 8760;
        a.embodiedKgPerAccelerator = 1000;
        a.serviceLifeYears = 4;
        QTest::newRow("one year of a 4-year life") << a << 250.0;
        Scenario b = base();
        b.embodiedKgPerAccelerator = 500;
        b.serviceLifeYears = 5;
        QTest::newRow("1000 h of 5 × 8760 h") << b << 1000.0 * 500 / (5 * 8760.0);
        // Card footprint of the record + the GPU host's share (5,700 kg / 8), default life 5 years.
        Scenario c = base();
        c.acceleratorId = "h100-sxm";
        c.acceleratorHours = 8760;
        QTest::newRow("record card + host share") << c << (164 + 712.5) / 5;
        // L4 has no card footprint: base 95.75 kg + 0.853 kg/GB × 24 GB, + host share.
        Scenario d = base();
        d.acceleratorId = "l4";
        d.acceleratorHours = 8760;
        QTest::newRow("card model + host share") << d << (95.75 + 0.853 * 24 + 712.5) / 5;
        // TPU v5p's life-cycle figure already holds the host: nothing is added.
        Scenario e = base();
        e.acceleratorId = "tpu-v5p";
        e.acceleratorHours = 8760;
        QTest::newRow("server-share footprint") << e << 1101.0 / 5;
        // TPU v4's die-only figure is a reference: card model (32 GB) + the TPU host's share.
        Scenario t = base();
        t.acceleratorId = "tpu-v4";
        t.acceleratorHours = 8760;
        QTest::newRow("die figure not used") << t << (95.75 + 0.853 * 32 + 443.75) / 5;
    }

    void embodied()
    {
        QFETCH(Scenario, scenario);
        QFETCH(double, embodiedKg);
        RUN_OK(r, scenario);
        COMPARE_REL(r.estimate[Output::Co2eEmbodiedKg], embodiedKg, kTol);
    }

    void embodiedCatalogValues()
    {
        // The hand values behind embodied_data's catalog rows.
        QCOMPARE(*cat().accelerator("h100-sxm")->embodiedKgCo2e, 164.0);
        QCOMPARE(cat().accelerator("l4")->memoryGB, 24.0);
        QCOMPARE(cat().accelerator("tpu-v4")->memoryGB, 32.0);
        QCOMPARE(cat().defaultValue("embodiedCardBaseKg")->value, 95.75);
        QCOMPARE(cat().defaultValue("embodiedMemoryKgPerGB")->value, 0.853);
        QCOMPARE(cat().defaultValue("embodiedHostKgPerAccelerator.gpu")->value, 712.5);
        QCOMPARE(cat().defaultValue("embodiedHostKgPerAccelerator.tpu")->value, 443.75);
        QCOMPARE(cat().defaultValue("serviceLifeYears")->value, 5.0);
    }

    // Every catalog intensity has a range: a country its own year-to-year spread, a cloud row or a
    // sub-national grid without one its country's, relative to its own value.
    void intensityRanges_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("spreadOf");
        QTest::newRow("country") << QStringLiteral("DEU") << QStringLiteral("DEU");
        QTest::newRow("cloud row in Germany") << QStringLiteral("aws:eu-central-1") << QStringLiteral("DEU");
        QTest::newRow("US state") << QStringLiteral("US-WA") << QStringLiteral("USA");
    }

    void intensityRanges()
    {
        QFETCH(QString, region);
        QFETCH(QString, spreadOf);
        Scenario s = base();
        s.intensityGPerKWh.reset();
        s.regionId = region.toStdString();
        RUN_OK(r, s);
        const Region *g = cat().region(s.regionId);
        const Region *c = cat().region(spreadOf.toStdString());
        QVERIFY(g != nullptr && c != nullptr && c->intensityLowGPerKWh && c->intensityHighGPerKWh);
        const Distribution &d = r.resolved.ranges[index(Input::IntensityGPerKWh)];
        QCOMPARE(d.kind, Distribution::Kind::Triangular);
        QCOMPARE(d.mode, g->intensityGPerKWh);
        // The catalog rounds a sub-national grid's ends to 0.1 g/kWh.
        COMPARE_REL(d.low / d.mode, *c->intensityLowGPerKWh / c->intensityGPerKWh, 1e-3);
        COMPARE_REL(d.high / d.mode, *c->intensityHighGPerKWh / c->intensityGPerKWh, 1e-3);
        QVERIFY(r.resolved.provenance[index(Input::IntensityGPerKWh)].note.find("range") !=
                std::string::npos);
    }

    // A direct (combustion-only) figure listed beside a life-cycle value is not a spread of it:
    // Stockholm's 8.8 g/kWh (CCF, direct) must not pull the life-cycle range down.
    void intensityRangeKeepsOneBasis()
    {
        Scenario s = base();
        s.intensityGPerKWh.reset();
        s.regionId = "aws:eu-north-1";
        RUN_OK(r, s);
        const Region *g = cat().region(s.regionId);
        QVERIFY(g != nullptr && g->basis == "lifecycle" && g->directGPerKWh);
        bool hasDirectAlternative = false;
        for (const auto &alt : g->alternatives)
            hasDirectAlternative = hasDirectAlternative || alt.basis == "operational";
        QVERIFY(hasDirectAlternative);
        const Distribution &d = r.resolved.ranges[index(Input::IntensityGPerKWh)];
        QCOMPARE(d.low, *g->intensityLowGPerKWh);
        QCOMPARE(d.high, *g->intensityHighGPerKWh);
        const std::string &note = r.resolved.provenance[index(Input::IntensityGPerKWh)].note;
        QVERIFY2(note.find("life cycle") != std::string::npos &&
                     note.find("direct 5.67") != std::string::npos,
                 note.c_str());
    }

    // Water follows the provider (on-site WUE) and the grid (water per kWh generated).
    void waterByProviderAndPlace_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<double>("wue");
        QTest::addColumn<double>("ewif");
        QTest::addColumn<QString>("ewifFrom"); // the record whose figure is used
        QTest::newRow("AWS Oregon: AWS WUE, Pacific Northwest")
            << QStringLiteral("aws:us-west-2") << 0.15 << 9.48 << QString();
        QTest::newRow("GCP Belgium: Google WUE, Belgium")
            << QStringLiteral("gcp:europe-west1") << 1.0 << 2.62 << QStringLiteral("BEL");
        QTest::newRow("Sweden: default WUE, Sweden")
            << QStringLiteral("SWE") << 0.55 << 6.03 << QStringLiteral("SWE");
        QTest::newRow("Texas state: default WUE, USA")
            << QStringLiteral("US-TX") << 0.55 << 3.14 << QStringLiteral("USA");
    }

    void waterByProviderAndPlace()
    {
        QFETCH(QString, region);
        QFETCH(double, wue);
        QFETCH(double, ewif);
        QFETCH(QString, ewifFrom);
        Scenario s = base();
        s.intensityGPerKWh.reset();
        s.regionId = region.toStdString();
        RUN_OK(r, s);
        QCOMPARE(r.resolved.value(Input::WueLPerKWh), wue);
        QCOMPARE(r.resolved.value(Input::EwifLPerKWh), ewif);
        const Distribution &d = r.resolved.ranges[index(Input::EwifLPerKWh)];
        QVERIFY(d.low < ewif && ewif < d.high);
        if (!ewifFrom.isEmpty()) {
            const Region *g = cat().region(ewifFrom.toStdString());
            QVERIFY(g != nullptr && g->ewifLPerKWh);
            QCOMPARE(*g->ewifLPerKWh, ewif);
        }
        COMPARE_REL(r.estimate[Output::WaterOffsiteL], r.estimate[Output::FacilityEnergyKWh] * ewif, kTol);
    }

    void water_data()
    {
        QTest::addColumn<double>("wue"); // < 0: catalog default
        QTest::addColumn<double>("ewif");
        QTest::addColumn<double>("onsiteL");
        QTest::addColumn<double>("offsiteL");

        // IT 400 kWh, facility 480 kWh
        QTest::newRow("given") << 1.8 << 3.0 << 720.0 << 1440.0;
        QTest::newRow("dry cooling") << 0.0 << 3.0 << 0.0 << 1440.0;
        QTest::newRow("catalog defaults 0.55 / 3.14") << -1.0 << -1.0 << 400 * 0.55 << 480 * 3.14;
    }

    void water()
    {
        QFETCH(double, wue);
        QFETCH(double, ewif);
        QFETCH(double, onsiteL);
        QFETCH(double, offsiteL);
        Scenario s = base();
        if (wue >= 0)
            s.wueLPerKWh = wue;
        if (ewif >= 0)
            s.ewifLPerKWh = ewif;
        RUN_OK(r, s);
        COMPARE_REL(r.estimate[Output::WaterOnsiteL], onsiteL, kTol);
        COMPARE_REL(r.estimate[Output::WaterOffsiteL], offsiteL, kTol);
        COMPARE_REL(r.estimate[Output::WaterL], onsiteL + offsiteL, kTol);
    }

    void cost_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<bool>("rental");
        QTest::addColumn<double>("computeUsd");
        QTest::addColumn<double>("carbonUsd");

        Scenario rent = base();
        rent.costMode = CostMode::Rental;
        rent.priceUsdPerAcceleratorHour = 2.5;
        QTest::newRow("rental, given price") << rent << true << 2500.0 << 0.0;
        Scenario auto_ = base();
        auto_.acceleratorId = "h100-sxm";
        QTest::newRow("auto → rental at the catalog price") << auto_ << true << 1000 * 12.29 << 0.0;
        Scenario owned = base();
        owned.costMode = CostMode::Owned;
        owned.electricityPriceUsdPerKWh = 0.1;
        owned.capexUsdPerAccelerator = 30000;
        owned.serviceLifeYears = 5;
        // 480 kWh × 0.1 + 1000 h × 30 000 USD / (5 × 8760 h)
        QTest::newRow("owned, capex amortised")
            << owned << false << 48.0 + 1000 * 30000 / (5 * 8760.0) << 0.0;
        QTest::newRow("auto → owned, default electricity, no capex")
            << base() << false << 480 * 0.0804 << 0.0;
        Scenario carbon = owned;
        carbon.capexUsdPerAccelerator.reset();
        carbon.embodiedKgPerAccelerator = 1000;
        carbon.serviceLifeYears = 4;
        carbon.carbonPriceUsdPerT = 100;
        // (192 kg location + 1000 h × 1000 kg / (4 × 8760 h) embodied) / 1000 × 100 USD/t
        QTest::newRow("carbon price")
            << carbon << false << 48.0 << (192 + 1000 * 1000 / (4 * 8760.0)) / 1000 * 100;
    }

    void cost()
    {
        QFETCH(Scenario, scenario);
        QFETCH(bool, rental);
        QFETCH(double, computeUsd);
        QFETCH(double, carbonUsd);
        RUN_OK(r, scenario);
        QCOMPARE(r.resolved.rental, rental);
        COMPARE_REL(r.estimate[Output::CostComputeUsd], computeUsd, kTol);
        COMPARE_REL(r.estimate[Output::CostCarbonUsd], carbonUsd, kTol);
        COMPARE_REL(r.estimate[Output::CostUsd], computeUsd + carbonUsd, kTol);
    }

    void rentalWithoutPrice()
    {
        Scenario s = base();
        s.costMode = CostMode::Rental;
        QCOMPARE(firstError(s),
                 QStringLiteral("cost.priceUsdPerAcceleratorHour: rental cost needs a price: the "
                                "catalog has none for \"a100-sxm-80gb\""));
    }

    void allOutputsFinite_data()
    {
        QTest::addColumn<Scenario>("scenario");
        const ProjectLoadResult example =
            ProjectFile::load(GREENLIGHT_SOURCE_DIR "/resources/examples/plan-7b.greenlight.json", cat());
        QVERIFY(example.project);
        for (const Scenario &s : example.project->scenarios)
            QTest::newRow(s.name.c_str()) << s;
        QTest::newRow("base") << base();
        QTest::newRow("first principles") << firstPrinciples(std::nullopt, "");
        QTest::newRow("measured, no hours") << measured(104000, 0, 0, 216);
        Scenario tdp = base();
        tdp.powerW.reset();
        tdp.regionId = "aws:us-east-1";
        tdp.intensityGPerKWh.reset();
        tdp.pue.reset();
        QTest::newRow("all from catalog") << tdp;
    }

    void allOutputsFinite()
    {
        QFETCH(Scenario, scenario);
        RUN_OK(r, scenario);
        for (std::size_t i = 0; i < kOutputCount; ++i) {
            const double v = r.estimate.values[i];
            const QByteArray key(info(static_cast<Output>(i)).key.data(),
                                 qsizetype(info(static_cast<Output>(i)).key.size()));
            QVERIFY2(std::isfinite(v), key.constData());
            QVERIFY2(v >= 0, key.constData());
        }
        QVERIFY(r.estimate[Output::Co2eLocationKg] > 0);
        QVERIFY(r.estimate[Output::AcceleratorHours] > 0 ||
                scenario.workloadMode == WorkloadMode::MeasuredEnergy);
    }

    void explainer_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::newRow("accelerator-hours, measured power") << base();
        Scenario dd = base();
        dd.workloadMode = WorkloadMode::DevicesDuration;
        dd.durationHours = 72;
        dd.powerW.reset();
        dd.idleShare = 0.3;
        dd.renewableShare = 0.5;
        dd.residualMixGPerKWh = 450;
        QTest::newRow("devices × duration, TDP, idle, market") << dd;
        QTest::newRow("first principles, rental") << firstPrinciples(std::nullopt, "");
        Scenario owned = firstPrinciples(0.35, "fp8");
        owned.costMode = CostMode::Owned;
        owned.capexUsdPerAccelerator = 25000;
        owned.carbonPriceUsdPerT = 80;
        owned.regionId = "gcp:us-central1";
        owned.intensityGPerKWh.reset();
        owned.pue.reset();
        QTest::newRow("first principles, owned, region") << owned;
        QTest::newRow("measured energy with hours") << measured(5000, 500, 0, 4);
        QTest::newRow("measured energy, devices × duration") << measured(5000, 0, 10, 4);
        QTest::newRow("measured energy, no hours") << measured(104000, 0, 0, 216);
        Scenario mult = base();
        mult.experimentMultiplier = 3;
        QTest::newRow("experiments multiplier") << mult;
    }

    void explainer()
    {
        QFETCH(Scenario, scenario);
        RUN_OK(r, scenario);
        const std::vector<TraceStep> steps = Explainer::explainAll(r.resolved, r.estimate);
        QCOMPARE(steps.size(), kOutputCount);
        for (std::size_t i = 0; i < kOutputCount; ++i) {
            const TraceStep &t = steps[i];
            const QByteArray key(info(t.output).key.data(), qsizetype(info(t.output).key.size()));
            QCOMPARE(index(t.output), i);
            QVERIFY2(t.value == r.estimate.values[i], key.constData());
            QVERIFY2(!t.formula.empty(), key.constData());
            QVERIFY2(t.substituted.find(" = " + formatPlain(t.value)) != std::string::npos, key.constData());
            // Text for readers: no exponent ("1 T", not "1e+12").
            QVERIFY2(t.substituted.find("e+") == std::string::npos, t.substituted.c_str());
            for (const TraceInput &in : t.inputs) {
                const QByteArray what = QByteArray(key + " <- " + QByteArray::fromStdString(in.key));
                QVERIFY2(!in.source.empty(), what.constData());
                QVERIFY2(t.substituted.find(formatPlain(in.value)) != std::string::npos,
                         QByteArray(what + ": " + QByteArray::fromStdString(formatPlain(in.value)) +
                                    " not in \"" + QByteArray::fromStdString(t.substituted) + "\"")
                             .constData());
            }
            for (Output used : t.uses)
                QVERIFY2(t.substituted.find(formatPlain(r.estimate[used])) != std::string::npos,
                         key.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestEstimator)
#include "tst_estimator.moc"
