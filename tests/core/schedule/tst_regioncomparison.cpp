// RegionComparison: ranking by location-based CO2e, the relocation rules (intensity cleared, PUE
// cleared only when it was the old region's), and unknown ids.
#include "catalog/catalog.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "schedule/regioncomparison.h"

#include <QtTest>

using namespace greenlight;

namespace {

Scenario baseScenario()
{
    Scenario s;
    s.name = "fine-tune";
    s.workloadMode = WorkloadMode::DevicesDuration;
    s.durationHours = 100;
    s.acceleratorId = "h100-sxm";
    s.acceleratorCount = 8;
    s.regionId = "US-CISO";
    return s;
}

std::string errors(const Issues &issues)
{
    std::string s;
    for (const Issue &i : issues)
        s += (s.empty() ? "" : " | ") + i.toString();
    return s;
}

} // namespace

class TestRegionComparison : public QObject
{
    Q_OBJECT

private slots:
    // Hydro (Québec) and nuclear (France) grids rank first, coal-heavy grids last.
    void lowCarbonGridsFirst()
    {
        const Catalog &catalog = Catalog::builtIn();
        Issues issues;
        const auto r = RegionComparison::compare(
            baseScenario(), {"POL", "US-CISO", "FRA", "IND", "CA-QC", "DEU"}, catalog, issues);
        QVERIFY2(r, errors(issues).c_str());
        QCOMPARE(r->size(), std::size_t(6));
        QCOMPARE(r->at(0).region->id, std::string("CA-QC"));
        QCOMPARE(r->at(1).region->id, std::string("FRA"));
        for (std::size_t i = 1; i < r->size(); ++i)
            QVERIFY(r->at(i - 1).estimate[Output::Co2eLocationKg] <=
                    r->at(i).estimate[Output::Co2eLocationKg]);
        // Each region's own intensity applies, and the energy is the same everywhere (same PUE).
        for (const RegionResult &x : *r) {
            QCOMPARE(x.intensityGPerKWh, x.region->intensityGPerKWh);
            QVERIFY(std::abs(x.estimate[Output::FacilityEnergyKWh] -
                             r->front().estimate[Output::FacilityEnergyKWh]) <
                    1e-9 * x.estimate[Output::FacilityEnergyKWh]);
        }
        // Equal to estimating the relocated scenario directly.
        Scenario fra = baseScenario();
        fra.regionId = "FRA";
        Issues more;
        const auto resolved = Resolver(catalog).resolve(fra, more);
        QVERIFY(resolved);
        QCOMPARE(r->at(1).estimate[Output::Co2eLocationKg],
                 Estimator::compute(*resolved)[Output::Co2eLocationKg]);
    }

    void relocationRules()
    {
        const Catalog &catalog = Catalog::builtIn();
        const Region *oldRegion = catalog.region("aws:us-west-1");
        const Region *target = catalog.region("gcp:us-west1");
        QVERIFY(oldRegion && target && oldRegion->pue && target->pue);
        Scenario s = baseScenario();
        s.regionId = oldRegion->id;
        s.intensityGPerKWh = 500;
        s.residualMixGPerKWh = 600;

        // A PUE equal to the old region's catalog PUE came from the region: each region's applies.
        s.pue = *oldRegion->pue;
        Scenario moved = RegionComparison::relocate(s, *target, catalog);
        QCOMPARE(moved.regionId, target->id);
        QVERIFY(!moved.intensityGPerKWh);
        QVERIFY(!moved.residualMixGPerKWh);
        QVERIFY(!moved.pue);

        // The user's own facility PUE is kept.
        s.pue = 1.05;
        moved = RegionComparison::relocate(s, *target, catalog);
        QCOMPARE(moved.pue, std::optional<double>(1.05));

        Issues issues;
        const auto r = RegionComparison::compare(s, {target->id, oldRegion->id}, catalog, issues);
        QVERIFY2(r, errors(issues).c_str());
        for (const RegionResult &x : *r) {
            QCOMPARE(x.pue, 1.05);
            QVERIFY(x.pueFromScenario);
        }
    }

    void unknownIds()
    {
        Issues issues;
        QVERIFY(!RegionComparison::compare(baseScenario(), {"FRA", "XX-NOPE", "mars:1"}, Catalog::builtIn(),
                                           issues));
        QCOMPARE(errors(issues), std::string("regions: unknown region id(s) \"XX-NOPE\", \"mars:1\" (see "
                                             "`greenlight-cli catalog list regions`)"));
        Issues none;
        QVERIFY(!RegionComparison::compare(baseScenario(), {}, Catalog::builtIn(), none));
        QCOMPARE(errors(none), std::string("regions: no region to compare"));
        // Duplicates are evaluated once.
        Issues dup;
        const auto r = RegionComparison::compare(baseScenario(), {"FRA", "FRA"}, Catalog::builtIn(), dup);
        QVERIFY(r);
        QCOMPARE(r->size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestRegionComparison)
#include "tst_regioncomparison.moc"
