// The PDF report (issue 5), checked through poppler-utils: the text pdftotext extracts (sections,
// the core's numbers, user text shown literally), pdffonts (every font embedded), pdfinfo (page
// size) and the page count for 1, the example's and 12 scenarios. The CLI's `report` command too.
#include "catalog/catalog.h"
#include "embeddedfiles.h"
#include "io/projectfile.h"
#include "lifecycle/lifecycleuncertainty.h"
#include "lifecycle/scenarioevaluator.h"
#include "reportbuilder.h"
#include "reportdialog.h"
#include "reportformat.h"
#include "schedule/hourlyprofile.h"
#include "schedule/scheduler.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(greenlight::Project)

using namespace greenlight;
using namespace greenlight::report;

namespace {

const QString kInjection = QStringLiteral("<b>x</b> & \"y\"");

Project loadExample(const char *name)
{
    const std::string_view text = embedded::file(std::string("examples/") + name);
    ProjectLoadResult r = ProjectFile::parse(text, Catalog::builtIn());
    if (!r.project)
        qFatal("example %s does not load", name);
    return *r.project;
}

// Twelve scenarios from the two examples, names varied (markup, quotes, accents, a long one).
Project twelveScenarios()
{
    Project p = loadExample("plan-7b.greenlight.json");
    const Project levers = loadExample("levers.greenlight.json");
    for (const Scenario &s : levers.scenarios)
        p.scenarios.push_back(s);
    while (p.scenarios.size() < 12)
        p.scenarios.push_back(p.scenarios.front());
    p.scenarios.resize(12);
    const char *names[] = {
        "Baseline H100 Iowa",
        "<b>x</b> & \"y\"",
        "Zürich — straße ½",
        "FP8 run",
        "A deliberately long scenario name that goes on and on to test wrapping in the tables",
        "fine-tune",
        "published",
        "levers base",
        "distilled",
        "LoRA",
        "int8",
        "twelve"};
    for (std::size_t i = 0; i < p.scenarios.size(); ++i)
        p.scenarios[i].name = names[i];
    p.baseline = names[0];
    p.name = "Twelve <i>scenarios</i> & more";
    return p;
}

Project oneScenario()
{
    Project p = loadExample("plan-7b.greenlight.json");
    p.scenarios.resize(1);
    p.scenarios[0].name = "<b>x</b> & \"y\"";
    p.baseline = p.scenarios[0].name;
    // A measured run linked to it: the report compares it with the estimate.
    p.measuredRuns.clear();
    MeasuredRun run;
    run.name = "run <1> & co";
    run.tool = "codecarbon";
    run.durationS = 3600 * 70;
    run.energyKWh = 29000;
    run.emissionsKg = 12000;
    run.linkedScenario = p.scenarios[0].name;
    p.measuredRuns.push_back(run);
    return p;
}

// A baseline on a grid with an hourly profile: the schedule section proposes a start window.
Project scheduled()
{
    Project p = loadExample("plan-7b.greenlight.json");
    p.scenarios.resize(2);
    p.scenarios[0].regionId = "US-CISO";
    p.scenarios[0].acceleratorCount = 64;
    p.baseline = p.scenarios[0].name;
    p.review = {};
    p.measuredRuns.clear();
    return p;
}

Project withReview(Project p)
{
    p.review.purpose = "Train a 7B model for <customer> support & \"triage\"";
    p.review.expectedBenefit = "Fewer escalations";
    p.review.reviewers = {"Ada Lovelace", "Grace <Hopper>"};
    p.review.date = "2026-11-20";
    p.review.decision = ReviewDecision::ApproveWithConditions;
    p.review.conditions = "Run in a low-carbon region.";
    return p;
}

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return QStringLiteral("<%1 did not finish>").arg(program);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput()) +
           QString::fromUtf8(process.readAllStandardError());
}

struct Baseline
{
    Estimate estimate;
    UncertaintyResult ranges;
};

// The baseline's numbers straight from the core, as the report's summary states them.
Baseline coreBaseline(const Project &p)
{
    const Scenario *s = p.findScenario(p.baseline);
    Issues issues;
    const auto ev = ScenarioEvaluator(Catalog::builtIn()).evaluate(*s, issues);
    if (!ev)
        qFatal("baseline does not evaluate");
    MonteCarlo mc{MonteCarloOptions{}};
    UncertaintyResult ranges = mc.run(ev->resolved);
    LifecycleUncertainty::apply(*ev, mc, ranges);
    return {ev->estimate, ranges};
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdf_data();
    void pdf();
    void letterAndA4();
    void cli();
    void dialog();

private:
    QTemporaryDir m_dir;
    QString m_pdftotext, m_pdffonts, m_pdfinfo;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    m_pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    m_pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    // No skipping: without poppler-utils the report cannot be checked (scripts/deps.sh installs it).
    QVERIFY2(!m_pdftotext.isEmpty() && !m_pdffonts.isEmpty() && !m_pdfinfo.isEmpty(),
             "pdftotext, pdffonts and pdfinfo (poppler-utils) are needed: run scripts/deps.sh");
}

