// The embodied model: card (record footprint or base + memory intensity × GB) plus the host's
// share. The card model is fitted on NVIDIA's HGX H100 footprint alone; the other published
// footprints check it.
#include "catalog/catalog.h"
#include "estimate/embodiedmodel.h"

#include <QtTest>

#include <cmath>

using namespace greenlight;

namespace {

const Catalog &cat()
{
    return Catalog::builtIn();
}

// A record as if it had no footprint of its own: the model estimates its card.
Accelerator withoutFootprint(Accelerator a)
{
    a.embodiedKgCo2e.reset();
    a.embodiedKgCo2eLow.reset();
    a.embodiedKgCo2eHigh.reset();
    a.embodiedBasis.clear();
    return a;
}

} // namespace

class TestEmbodiedModel : public QObject
{
    Q_OBJECT

private slots:
    // Footprints the model was not fitted on: within the stated tolerance of the model.
    void cardModelAgainstPublishedFootprints_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("HGX B200 PCF, 284 kg") << QStringLiteral("b200") << 0.15;
        QTest::newRow("A100 40GB teardown LCA, 127.6 kg") << QStringLiteral("a100-sxm-40gb") << 0.05;
        QTest::newRow("A100 80GB Boavizta, 143 kg") << QStringLiteral("a100-sxm-80gb") << 0.15;
    }

    void cardModelAgainstPublishedFootprints()
    {
        QFETCH(QString, id);
        QFETCH(double, tolerance);
        const Accelerator *a = cat().accelerator(id.toStdString());
        QVERIFY(a != nullptr && a->embodiedKgCo2e && a->embodiedBasis == "card");
        const auto e = EmbodiedModel::forAccelerator(cat(), withoutFootprint(*a));
        const double model = e->cardKg;
        QVERIFY2(
            std::abs(model / *a->embodiedKgCo2e - 1) <= tolerance,
            qPrintable(QStringLiteral("model %1 kg, published %2 kg").arg(model).arg(*a->embodiedKgCo2e)));
        // The model's range holds the published figure.
        const double host = cat().defaultValue("embodiedHostKgPerAccelerator.gpu")->value;
        QVERIFY(e->range.low - host <= *a->embodiedKgCo2e + 1e-9);
    }

    void everyAcceleratorHasAnOrderedRange()
    {
        for (const Accelerator &a : cat().accelerators()) {
            const auto e = EmbodiedModel::forAccelerator(cat(), a);
            QVERIFY2(e.has_value(), a.id.c_str());
            QVERIFY2(e->kg > 0, a.id.c_str());
            QVERIFY2(e->range.low <= e->kg && e->kg <= e->range.high, a.id.c_str());
            QVERIFY2(e->range.low < e->range.high, a.id.c_str());
            QVERIFY2(!e->source.empty(), a.id.c_str());
        }
    }

    void serverShareAddsNoHost()
    {
        const Accelerator *v5p = cat().accelerator("tpu-v5p");
        QVERIFY(v5p != nullptr && v5p->embodiedBasis == "server-share");
        const auto e = EmbodiedModel::forAccelerator(cat(), *v5p);
        QCOMPARE(e->kg, *v5p->embodiedKgCo2e);
        QCOMPARE(e->range.low, *v5p->embodiedKgCo2eLow);
        QCOMPARE(e->range.high, *v5p->embodiedKgCo2eHigh);
    }

    // An H100 with its host, amortised: about 33 g per accelerator-hour over 3 years and 20 g
    // over 5 (the figures the catalog's notes quote).
    void hourlyFigures()
    {
        const auto e = EmbodiedModel::forAccelerator(cat(), *cat().accelerator("h100-sxm"));
        QVERIFY(std::abs(e->kg * 1000 / (3 * 8760.0) - 33.4) < 0.5);
        QVERIFY(std::abs(e->kg * 1000 / (5 * 8760.0) - 20.0) < 0.5);
    }

    void missingDefaultsGiveNothing()
    {
        Catalog empty;
        QVERIFY(!EmbodiedModel::forAccelerator(empty, *cat().accelerator("h100-sxm")).has_value());
    }
};

QTEST_APPLESS_MAIN(TestEmbodiedModel)
#include "tst_embodiedmodel.moc"
