// Recommender: options ranked by lifecycle CO2e saved against the baseline, with cost per tonne
// saved, on small projects whose numbers are computed by hand in the rows.
#include "catalog/catalog.h"
#include "io/projectfile.h"
#include "lifecycle/scenarioevaluator.h"
#include "review/checklist.h"
#include "review/recommendations.h"

#include <QtTest>

#include <cmath>

using namespace greenlight;

namespace {

// Every input explicit, nothing embodied, no idle, PUE 1, rental price: CO2e (kg) = accelerator-hours
// × W / 1000 × g / 1000 and cost = accelerator-hours × price.
std::string scenario(const std::string &name, double acceleratorHours, double powerW, double g, double price,
                     const std::string &extra = "")
{
    auto n = [](double v) {
        return QByteArray::number(v, 'g', 17).toStdString();
    };
    return R"j({"name": ")j" + name +
           R"j(", "workload": {"mode": "acceleratorHours", "acceleratorHours": )j" + n(acceleratorHours) +
           R"j(, "experimentMultiplier": 1}, "hardware": {"accelerator": "a100-sxm-80gb", "count": 8, "powerW": )j" +
           n(powerW) + R"j(, "idleShare": 0}, "site": {"intensityGPerKWh": )j" + n(g) +
           R"j(, "pue": 1}, "embodied": {"kgPerAccelerator": 0}, "cost": {"priceUsdPerAcceleratorHour": )j" +
           n(price) + R"j(, "carbonPriceUsdPerT": 0})j" + extra + "}";
}

// base: 1000 h × 400 W × 500 g = 200 kg, 2000 USD
// greener: 1000 h × 400 W × 100 g = 40 kg, 2500 USD → saves 160 kg for +500 USD: 3125 USD/t
// smaller: 500 h × 400 W × 500 g = 100 kg, 1000 USD → saves 100 kg for −1000 USD: −10000 USD/t
// worse: 2000 h × 400 W × 500 g = 400 kg, 4000 USD → saves −200 kg: no cost per tonne
// twin: like smaller (ties keep project order)
// reference: a published run, not an option unless the review lists it (600 kg, 0 USD)
std::string project(const std::string &baseline, const std::string &review)
{
    std::string s = R"j({"schema": 1, "name": "p", )j";
    if (!baseline.empty())
        s += R"j("baseline": ")j" + baseline + "\", ";
    s += R"j("scenarios": [)j" + scenario("base", 1000, 400, 500, 2) + ", " +
         scenario("greener", 1000, 400, 100, 2.5) + ", " + scenario("smaller", 500, 400, 500, 2) + ", " +
         scenario("worse", 2000, 400, 500, 2) + ", " + scenario("twin", 500, 400, 500, 2) + ", " +
         scenario("reference", 3000, 400, 500, 0, R"j(, "published": {"co2eT": 0.6, "source": "paper"})j") +
         "]";
    if (!review.empty())
        s += R"j(, "review": )j" + review;
    return s + "}";
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromUtf8(n);
    return out;
}

Project load(const std::string &text)
{
    const auto r = ProjectFile::parse(text, Catalog::builtIn());
    if (!r.project) {
        for (const Issue &i : r.issues)
            qWarning("%s", i.toString().c_str());
        return {};
    }
    return *r.project;
}

} // namespace

