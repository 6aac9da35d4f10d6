// Each lever against hand-calculated cases, including ones that make the footprint worse.
#include "catalog/catalog.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "levers/leverengine.h"
#include "levers/trainingprecision.h"
#include "lifecycle/scenarioevaluator.h"

#include <QTest>

#include <cmath>

using namespace greenlight;

namespace {

constexpr double kTol = 1e-9;

bool near(double a, double b, double rel)
{
    return std::abs(a - b) <= rel * std::max(1.0, std::abs(b));
}

#define COMPARE_REL(actual, expected, rel)                                                                   \
    QVERIFY2(near((actual), (expected), (rel)), qPrintable(QStringLiteral("%1 = %2, expected %3")            \
                                                               .arg(QStringLiteral(#actual))                 \
                                                               .arg((actual), 0, 'g', 17)                    \
                                                               .arg((expected), 0, 'g', 17)))

// 1 B parameters, 1e10 tokens on H100 (bf16 989.5 TFLOP/s) at MFU 0.5, 1 kW all-in, PUE 1,
// 100 g/kWh, no water, no embodied, rental 2 USD/h: every output is easy to compute by hand.
Scenario simple()
{
    Scenario s;
    s.name = "simple";
    s.workloadMode = WorkloadMode::FirstPrinciples;
    s.parametersB = 1;
    s.tokens = 1e10;
    s.mfu = 0.5;
    s.precision = "bf16";
    s.acceleratorId = "h100-sxm";
    s.acceleratorCount = 8;
    s.powerW = 1000;
    s.intensityGPerKWh = 100;
    s.pue = 1;
    s.wueLPerKWh = 0;
    s.ewifLPerKWh = 0;
    s.embodiedKgPerAccelerator = 0;
    s.priceUsdPerAcceleratorHour = 2;
    return s;
}

constexpr double kFlopsPerHour = 989.5e12 * 0.5 * 3600; // peak · MFU · 3600
const double kBaseHours = 6 * 1e9 * 1e10 / kFlopsPerHour;

ScenarioEvaluation evaluate(const Scenario &s)
{
    Issues issues;
    auto ev = ScenarioEvaluator(Catalog::builtIn()).evaluate(s, issues);
    if (!ev) {
        for (const Issue &i : issues)
            qWarning("%s", i.toString().c_str());
        qFatal("evaluation failed");
    }
    return *ev;
}

double defaultOf(const char *id)
{
    return Catalog::builtIn().defaultValue(id)->value;
}

} // namespace

class TstLevers : public QObject
{
    Q_OBJECT

private slots:
    void noLeverIsIdentity()
    {
        const Scenario s = simple();
        const ScenarioEvaluation ev = evaluate(s);
        for (std::size_t i = 0; i < kOutputCount; ++i)
            QCOMPARE(ev.estimate.values[i], ev.base.values[i]);
        COMPARE_REL(ev.base[Output::AcceleratorHours], kBaseHours, kTol);
        COMPARE_REL(ev.base[Output::Co2eTotalKg], kBaseHours * 0.1, kTol);
    }

    void trainingLevers_data()
    {
        QTest::addColumn<QString>("lever");
        QTest::addColumn<double>("expectedHours");
        QTest::addColumn<bool>("worse");
        // Pruning: retraining half the run (a lever that makes training worse).
        QTest::newRow("prune-retrain 0.5") << QStringLiteral("prune") << kBaseHours * 1.5 << true;
        // QAT with the catalog default fraction (0.10).
        QTest::newRow("qat default") << QStringLiteral("qat")
                                     << kBaseHours * (1 + defaultOf("qatOverheadFraction")) << true;
        // FP8 training on H100: 989.5 / 1979 of the time.
        // FP8 training: the measured end-to-end factor, not the 989.5 / 1979 peak ratio.
        QTest::newRow("fp8 training")
            << QStringLiteral("fp8") << kBaseHours * defaultOf("fp8TrainingTimeFactor") << false;
        // Distillation: + (2 · 1e9 + 6 · 0.25e9) · 1e10 FLOPs on top of the teacher's training.
        QTest::newRow("distillation")
            << QStringLiteral("distil") << kBaseHours + 3.5e9 * 1e10 / kFlopsPerHour << true;
        // LoRA fine-tuning on 1e9 tokens replaces the run: 6 · 1e9 · 1e9 · 0.667.
        QTest::newRow("lora") << QStringLiteral("lora")
                              << 6e18 * defaultOf("loraComputeFraction") / kFlopsPerHour << false;
        // Early stopping at half the tokens, a 20 % sweep of the (shortened) run and a 10 h ablation.
        QTest::newRow("experiments") << QStringLiteral("experiments") << kBaseHours * 0.5 * 1.2 + 10 << false;
        // A sweep costing as much as the run again, no early stopping: experiments make it worse.
        QTest::newRow("sweep") << QStringLiteral("sweep") << kBaseHours * 2 << true;
        // The development programme at the catalog's median of published programmes, or the user's.
        QTest::newRow("development (catalog)")
            << QStringLiteral("development") << kBaseHours * (1 + defaultOf("developmentRunsFraction"))
            << true;
        QTest::newRow("development 0.5") << QStringLiteral("development 0.5") << kBaseHours * 1.5 << true;
    }

    void trainingLevers()
    {
        QFETCH(QString, lever);
        QFETCH(double, expectedHours);
        QFETCH(bool, worse);
        Scenario s = simple();
        if (lever == QLatin1String("prune"))
            s.levers.pruning = PruningLever{0.5, PruningStructure::Unstructured, 0.5, {}, {}};
        if (lever == QLatin1String("qat")) {
            QuantisationLever q;
            q.servingPrecision = "int8";
            q.method = QuantisationMethod::QuantAware;
            s.levers.quantisation = q;
        }
        if (lever == QLatin1String("fp8")) {
            QuantisationLever q;
            q.trainingPrecision = "fp8";
            s.levers.quantisation = q;
        }
        if (lever == QLatin1String("distil")) {
            DistillationLever d;
            d.studentParametersB = 0.25;
            s.levers.distillation = d;
        }
        if (lever == QLatin1String("lora")) {
            TransferLever t;
            t.lora = true;
            t.tokens = 1e9;
            s.levers.transfer = t;
        }
        if (lever == QLatin1String("experiments")) {
            ExperimentBudgetLever e;
            e.earlyStoppingTokenFraction = 0.5;
            e.runs = {{"sweep", 0.2, {}}, {"ablation", {}, 10.0}};
            s.levers.experiments = e;
        }
        if (lever == QLatin1String("sweep")) {
            ExperimentBudgetLever e;
            e.runs = {{"sweep", 1.0, {}}};
            s.levers.experiments = e;
        }
        if (lever.startsWith(QLatin1String("development"))) {
            ExperimentBudgetLever e;
            e.development = true;
            if (lever.endsWith(QLatin1String("0.5")))
                e.developmentFraction = 0.5;
            s.levers.experiments = e;
        }
        const ScenarioEvaluation ev = evaluate(s);
        COMPARE_REL(ev.estimate[Output::AcceleratorHours], expectedHours, kTol);
        COMPARE_REL(ev.estimate[Output::Co2eTotalKg], expectedHours * 0.1, kTol);
        COMPARE_REL(ev.estimate[Output::CostUsd], expectedHours * 2, kTol);
        QCOMPARE(ev.estimate[Output::Co2eTotalKg] > ev.base[Output::Co2eTotalKg], worse);
        double sum = 0; // the effects add up to the change
        for (const LeverEffect &e : ev.levers.effects)
            sum += e.acceleratorHoursDelta;
        COMPARE_REL(ev.base[Output::AcceleratorHours] + sum, expectedHours, 1e-9);
    }

    void pretrainedPolicy_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<double>("addedKg");
        QTest::newRow("not attributed") << int(PretrainedPolicy::NotAttributed) << 0.0;
        QTest::newRow("amortised over 10") << int(PretrainedPolicy::Amortised) << 100.0;
        QTest::newRow("fully attributed") << int(PretrainedPolicy::FullyAttributed) << 1000.0;
    }

    void pretrainedPolicy()
    {
        QFETCH(int, policy);
        QFETCH(double, addedKg);
        Scenario s = simple();
        TransferLever t;
        t.tokens = 1e9;
        t.policy = static_cast<PretrainedPolicy>(policy);
        t.pretrainedCo2eKg = 1000;
        t.pretrainedEnergyKWh = 5000;
        t.downstreamUses = 10;
        s.levers.transfer = t;
        const ScenarioEvaluation ev = evaluate(s);
        const double hours = 6e18 / kFlopsPerHour; // full fine-tuning
        COMPARE_REL(ev.estimate[Output::Co2eTotalKg], hours * 0.1 + addedKg, kTol);
        COMPARE_REL(ev.estimate[Output::FacilityEnergyKWh], hours + addedKg * 5, kTol);
        // The small base run (3.4 kg): attributing 100 kg or 1 t of pretraining makes the fine-tune worse.
        QCOMPARE(ev.estimate[Output::Co2eTotalKg] > ev.base[Output::Co2eTotalKg], addedKg > 0);
    }

    void servingProfiles_data()
    {
        QTest::addColumn<QString>("accelerator");
        QTest::addColumn<QString>("precision");
        QTest::addColumn<int>("structure"); // -1: no pruning
        QTest::addColumn<double>("parametersB");
        QTest::addColumn<double>("speedup");
        QTest::addColumn<double>("overhead");
        QTest::addColumn<double>("bytes");
        // int8 on A100: one byte per weight; the serving model, not the profile, sets the speed from
        // the bytes read and the int8 peak (no peak-ratio speed-up here).
        QTest::newRow("int8 a100") << QStringLiteral("a100-sxm-80gb") << QStringLiteral("int8") << -1 << 7.0
                                   << 1.0 << 0.0 << 1.0;
        // int4 on a 1B model on H100 (no int4 peak): dequantisation overhead, slower than fp16.
        QTest::newRow("int4 small model")
            << QStringLiteral("h100-sxm") << QStringLiteral("int4") << -1 << 1.0 << 1.0 << 0.265 << 4.125 / 8;
        // int4 on a 7B model: above the 3B threshold, no overhead.
        QTest::newRow("int4 7B") << QStringLiteral("h100-sxm") << QStringLiteral("int4") << -1 << 7.0 << 1.0
                                 << 0.0 << 4.125 / 8; // group scales included
        // 2:4 on V100 (no sparse tensor cores) vs A100.
        QTest::newRow("2:4 v100") << QStringLiteral("v100-sxm2-32gb") << QStringLiteral("")
                                  << int(PruningStructure::SemiStructured24) << 7.0 << 1.0 << 0.0 << 2.0;
        QTest::newRow("2:4 a100") << QStringLiteral("a100-sxm-80gb") << QStringLiteral("")
                                  << int(PruningStructure::SemiStructured24) << 7.0 << 1.2 << 0.0 << 2.0;
        QTest::newRow("unstructured") << QStringLiteral("a100-sxm-80gb") << QStringLiteral("")
                                      << int(PruningStructure::Unstructured) << 7.0 << 1.0 << 0.0 << 2.0;
        // Structured at 0.25: a dense model of 0.75 × 7 B, no speed-up of its own (the serving model
        // scales bytes and FLOPs with the smaller model).
        QTest::newRow("structured 0.25") << QStringLiteral("a100-sxm-80gb") << QStringLiteral("")
                                         << int(PruningStructure::Structured) << 7.0 << 1.0 << 0.0 << 2.0;
    }

    void servingProfiles()
    {
        QFETCH(QString, accelerator);
        QFETCH(QString, precision);
        QFETCH(int, structure);
        QFETCH(double, parametersB);
        QFETCH(double, speedup);
        QFETCH(double, overhead);
        QFETCH(double, bytes);
        Scenario s = simple();
        s.parametersB = parametersB;
        if (!precision.isEmpty()) {
            QuantisationLever q;
            q.servingPrecision = precision.toStdString();
            s.levers.quantisation = q;
        }
        if (structure >= 0)
            s.levers.pruning = PruningLever{structure == int(PruningStructure::Structured) ? 0.25 : 0.5,
                                            static_cast<PruningStructure>(structure),
                                            0.0,
                                            {},
                                            {}};
        Issues issues;
        const auto p = LeverEngine(Catalog::builtIn())
                           .servingProfile(s, *Catalog::builtIn().accelerator(accelerator.toStdString()),
                                           nullptr, nullptr, issues);
        QVERIFY(p.has_value());
        COMPARE_REL(p->speedup, speedup, kTol);
        COMPARE_REL(p->timeOverheadFraction, overhead, kTol);
        COMPARE_REL(p->bytesPerParameter, bytes, kTol);
        QCOMPARE(p->timeFactor() > 1.0, overhead > 0);
    }

    void trainingPrecisionUnknown()
    {
        Scenario s = simple();
        s.acceleratorId = "a100-sxm-80gb";
        QuantisationLever q;
        q.trainingPrecision = "fp8";
        s.levers.quantisation = q;
        Issues issues;
        QVERIFY(!ScenarioEvaluator(Catalog::builtIn()).evaluate(s, issues));
        QCOMPARE(
            QString::fromStdString(issues.back().toString()),
            QStringLiteral("levers.quantisation.trainingPrecision: accelerator \"a100-sxm-80gb\" cannot "
                           "train in fp8: it has no peak throughput for it (trainable: bf16, fp16, fp32, "
                           "tf32)"));
    }

    // Issue 15: FP8 on H100 gives 0.65–0.9 × the BF16 accelerator-hours (published 1.1–1.5×
    // end-to-end), integer formats are refused, and a peak ratio only ever bounds the factor.
    void trainingPrecisionChange_data()
    {
        QTest::addColumn<QString>("accelerator");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("h100 bf16 → fp8") << "h100-sxm"
                                         << "bf16"
                                         << "fp8" << 0.65 << 0.9;
        QTest::newRow("h100 fp8 → bf16 (slower, inverse)") << "h100-sxm"
                                                           << "fp8"
                                                           << "bf16" << 1.1 << 1.55;
        QTest::newRow("a100 tf32 → bf16") << "a100-sxm-80gb"
                                          << "tf32"
                                          << "bf16" << 0.5 << 0.7;
        QTest::newRow("a100 bf16 → fp16 (same tier)") << "a100-sxm-80gb"
                                                      << "bf16"
                                                      << "fp16" << 1.0 << 1.0;
        QTest::newRow("h100 fp32 → fp8 (two steps)") << "h100-sxm"
                                                     << "fp32"
                                                     << "fp8" << 0.3 << 0.55;
    }

    void trainingPrecisionChange()
    {
        QFETCH(QString, accelerator);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(double, low);
        QFETCH(double, high);
        const Catalog &c = Catalog::builtIn();
        const Accelerator *a = c.accelerator(accelerator.toStdString());
        QVERIFY(a != nullptr);
        Issues issues;
        const auto change = TrainingPrecision::change(*a, from.toStdString(), to.toStdString(), c, issues);
        QVERIFY(change);
        QVERIFY2(change->timeFactor >= low - kTol && change->timeFactor <= high + kTol,
                 qPrintable(QString::number(change->timeFactor)));
        // Never beyond the peaks: faster formats no faster than their peak ratio, and vice versa.
        if (change->timeFactor < 1)
            QVERIFY(change->timeFactor >= change->peakRatio - kTol);
        if (change->timeFactor > 1)
            QVERIFY(change->timeFactor <= change->peakRatio + kTol);
    }

    void trainingPrecisionPeakBound()
    {
        Accelerator a;
        a.id = "test-fp8-slow";
        a.peakTflops = {{"bf16", 100}, {"fp8", 110}}; // fp8 barely faster: the peak ratio binds
        Issues issues;
        const auto change = TrainingPrecision::change(a, "bf16", "fp8", Catalog::builtIn(), issues);
        QVERIFY(change);
        QVERIFY(change->peakBound);
        COMPARE_REL(change->timeFactor, 100.0 / 110.0, kTol);
    }

    void trainingPrecisionRefused_data()
    {
        QTest::addColumn<QString>("precision");
        QTest::newRow("int8") << "int8";
        QTest::newRow("int4") << "int4";
        QTest::newRow("fp4") << "fp4";
    }

    void trainingPrecisionRefused()
    {
        QFETCH(QString, precision);
        Scenario s = simple();
        QuantisationLever q;
        q.trainingPrecision = precision.toStdString();
        s.levers.quantisation = q;
        Issues issues;
        QVERIFY(!ScenarioEvaluator(Catalog::builtIn()).evaluate(s, issues));
        QCOMPARE(
            QString::fromStdString(issues.back().toString()),
            QStringLiteral("levers.quantisation.trainingPrecision: \"%1\" is not a training format (fp32, "
                           "tf32, bf16, fp16, fp8): integer and 4-bit formats serve a trained model — set "
                           "them as servingPrecision")
                .arg(precision));
    }

    // A measured factor of the user's replaces the catalog's (and its range).
    void trainingTimeFactorOverride()
    {
        Scenario s = simple();
        QuantisationLever q;
        q.trainingPrecision = "fp8";
        q.trainingTimeFactor = 0.8;
        s.levers.quantisation = q;
        const ScenarioEvaluation ev = evaluate(s);
        COMPARE_REL(ev.estimate[Output::AcceleratorHours], kBaseHours * 0.8, kTol);
        COMPARE_REL(ev.estimate[Output::TrainingFlops], ev.base[Output::TrainingFlops], kTol);
        QVERIFY(ev.sampling.parameters.empty()); // a plain value is fixed
        q.trainingTimeFactor.reset();
        s.levers.quantisation = q;
        const ScenarioEvaluation sampled = evaluate(s);
        QCOMPARE(sampled.sampling.parameters.size(), std::size_t(1));
        QCOMPARE(sampled.sampling.parameters.front().parameter, LeverParameter::TrainingTimeFactor);
        QCOMPARE(sampled.sampling.parameters.front().source, std::string("fp8TrainingTimeFactor"));
    }
};

QTEST_GUILESS_MAIN(TstLevers)
#include "tst_levers.moc"
