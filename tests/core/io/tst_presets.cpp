// The presets gallery (resources/presets/presets.json): every preset loads through project-file
// validation, and every published run reproduces its published energy and CO2e within 1 % from the
// authors' own inputs (issue 4: "preset loads and matches its published figure").
#include "catalog/catalog.h"
#include "compare/publishedcomparison.h"
#include "embeddedfiles.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "io/presetsfile.h"
#include "io/projectfile.h"

#include <QtTest>

using namespace greenlight;

namespace {

PresetsLoadResult shipped()
{
    return PresetsFile::parse(embedded::file("presets/presets.json"), Catalog::builtIn());
}

QString joined(const Issues &issues)
{
    QStringList out;
    for (const Issue &i : issues)
        out << QString::fromStdString(i.toString());
    return out.join(QStringLiteral("; "));
}

bool hasIssue(const Issues &issues, const std::string &path, const std::string &fragment)
{
    for (const Issue &i : issues)
        if (i.isError() && i.path == path && i.message.find(fragment) != std::string::npos)
            return true;
    return false;
}

// A minimal valid scenario object for the error tests.
const char *const kScenario = R"({"name": "s", "workload": {"mode": "devicesDuration", "durationHours": 1},
    "hardware": {"accelerator": "a100-sxm-40gb"}, "site": {"region": "USA"}})";

} // namespace

class TestPresets : public QObject
{
    Q_OBJECT

private slots:
    void shippedPresetsAllLoad()
    {
        QVERIFY(!embedded::file("presets/presets.json").empty());
        const PresetsLoadResult r = shipped();
        QVERIFY2(r.issues.empty(), qPrintable(joined(r.issues))); // not even a warning
        QCOMPARE(r.presets.size(), std::size_t(10));
        int published = 0;
        for (const Preset &p : r.presets)
            published += p.kind == Preset::Kind::Published ? 1 : 0;
        QCOMPARE(published, 7);
        // The issue's named runs and templates are there.
        for (const char *id : {"gpt3-175b", "bloom-176b", "llama2-70b", "llama3-8b", "bert-base-finetune",
                               "finetune-7b-workstation", "pretrain-7b-h100"})
            QVERIFY2(
                std::any_of(r.presets.begin(), r.presets.end(), [id](const Preset &p) { return p.id == id; }),
                id);
    }

    void projectTextLoadsAsAProject_data()
    {
        QTest::addColumn<int>("index");
        const PresetsLoadResult r = shipped();
        for (std::size_t i = 0; i < r.presets.size(); ++i)
            QTest::newRow(r.presets[i].id.c_str()) << static_cast<int>(i);
    }

    void projectTextLoadsAsAProject()
    {
        QFETCH(int, index);
        const Preset p = shipped().presets.at(static_cast<std::size_t>(index));
        const ProjectLoadResult loaded = ProjectFile::parse(p.projectText, Catalog::builtIn());
        QVERIFY2(loaded.project, qPrintable(joined(loaded.issues)));
        QCOMPARE(loaded.project->scenarios.size(), std::size_t(1));
        QCOMPARE(loaded.project->name, p.title);
        QCOMPARE(loaded.project->scenarios.front().name, p.scenario.name);
        // Saving and reloading keeps the scenario exactly (what "Open as new project" relies on).
        QCOMPARE(
            ProjectFile::serialize(*loaded.project),
            ProjectFile::serialize(
                *ProjectFile::parse(ProjectFile::serialize(*loaded.project), Catalog::builtIn()).project));
    }

    void publishedPresetMatchesItsFigure_data()
    {
        QTest::addColumn<int>("index");
        const PresetsLoadResult r = shipped();
        for (std::size_t i = 0; i < r.presets.size(); ++i)
            if (r.presets[i].kind == Preset::Kind::Published)
                QTest::newRow(r.presets[i].id.c_str()) << static_cast<int>(i);
    }

    void publishedPresetMatchesItsFigure()
    {
        QFETCH(int, index);
        constexpr double kTolerance = 0.01; // methodology.md §3: within 1 %
        const Preset p = shipped().presets.at(static_cast<std::size_t>(index));
        QVERIFY(p.scenario.published);
        Issues issues;
        const auto resolved = Resolver(Catalog::builtIn()).resolve(p.scenario, issues);
        QVERIFY2(resolved, qPrintable(joined(issues)));
        const PublishedComparison c =
            PublishedComparison::of(*p.scenario.published, Estimator::compute(*resolved));
        QVERIFY(c.co2eT); // every published preset states its tCO2e
        int checked = 0;
        for (const auto &[name, figure] : {std::pair{"energy MWh", c.energyMWh}, std::pair{"CO2e t", c.co2eT},
                                           std::pair{"accelerator-hours", c.acceleratorHours}}) {
            if (!figure)
                continue;
            QVERIFY(figure->ratio);
            qInfo("%-24s %-18s estimate %12.2f published %12.2f ratio %.4f", p.id.c_str(), name,
                  figure->estimated, figure->published, *figure->ratio);
            QVERIFY2(std::abs(*figure->ratio - 1.0) <= kTolerance,
                     qPrintable(QStringLiteral("%1: %2 estimate %3 vs published %4")
                                    .arg(QString::fromStdString(p.id), QString::fromLatin1(name))
                                    .arg(figure->estimated)
                                    .arg(figure->published)));
            ++checked;
        }
        QVERIFY(checked >= 1);
    }

