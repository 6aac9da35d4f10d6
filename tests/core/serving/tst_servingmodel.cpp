// The serving model's physics and its input checks: what measurements show must come out of the
// model (energy per token falls with batch, FP8 costs at small batch and saves at large, a mixture
// of experts costs by its active parameters), and every bad field is refused by name.
#include "catalog/catalog.h"
#include "serving/servingmodel.h"
#include "serving/servingsetup.h"

#include <QtTest>

#include <cmath>

using namespace greenlight;

namespace {

ServingSpec spec(const char *acc, double paramsB, double batch, const char *precision = "", int devices = 0)
{
    ServingSpec s;
    s.acceleratorId = acc;
    s.totalParamsB = paramsB;
    s.batch = batch;
    s.inputTokens = 250;
    s.outputTokens = 400;
    s.precision = precision;
    if (devices > 0)
        s.devices = devices;
    s.fleetUtilisation = 1.0;
    s.intensityGPerKWh = 400;
    return s;
}

} // namespace

class TestServingModel : public QObject
{
    Q_OBJECT

private:
    ServingConstants m_k;

    ServingResult eval(const ServingSpec &s)
    {
        Issues issues;
        const auto setup = ServingSetup(Catalog::builtIn(), m_k).resolve(s, ServingFieldNames{}, issues);
        if (!setup)
            qFatal("setup failed: %s", issues.empty() ? "?" : issues.front().toString().c_str());
        return ServingModel::evaluate(setup->point, m_k);
    }

private slots:
    void initTestCase()
    {
        Issues issues;
        m_k = ServingConstants::fromCatalog(Catalog::builtIn(), issues);
        QVERIFY(!hasErrors(issues));
    }

    void energyPerTokenFallsWithBatch()
    {
        double previous = INFINITY;
        double latency = 0;
        for (double batch : {1.0, 8.0, 64.0, 512.0}) {
            const ServingResult r = eval(spec("h100-sxm", 8, batch));
            QVERIFY2(r.gpuEnergyPerOutputTokenJ < previous, qPrintable(QString::number(batch)));
            QVERIFY2(r.secondsPerOutputToken > latency, "a bigger batch makes each step longer");
            previous = r.gpuEnergyPerOutputTokenJ;
            latency = r.secondsPerOutputToken;
        }
    }

    // ML.ENERGY v3: FP8 +30 % energy at batch 8-16, −11 % at 65-256 — from bytes, peak and kernel
    // efficiency, not a table.
    void fp8CostsAtSmallBatchAndSavesAtLarge()
    {
        const double bf16Small = eval(spec("h100-sxm", 70, 8, "bf16", 4)).gpuEnergyPerOutputTokenJ;
        const double fp8Small = eval(spec("h100-sxm", 70, 8, "fp8", 4)).gpuEnergyPerOutputTokenJ;
        const double bf16Large = eval(spec("h100-sxm", 70, 256, "bf16", 4)).gpuEnergyPerOutputTokenJ;
        const double fp8Large = eval(spec("h100-sxm", 70, 256, "fp8", 4)).gpuEnergyPerOutputTokenJ;
        qInfo("FP8 / BF16 energy per token: batch 8 %.2f, batch 256 %.2f", fp8Small / bf16Small,
              fp8Large / bf16Large);
        QVERIFY(fp8Small > bf16Small);
        QVERIFY(fp8Large < bf16Large);
        // No factor larger than measured: −11 % at batch 65-256 (a 2× peak ratio would say −50 %).
        QVERIFY(fp8Large / bf16Large > 0.8);
    }

    void weightOnlyInt4SavesAtBatchOne()
    {
        const double bf16 = eval(spec("a100-sxm-80gb", 7, 1, "bf16")).gpuEnergyPerOutputTokenJ;
        const double int4 = eval(spec("a100-sxm-80gb", 7, 1, "int4")).gpuEnergyPerOutputTokenJ;
        QVERIFY(int4 < bf16);
        QVERIFY2(bf16 / int4 < 4.0, "no more than the bytes saved");
    }

    // One request reads only its experts; a batch of 8 already touches about half of them
    // (1 − (1 − 22/235)^8), so the memory saving shrinks; at large batch the FLOP saving remains.
    void mixtureOfExpertsCostsByActiveParameters()
    {
        double previousShare = 0;
        for (double batch : {1.0, 8.0, 64.0}) {
            ServingSpec moe = spec("h100-sxm", 235, batch, "bf16", 8);
            moe.activeParamsB = 22;
            const double sparse = eval(moe).gpuEnergyPerOutputTokenJ;
            const double dense = eval(spec("h100-sxm", 235, batch, "bf16", 8)).gpuEnergyPerOutputTokenJ;
            const double share = sparse / dense;
            qInfo("batch %.0f: MoE / dense energy per token %.2f", batch, share);
            QVERIFY2(share < 0.75, qPrintable(QString::number(batch)));
            if (batch == 1.0)
                QVERIFY(share < 0.25);
            if (batch == 8.0)
                QVERIFY(share > previousShare);
            previousShare = share;
        }
    }