void TestReport::pdf_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<int>("minPages");
    QTest::addColumn<int>("maxPages");
    QTest::newRow("1 scenario") << withReview(oneScenario()) << 8 << 25;
    QTest::newRow("example (7 scenarios)") << withReview(loadExample("plan-7b.greenlight.json")) << 10 << 45;
    QTest::newRow("levers example (deployments)") << loadExample("levers.greenlight.json") << 10 << 45;
    QTest::newRow("schedule (US-CISO)") << scheduled() << 8 << 25;
    QTest::newRow("12 scenarios") << withReview(twelveScenarios()) << 14 << 79;
}

void TestReport::pdf()
{
    QFETCH(Project, project);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);
    ReportOptions options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const ReportBuilder builder(project, Catalog::builtIn(), options);
    const QString path = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) +
        QStringLiteral(".pdf"));
    QString error;
    QVERIFY2(builder.writePdf(path, error), qPrintable(error));

    // Page count: sane, and what the PDF says.
    QVERIFY2(builder.pageCount() >= minPages && builder.pageCount() <= maxPages,
             qPrintable(QStringLiteral("%1 pages").arg(builder.pageCount())));
    const QString info = run(m_pdfinfo, {path});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(builder.pageCount()))),
             qPrintable(info));

    int code = -1;
    // NFKC on both sides: the PDF keeps the font's ligatures ("Sign-oﬀ"), which read as letters.
    const QString text = run(m_pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")}, &code)
                             .normalized(QString::NormalizationForm_KC);
    const auto contains = [&](const QString &s) {
        return text.contains(s.normalized(QString::NormalizationForm_KC));
    };
    QCOMPARE(code, 0);
    for (const char *title :
         {"Contents", "Executive summary", "Scenario comparison", "Charts", "Lifecycle and break-even",
          "Sensitivity", "Schedule", "Need assessment and decision", "Recommendations", "Assumptions",
          "Methodology and explanation traces", "Sign-off"})
        QVERIFY2(contains(QLatin1String(title)), title);
    QVERIFY(text.contains(QStringLiteral("Greenlight report")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(builder.pageCount())));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(builder.pageCount())));

    // The contents page lists every section with the page it is on.
    QVERIFY(builder.contents().size() >= 11);
    for (const auto &[title, page] : builder.contents()) {
        QVERIFY2(text.contains(QRegularExpression(
                     QRegularExpression::escape(title.normalized(QString::NormalizationForm_KC)) +
                     QStringLiteral("\\s+%1\\n").arg(page))),
                 qPrintable(title));
    }

    // Key numbers equal the core's, formatted the same way.
    const Baseline base = coreBaseline(project);
    const ReportFormat f(options.locale);
    const OutputRange &co2e = base.ranges[Output::Co2eTotalKg];
    const OutputRange &energy = base.ranges[Output::FacilityEnergyKWh];
    for (const QString &expected :
         {f.mass(base.estimate[Output::Co2eTotalKg]), f.range(co2e.p5, co2e.p95, &ReportFormat::mass),
          f.energy(base.estimate[Output::FacilityEnergyKWh]),
          f.range(energy.p5, energy.p95, &ReportFormat::energy), f.cost(base.estimate[Output::CostUsd]),
          f.volume(base.estimate[Output::WaterL])})
        QVERIFY2(contains(expected), qPrintable(expected));

    // The best start window, as the core's scheduler places the baseline's run.
    if (const Region *region = Catalog::builtIn().region(project.findScenario(project.baseline)->regionId);
        region != nullptr && !region->hourlyProfile.empty()) {
        ScheduleJob job;
        job.durationHours = std::max(1.0, base.estimate[Output::WallClockHours]);
        job.energyKWh = base.estimate[Output::FacilityEnergyKWh];
        Issues issues;
        const auto plan = Scheduler::plan(*HourlyProfile::builtIn(region->hourlyProfile), job, issues);
        QVERIFY(plan.has_value());
        QVERIFY(contains(QStringLiteral("Best start window")));
        QVERIFY2(contains(f.mass(plan->best.co2eKg)), qPrintable(f.mass(plan->best.co2eKg)));
        QVERIFY(contains(QDateTime::fromSecsSinceEpoch(plan->best.startUtc, Qt::UTC)
                             .toString(QStringLiteral("yyyy-MM-dd hh:mm"))));
    }

    // User text exactly as typed, never as markup.
    for (const Scenario &s : project.scenarios)
        if (s.name.size() < 40)
            QVERIFY2(contains(QString::fromStdString(s.name)), s.name.c_str());
    if (!project.review.purpose.empty())
        QVERIFY(contains(QString::fromStdString(project.review.purpose)));
    for (const MeasuredRun &m : project.measuredRuns)
        if (!m.linkedScenario.empty()) {
            QVERIFY(contains(QStringLiteral("Measured runs against the estimate")));
            QVERIFY(contains(QString::fromStdString(m.name)));
            QVERIFY(contains(ReportFormat(options.locale).energy(m.energyKWh)));
        }
    for (const std::string &r : project.review.reviewers)
        QVERIFY(contains(QString::fromStdString(r)));

    // Every font embedded: pdffonts' rows end with "emb sub uni object gen".
    const QStringList fonts = run(m_pdffonts, {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(fonts.size() >= 3, "no font in the PDF (missing fonts fail silently)");
    for (const QString &row : fonts.mid(2)) {
        const QStringList cols = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY(cols.size() >= 6);
        QVERIFY2(cols.at(cols.size() - 5) == QStringLiteral("yes"), qPrintable(row));
    }
}

void TestReport::letterAndA4()
{
    const Project p = oneScenario();
    for (const auto &[size, expected] :
         {std::pair{ReportOptions::PageSize::A4, QStringLiteral("(A4)")},
          std::pair{ReportOptions::PageSize::Letter, QStringLiteral("(letter)")}}) {
        ReportOptions options;
        options.pageSize = size;
        const ReportBuilder builder(p, Catalog::builtIn(), options);
        const QString path = m_dir.filePath(QStringLiteral("size%1.pdf").arg(static_cast<int>(size)));
        QString error;
        QVERIFY2(builder.writePdf(path, error), qPrintable(error));
        const QString info = run(m_pdfinfo, {path});
        QVERIFY2(info.contains(expected), qPrintable(info));
    }
}

void TestReport::cli()
{
    const QString cli = QStringLiteral(GREENLIGHT_CLI_PATH);
    const QString project =
        QStringLiteral(GREENLIGHT_SOURCE_DIR "/resources/examples/plan-7b.greenlight.json");
    const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
    int code = -1;
    QString output = run(cli,
                         {QStringLiteral("report"), project, QStringLiteral("-o"), out,
                          QStringLiteral("--page-size"), QStringLiteral("Letter")},
                         &code);
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("pages")));
    QVERIFY(run(m_pdfinfo, {out}).contains(QStringLiteral("(letter)")));
    QVERIFY(run(m_pdftotext, {QStringLiteral("-layout"), out, QStringLiteral("-")})
                .contains(QStringLiteral("Executive summary")));

    // Bad input: one line naming the flag, exit 2, no file left behind.
    const QString bad = m_dir.filePath(QStringLiteral("bad.pdf"));
    output = run(cli,
                 {QStringLiteral("report"), project, QStringLiteral("-o"), bad, QStringLiteral("--page-size"),
                  QStringLiteral("A5")},
                 &code);
    QCOMPARE(code, 2);
    QVERIFY2(output.contains(QStringLiteral("--page-size")), qPrintable(output));
    QVERIFY(!QFileInfo::exists(bad));
    output = run(cli, {QStringLiteral("report"), project}, &code);
    QCOMPARE(code, 2);
    QVERIFY2(output.contains(QStringLiteral("-o")), qPrintable(output));
}

void TestReport::dialog()
{
    ReportDialog dialog(withReview(oneScenario()), Catalog::builtIn(), AnalysisOptions{},
                        m_dir.filePath(QStringLiteral("d.pdf")));
    QCOMPARE(dialog.previewPageCount(), dialog.builder()->pageCount());
    dialog.setPageSize(ReportOptions::PageSize::Letter);
    QCOMPARE(dialog.previewPageCount(), dialog.builder()->pageCount());
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("dialog.pdf"));
    QVERIFY2(dialog.saveTo(path, error), qPrintable(error));
    QVERIFY(run(m_pdfinfo, {path}).contains(QStringLiteral("(letter)")));
    if (const QByteArray shots = qgetenv("GREENLIGHT_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/report-dialog.png"));
        for (int p : {0, 2, 3})
            dialog.builder()->pageImage(p, 1.0).save(QString::fromLocal8Bit(shots) +
                                                     QStringLiteral("/report-page%1.png").arg(p + 1));
    }
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