    void comparisonUsesThePublishedBasis()
    {
        Estimate e;
        e[Output::FacilityEnergyKWh] = 2200;
        e[Output::ItEnergyKWh] = 2000;
        e[Output::Co2eLocationKg] = 500;
        e[Output::Co2eMarketKg] = 0; // never the market figure
        PublishedFootprint f;
        f.energyMWh = 2.0;
        f.energyBasis = "it";
        f.co2eT = 0.5;
        PublishedComparison c = PublishedComparison::of(f, e);
        QVERIFY(!c.energyIsFacility);
        QCOMPARE(c.energyMWh->estimated, 2.0);
        QCOMPARE(*c.energyMWh->ratio, 1.0);
        QCOMPARE(c.co2eT->estimated, 0.5);
        QVERIFY(!c.acceleratorHours);
        f.energyBasis = "facility";
        f.co2eT = 0; // a zero published figure has no ratio (no division by zero, no NaN)
        c = PublishedComparison::of(f, e);
        QCOMPARE(c.energyMWh->estimated, 2.2);
        QVERIFY(!c.co2eT->ratio);
    }

    void errorsNameThePresetField_data()
    {
        QTest::addColumn<QString>("presets");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        const QString s = QString::fromLatin1(kScenario);
        QTest::newRow("unknown kind")
            << QStringLiteral(R"([{"id":"a","title":"A","kind":"demo","scenario":%1}])").arg(s)
            << "presets[0].kind"
            << "expected one of published, template";
        QTest::newRow("missing scenario")
            << QStringLiteral(R"([{"id":"a","title":"A","kind":"template"}])") << "presets[0].scenario"
            << "required";
        QTest::newRow("bad pue")
            << QStringLiteral(R"([{"id":"a","title":"A","kind":"template","scenario":%1}])")
                   .arg(QString(s).replace(QStringLiteral(R"("region": "USA")"),
                                           QStringLiteral(R"("region": "USA", "pue": 0.5)")))
            << "presets[0].scenario.site.pue"
            << "≥ 1";
        QTest::newRow("unknown accelerator")
            << QStringLiteral(R"([{"id":"a","title":"A","kind":"template","scenario":%1}])")
                   .arg(QString(s).replace(QStringLiteral("a100-sxm-40gb"), QStringLiteral("abacus")))
            << "presets[0].scenario.hardware.accelerator"
            << "unknown accelerator";
        QTest::newRow("published without footprint")
            << QStringLiteral(R"([{"id":"a","title":"A","kind":"published","scenario":%1}])").arg(s)
            << "presets[0].scenario.published"
            << "needs the published footprint";
        QTest::newRow("duplicate id")
            << QStringLiteral(R"([{"id":"a","title":"A","kind":"template","scenario":%1},
                                  {"id":"a","title":"B","kind":"template","scenario":%1}])")
                   .arg(s)
            << "presets[1].id"
            << "duplicate preset id";
    }

    void errorsNameThePresetField()
    {
        QFETCH(QString, presets);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        const std::string text = R"({"schema": 1, "presets": )" + presets.toStdString() + "}";
        const PresetsLoadResult r = PresetsFile::parse(text, Catalog::builtIn());
        QVERIFY2(hasIssue(r.issues, path.toStdString(), fragment.toStdString()),
                 qPrintable(joined(r.issues)));
        // A bad preset is left out; the good ones still load.
        for (const Preset &p : r.presets)
            QVERIFY(p.id != "a" || path == QLatin1String("presets[1].id"));
    }

    void documentErrors()
    {
        QVERIFY(hasIssue(PresetsFile::parse("{", Catalog::builtIn()).issues, "(document)", "not valid JSON"));
        QVERIFY(hasIssue(PresetsFile::parse(R"({"schema": 2, "presets": []})", Catalog::builtIn()).issues,
                         "schema", "newer"));
        QVERIFY(hasIssue(PresetsFile::parse(R"({"schema": 1})", Catalog::builtIn()).issues, "presets",
                         "required"));
        const PresetsLoadResult empty =
            PresetsFile::parse(R"({"schema": 1, "presets": []})", Catalog::builtIn());
        QVERIFY(empty.issues.empty());
        QVERIFY(empty.presets.empty());
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
