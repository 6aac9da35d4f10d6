// A comparison says when it sets unlike figures side by side: grid factors on different bases,
// data years far apart, a catalog PUE beside the industry-average default.
#include "catalog/catalog.h"
#include "compare/accountingmix.h"
#include "estimate/resolver.h"

#include <QTest>

using namespace greenlight;

namespace {

ResolvedScenario resolve(const std::string &region, std::optional<double> intensity = {},
                         std::optional<double> pue = {})
{
    Scenario s;
    s.name = region;
    s.acceleratorId = "h100-sxm";
    s.acceleratorCount = 8;
    s.workloadMode = WorkloadMode::DevicesDuration;
    s.durationHours = 10;
    s.regionId = region;
    s.intensityGPerKWh = intensity;
    s.pue = pue;
    Issues issues;
    const auto r = Resolver(Catalog::builtIn()).resolve(s, issues);
    if (!r)
        qFatal("%s does not resolve: %s", region.c_str(), issues.front().toString().c_str());
    return *r;
}

AccountingMix mixOf(const std::vector<ResolvedScenario> &resolved)
{
    std::vector<std::pair<std::string, const ResolvedScenario *>> compared;
    compared.reserve(resolved.size());
    for (const ResolvedScenario &r : resolved)
        compared.emplace_back(r.region ? r.region->id : std::string("given"), &r);
    return AccountingMix::of(compared);
}

} // namespace

class TestAccountingMix : public QObject
{
    Q_OBJECT

private slots:
    void cloudRegionsOnLifeCycleGridsAgree()
    {
        const AccountingMix m =
            mixOf({resolve("aws:eu-north-1"), resolve("aws:ap-south-1"), resolve("gcp:us-central1")});
        QVERIFY(!m.any());
        QVERIFY(m.notes().empty());
        QCOMPARE(m.lifecycle.size(), std::size_t(3));
    }

    void directBesideLifeCycleIsNamed()
    {
        const AccountingMix m = mixOf({resolve("aws:eu-north-1"), resolve("CA-QC")});
        QVERIFY(m.mixedBasis());
        QCOMPARE(m.direct, std::vector<std::string>{"CA-QC"});
        const std::vector<std::string> notes = m.notes();
        QVERIFY(!notes.empty());
        QVERIFY2(notes.front().find("direct (combustion only") != std::string::npos &&
                     notes.front().find("CA-QC") != std::string::npos,
                 notes.front().c_str());
    }

    void defaultPueBesideCatalogPueIsNamed()
    {
        const AccountingMix m = mixOf({resolve("SWE"), resolve("aws:eu-north-1")});
        QVERIFY(!m.mixedBasis());
        QVERIFY(m.mixedPue());
        QCOMPARE(m.defaultPue, std::vector<std::string>{"SWE"});
        QCOMPARE(m.defaultPueValue, Catalog::builtIn().defaultValue("pue")->value);
        // The user's own PUE is theirs to judge: no note.
        QVERIFY(!mixOf({resolve("SWE", {}, 1.1), resolve("aws:eu-north-1")}).mixedPue());
    }

    void yearsFarApartAreNamed()
    {
        // Catalog grids of 2024 (Sweden, Our World in Data) and of 2014 or earlier.
        const Catalog &c = Catalog::builtIn();
        const Region *old = nullptr;
        for (const Region &r : c.regions())
            if (r.basis == "lifecycle" && r.citation.year > 0 && r.citation.year <= 2018 &&
                r.kind == "country")
                old = &r;
        QVERIFY(old != nullptr);
        const AccountingMix m = mixOf({resolve("SWE"), resolve(old->id)});
        QVERIFY(m.yearsApart());
        QCOMPARE(m.oldest, old->id);
        QCOMPARE(m.newestYear, c.region("SWE")->citation.year);
    }

    void givenIntensityIsNotCounted()
    {
        const AccountingMix m = mixOf({resolve("CA-QC", 30.0), resolve("aws:eu-north-1")});
        QVERIFY(!m.mixedBasis());
    }
};

QTEST_GUILESS_MAIN(TestAccountingMix)
#include "tst_accountingmix.moc"