class TestRecommendations : public QObject
{
    Q_OBJECT

private slots:
    void ranking_data()
    {
        QTest::addColumn<QString>("baseline");
        QTest::addColumn<QString>("review");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QList<double>>("savedKg");
        QTest::addColumn<QList<double>>("costDeltaUsd");
        QTest::addColumn<QList<double>>("usdPerTonne"); // NaN: none (nothing saved)
        const double none = std::nan("");
        QTest::newRow("scenarios only")
            << ""
            << "" << names({"greener", "smaller", "twin", "worse"}) << QList<double>{160, 100, 100, -200}
            << QList<double>{500, -1000, -1000, 2000} << QList<double>{3125, -10000, -10000, none};
        QTest::newRow("review alternatives first, ties keep that order")
            << ""
            << R"j({"alternatives": [{"kind": "smaller-model", "scenario": "twin"}, {"kind": "do-nothing"}]})j"
            << names({"do-nothing", "greener", "twin", "smaller", "worse"})
            << QList<double>{200, 160, 100, 100, -200} << QList<double>{-2000, 500, -1000, -1000, 2000}
            << QList<double>{-10000, 3125, -10000, -10000, none};
        QTest::newRow("a listed reference run is an option")
            << ""
            << R"j({"alternatives": [{"kind": "other", "scenario": "reference"}]})j"
            << names({"greener", "smaller", "twin", "worse", "reference"})
            << QList<double>{160, 100, 100, -200, -400} << QList<double>{500, -1000, -1000, 2000, -2000}
            << QList<double>{3125, -10000, -10000, none, none};
        // worse as baseline: 400 kg, 4000 USD.
        QTest::newRow("named baseline")
            << "worse"
            << "" << names({"greener", "smaller", "twin", "base"}) << QList<double>{360, 300, 300, 200}
            << QList<double>{-1500, -3000, -3000, -2000}
            << QList<double>{-1500 / 0.36, -10000, -10000, -10000};
    }