    void boundariesNest()
    {
        ServingSpec s = spec("h100-sxm", 8, 32);
        s.fleetUtilisation = 0.5;
        s.pue = 1.2;
        const ServingResult r = eval(s);
        QVERIFY(r.gpuEnergyPerRequestWh > 0);
        QVERIFY(r.idleEnergyPerRequestWh > 0);
        QVERIFY(r.itEnergyPerRequestWh > r.gpuEnergyPerRequestWh);
        QCOMPARE(r.facilityEnergyPerRequestWh, r.itEnergyPerRequestWh * 1.2);
        s.fleetUtilisation = 1.0;
        QCOMPARE(eval(s).idleEnergyPerRequestWh, 0.0);
    }

    void longReasoningOutputsStayFinite()
    {
        ServingSpec s = spec("h100-sxm", 32, 64, "bf16", 2);
        s.outputTokens = 16000;
        const ServingResult r = eval(s);
        QVERIFY(std::isfinite(r.facilityEnergyPerRequestWh) && r.facilityEnergyPerRequestWh > 0);
        QVERIFY(r.secondsPerRequest > 16000 * r.secondsPerOutputToken * 0.99);
    }

    void sizedReplicaHoldsTheModel()
    {
        Issues issues;
        const auto setup = ServingSetup(Catalog::builtIn(), m_k).resolve(spec("h100-sxm", 70, 8), {}, issues);
        QVERIFY(setup.has_value());
        QCOMPARE(setup->point.devices, 2); // 140 GB of bf16 weights: 2 × 80 GB × 0.9
        QVERIFY(setup->devicesSized);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expectedPath");
        QTest::newRow("batch 0") << QByteArray("batch") << QByteArray("0")
                                 << QByteArray("deployment.batchSize");
        QTest::newRow("negative output")
            << QByteArray("output") << QByteArray("-1") << QByteArray("deployment.outputTokens");
        QTest::newRow("NaN output") << QByteArray("output") << QByteArray("nan")
                                    << QByteArray("deployment.outputTokens");
        QTest::newRow("fp8 on A100") << QByteArray("precision") << QByteArray("fp8")
                                     << QByteArray("levers.quantisation.servingPrecision");
        QTest::newRow("bf16 on V100")
            << QByteArray("v100") << QByteArray("bf16") << QByteArray("levers.quantisation.servingPrecision");
        QTest::newRow("unknown precision") << QByteArray("precision") << QByteArray("fp6")
                                           << QByteArray("levers.quantisation.servingPrecision");
        QTest::newRow("fits nowhere")
            << QByteArray("params") << QByteArray("5000") << QByteArray("deployment.parametersB");
        QTest::newRow("too few devices")
            << QByteArray("devices") << QByteArray("1") << QByteArray("deployment.acceleratorsPerReplica");
        QTest::newRow("unknown accelerator")
            << QByteArray("accelerator") << QByteArray("h900") << QByteArray("deployment.accelerator");
        QTest::newRow("utilisation 0")
            << QByteArray("utilisation") << QByteArray("0") << QByteArray("deployment.fleetUtilisation");
        QTest::newRow("utilisation 1.5")
            << QByteArray("utilisation") << QByteArray("1.5") << QByteArray("deployment.fleetUtilisation");
        QTest::newRow("active above total")
            << QByteArray("active") << QByteArray("100") << QByteArray("deployment.activeParametersB");
        QTest::newRow("PUE below 1") << QByteArray("pue") << QByteArray("0.9")
                                     << QByteArray("deployment.pue");
    }

    void badInput()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expectedPath);
        ServingSpec s = spec("a100-sxm-80gb", 70, 8);
        const double v = value.toDouble();
        if (field == "batch")
            s.batch = v;
        else if (field == "output")
            s.outputTokens = value == "nan" ? NAN : v;
        else if (field == "precision")
            s.precision = value.toStdString();
        else if (field == "v100")
            s = spec("v100-sxm2-32gb", 7, 8, "bf16");
        else if (field == "params")
            s.totalParamsB = v;
        else if (field == "devices")
            s.devices = static_cast<int>(v);
        else if (field == "accelerator")
            s.acceleratorId = value.toStdString();
        else if (field == "utilisation")
            s.fleetUtilisation = v;
        else if (field == "active")
            s.activeParamsB = v;
        else if (field == "pue")
            s.pue = v;
        Issues issues;
        const auto setup = ServingSetup(Catalog::builtIn(), m_k).resolve(s, ServingFieldNames{}, issues);
        QVERIFY(!setup.has_value());
        QVERIFY(hasErrors(issues));
        const Issue &first =
            *std::find_if(issues.begin(), issues.end(), [](const Issue &i) { return i.isError(); });
        QCOMPARE(QByteArray::fromStdString(first.path), expectedPath);
        QVERIFY(!first.message.empty());
    }
};

QTEST_APPLESS_MAIN(TestServingModel)
#include "tst_servingmodel.moc"
