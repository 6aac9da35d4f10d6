// Property tests on the estimator: monotone where physics says so, scale-invariant where it must
// be, and finite for every valid input across extreme but valid ranges (1e-6 to 1e9 hours, 1 to
// 1e6 devices). Inputs are drawn with a fixed seed, so every failure can be replayed.
#include "catalog/catalog.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace greenlight;

namespace {

constexpr int kCases = 2000;
constexpr std::uint64_t kSeed = 20251126;

const Catalog &cat()
{
    return Catalog::builtIn();
}

std::optional<Estimate> estimate(const Scenario &s, QString *error = nullptr)
{
    Issues issues;
    const auto resolved = Resolver(cat()).resolve(s, issues);
    if (!resolved) {
        if (error && !issues.empty())
            *error = QString::fromStdString(issues.front().toString());
        return std::nullopt;
    }
    return Estimator::compute(*resolved);
}

double logUniform(std::mt19937_64 &rng, double lo, double hi)
{
    return std::exp(std::uniform_real_distribution<double>(std::log(lo), std::log(hi))(rng));
}

// A random valid scenario: a catalog accelerator and region, devices × duration.
Scenario randomScenario(std::mt19937_64 &rng)
{
    const auto &accs = cat().accelerators();
    const auto &regions = cat().regions();
    Scenario s;
    s.name = "p";
    s.workloadMode = WorkloadMode::DevicesDuration;
    // Accelerators without a published TDP need a measured power: not a catalog-only scenario.
    do
        s.acceleratorId = accs[std::uniform_int_distribution<std::size_t>(0, accs.size() - 1)(rng)].id;
    while (!cat().accelerator(s.acceleratorId)->tdpW);
    s.regionId = regions[std::uniform_int_distribution<std::size_t>(0, regions.size() - 1)(rng)].id;
    s.acceleratorCount = static_cast<int>(std::lround(logUniform(rng, 1, 1e6)));
    s.durationHours = logUniform(rng, 1e-6, 1e9);
    return s;
}

QString describe(const Scenario &s)
{
    return QStringLiteral("%1 × %2 for %3 h in %4")
        .arg(s.acceleratorCount)
        .arg(QString::fromStdString(s.acceleratorId))
        .arg(s.durationHours, 0, 'g', 17)
        .arg(QString::fromStdString(s.regionId));
}

bool near(double a, double b, double rel)
{
    return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
}

} // namespace

class TestProperties : public QObject
{
    Q_OBJECT

private slots:
    void finiteEverywhere()
    {
        std::mt19937_64 rng(kSeed);
        for (int i = 0; i < kCases; ++i) {
            const Scenario s = randomScenario(rng);
            QString error;
            const auto e = estimate(s, &error);
            QVERIFY2(e, qPrintable(describe(s) + QStringLiteral(": ") + error));
            for (std::size_t o = 0; o < static_cast<std::size_t>(Output::Count); ++o)
                QVERIFY2(std::isfinite(e->values[o]),
                         qPrintable(describe(s) + QStringLiteral(": output %1 is not finite").arg(o)));
            for (const Output o : {Output::ItEnergyKWh, Output::FacilityEnergyKWh, Output::Co2eTotalKg,
                                   Output::WaterL, Output::CostUsd})
                QVERIFY2((*e)[o] >= 0, qPrintable(describe(s)));
        }
    }

    void moreHoursMoreEnergy()
    {
        std::mt19937_64 rng(kSeed + 1);
        for (int i = 0; i < kCases; ++i) {
            Scenario s = randomScenario(rng);
            s.durationHours = logUniform(rng, 1e-6, 1e8);
            const auto a = estimate(s);
            s.durationHours *= logUniform(rng, 1.001, 10);
            const auto b = estimate(s);
            QVERIFY(a && b);
            QVERIFY2((*b)[Output::FacilityEnergyKWh] > (*a)[Output::FacilityEnergyKWh],
                     qPrintable(describe(s)));
            QVERIFY2((*b)[Output::Co2eTotalKg] >= (*a)[Output::Co2eTotalKg], qPrintable(describe(s)));
            QVERIFY2((*b)[Output::WaterL] >= (*a)[Output::WaterL], qPrintable(describe(s)));
        }
    }

    void higherIntensityMoreCo2e()
    {
        std::mt19937_64 rng(kSeed + 2);
        for (int i = 0; i < kCases; ++i) {
            Scenario s = randomScenario(rng);
            s.intensityGPerKWh = logUniform(rng, 1, 1000);
            const auto a = estimate(s);
            s.intensityGPerKWh = *s.intensityGPerKWh * logUniform(rng, 1.001, 10);
            const auto b = estimate(s);
            QVERIFY(a && b);
            QVERIFY2((*b)[Output::Co2eLocationKg] > (*a)[Output::Co2eLocationKg], qPrintable(describe(s)));
            QVERIFY2((*b)[Output::Co2eTotalKg] >= (*a)[Output::Co2eTotalKg], qPrintable(describe(s)));
            QCOMPARE((*b)[Output::FacilityEnergyKWh],
                     (*a)[Output::FacilityEnergyKWh]); // energy does not move
        }
    }

    void higherPueMoreEnergy()
    {
        std::mt19937_64 rng(kSeed + 3);
        for (int i = 0; i < kCases; ++i) {
            Scenario s = randomScenario(rng);
            s.pue = std::uniform_real_distribution<double>(1.0, 2.0)(rng);
            const auto a = estimate(s);
            s.pue = *s.pue + std::uniform_real_distribution<double>(0.01, 1.0)(rng);
            const auto b = estimate(s);
            QVERIFY(a && b);
            QVERIFY2((*b)[Output::FacilityEnergyKWh] > (*a)[Output::FacilityEnergyKWh],
                     qPrintable(describe(s)));
            QCOMPARE((*b)[Output::ItEnergyKWh], (*a)[Output::ItEnergyKWh]); // PUE is outside the IT boundary
        }
    }

    // The same accelerator-hours give the same energy and emissions however they are split.
    void devicesTimesDurationInvariant()
    {
        std::mt19937_64 rng(kSeed + 4);
        for (int i = 0; i < kCases; ++i) {
            Scenario s = randomScenario(rng);
            s.acceleratorCount = std::max(1, s.acceleratorCount / 2);
            const auto a = estimate(s);
            s.acceleratorCount *= 2;
            s.durationHours /= 2;
            const auto b = estimate(s);
            QVERIFY(a && b);
            for (const Output o : {Output::AcceleratorHours, Output::ItEnergyKWh, Output::FacilityEnergyKWh,
                                   Output::Co2eLocationKg, Output::Co2eEmbodiedKg, Output::WaterL})
                QVERIFY2(near((*a)[o], (*b)[o], 1e-12),
                         qPrintable(describe(s) + QStringLiteral(": output %1: %2 vs %3")
                                                      .arg(static_cast<int>(o))
                                                      .arg((*a)[o], 0, 'g', 17)
                                                      .arg((*b)[o], 0, 'g', 17)));
        }
    }
};

QTEST_GUILESS_MAIN(TestProperties)
#include "tst_properties.moc"