    void ranking()
    {
        QFETCH(QString, baseline);
        QFETCH(QString, review);
        QFETCH(QStringList, ids);
        QFETCH(QList<double>, savedKg);
        QFETCH(QList<double>, costDeltaUsd);
        QFETCH(QList<double>, usdPerTonne);
        const Project p = load(project(baseline.toStdString(), review.toStdString()));
        QVERIFY(!p.scenarios.empty());
        Issues issues;
        auto recs = Recommender(Catalog::builtIn()).recommend(p, issues);
        QVERIFY(!hasErrors(issues));
        QStringList got;
        for (const Recommendation &r : recs)
            got << QString::fromStdString(r.id);
        QCOMPARE(got, ids);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const Recommendation &r = recs[static_cast<std::size_t>(i)];
            QVERIFY2(std::abs(r.co2eSavedKg - savedKg[i]) < 1e-9, qPrintable(ids[i]));
            QVERIFY2(std::abs(r.costDeltaUsd - costDeltaUsd[i]) < 1e-9, qPrintable(ids[i]));
            if (std::isnan(usdPerTonne[i]))
                QVERIFY2(!r.usdPerTonneSaved, qPrintable(ids[i]));
            else
                QVERIFY2(r.usdPerTonneSaved && std::abs(*r.usdPerTonneSaved - usdPerTonne[i]) < 1e-6,
                         qPrintable(ids[i]));
            // The range brackets the central saving and never holds NaN.
            QVERIFY(std::isfinite(r.co2eSavedP5Kg) && std::isfinite(r.co2eSavedP95Kg));
            QVERIFY2(r.co2eSavedP5Kg <= r.co2eSavedKg + 1e-9 && r.co2eSavedKg <= r.co2eSavedP95Kg + 1e-9,
                     qPrintable(ids[i]));
            QVERIFY(r.kind == Recommendation::Kind::Alternative);
            // Energy: accelerator-hours × 0.4 kW, so the saving is the CO2e saving at 500 g/kWh except for
            // greener.
            if (r.id == "smaller" && baseline.isEmpty())
                QVERIFY(std::abs(r.energySavedKWh - 200) < 1e-9);
        }
    }

    void leversOnADeployedBaseline()
    {
        // A deployed baseline gets the serving levers; each equals evaluating the scenario with it.
        const std::string deployment =
            R"j(, "deployment": {"mode": "firstPrinciples", "parametersB": 7, "requestsPerDay": 1000000, "outputTokens": 1000, "months": 12})j";
        const std::string text = R"j({"schema": 1, "name": "p", "scenarios": [)j" +
                                 scenario("base", 1000, 400, 500, 2, deployment) + "]}";
        const Project p = load(text);
        QCOMPARE(p.scenarios.size(), std::size_t(1));
        Issues issues;
        const auto recs = Recommender(Catalog::builtIn()).recommend(p, issues);
        QVERIFY(!hasErrors(issues));
        QCOMPARE(recs.size(), std::size_t(2));
        const ScenarioEvaluator evaluator(Catalog::builtIn());
        Issues ignored;
        const double base =
            evaluator.evaluate(p.scenarios.front(), ignored)->estimate[Output::LifecycleCo2eKg];
        QVERIFY(base > 0);
        for (const auto &option : Recommender::leverOptions(p.scenarios.front())) {
            const double withLever =
                evaluator.evaluate(option.scenario, ignored)->estimate[Output::LifecycleCo2eKg];
            bool found = false;
            for (const Recommendation &r : recs)
                if (r.id == option.id) {
                    found = true;
                    QVERIFY(r.kind == Recommendation::Kind::Lever);
                    QCOMPARE(QString::fromStdString(r.scenario), QStringLiteral("base"));
                    QVERIFY(std::abs(r.co2eSavedKg - (base - withLever)) <= 1e-9 * base);
                }
            QVERIFY2(found, option.id.c_str());
        }
        // INT8 serving saves inference energy.
        QVERIFY(recs.front().co2eSavedKg >= recs.back().co2eSavedKg);
        for (const Recommendation &r : recs)
            if (r.id == "quantisation")
                QVERIFY(r.co2eSavedKg > 0);
        // A lever already set is not offered again.
        Scenario withQuant = p.scenarios.front();
        withQuant.levers.quantisation = QuantisationLever{};
        withQuant.levers.quantisation->servingPrecision = "int4";
        for (const auto &option : Recommender::leverOptions(withQuant))
            QVERIFY(option.id != "quantisation");
        // Without a deployment there is nothing for a serving lever to save.
        Scenario training = p.scenarios.front();
        training.deployment.reset();
        QVERIFY(Recommender::leverOptions(training).empty());
    }

    void noBaseline()
    {
        Project p;
        Issues issues;
        QVERIFY(Recommender(Catalog::builtIn()).recommend(p, issues).empty());
        QVERIFY(hasErrors(issues));
    }

    void checklistEvidence()
    {
        const Project p = load(project(
            "",
            R"j({"alternatives": [{"kind": "smaller-model", "scenario": "smaller"}, {"kind": "do-nothing"}]})j"));
        const auto evidence = Checklist(Catalog::builtIn()).evidence(p);
        QCOMPARE(evidence.size(), Checklist::questions().size());
        for (std::size_t i = 0; i < evidence.size(); ++i)
            QCOMPARE(QString::fromStdString(evidence[i].id),
                     QString::fromStdString(Checklist::questions()[i].id));
        // incremental-gain: 200 kg, 2000 USD, 200 kg above doing nothing.
        QCOMPARE(evidence[0].figures.size(), std::size_t(3));
        QCOMPARE(evidence[0].figures[0].value, 200.0);
        QCOMPARE(evidence[0].figures[1].value, 2000.0);
        QCOMPARE(evidence[0].figures[2].value, 200.0);
        // smaller-model: smaller is 50 % of the baseline.
        QCOMPARE(evidence[1].figures.size(), std::size_t(1));
        QVERIFY(std::abs(evidence[1].figures[0].value - 50) < 1e-9);
        // No region: no same-provider comparison, no hourly profile; no deployment.
        QVERIFY(!evidence[3].note.empty());
        QVERIFY(!evidence[4].note.empty());
        QVERIFY(evidence[5].figures.empty());
    }

    void checklistEvidenceForACloudRegion()
    {
        const auto r = ProjectFile::load(GREENLIGHT_SOURCE_DIR "/resources/examples/plan-7b.greenlight.json",
                                         Catalog::builtIn());
        QVERIFY(r.project);
        const auto evidence = Checklist(Catalog::builtIn()).evidence(*r.project);
        // GCP Iowa against the catalog's lowest-intensity GCP region: a positive share to save.
        const ChecklistEvidence &region = evidence[3];
        bool lowest = false;
        for (const EvidenceFigure &f : region.figures)
            if (f.label.rfind("Lowest-intensity region of the provider", 0) == 0) {
                lowest = true;
                QVERIFY(f.value < 412.72);
            }
        QVERIFY(lowest);
        for (const ChecklistEvidence &e : evidence)
            for (const EvidenceFigure &f : e.figures)
                QVERIFY2(std::isfinite(f.value), f.label.c_str());
    }
};

QTEST_GUILESS_MAIN(TestRecommendations)
#include "tst_recommendations.moc"
