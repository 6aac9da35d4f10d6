// One analysis, one truth: the same project and options give the same numbers in the window
// (Document), the report (ReportBuilder, in the app and through `greenlight-cli report`) and the
// CLI (`estimate --format json`), with a seed, a sample count and a currency that are not the
// defaults. The core computes every figure once (core/analysis); this checks that every reader
// really gets the user's options and not its own.
#include "analysis/projectanalysis.h"
#include "catalog/catalog.h"
#include "document/document.h"
#include "embeddedfiles.h"
#include "i18n/localformat.h"
#include "io/projectfile.h"
#include "reportbuilder.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace greenlight;
using namespace greenlight::ui;

namespace {

constexpr std::size_t kSamples = 3000; // not the default 10 000
constexpr std::uint64_t kSeed = 7;     // not the default 42
const char *const kCurrency = "EUR";   // not the default USD

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    if (exitCode != nullptr)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

// JSON keeps every double exactly (shortest round-trip form); the tolerance only absorbs the
// last bit should a platform print differently.
bool same(double a, double b)
{
    return a == b || std::fabs(a - b) <= 1e-12 * std::max(std::fabs(a), std::fabs(b));
}

} // namespace

class TestOneAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameNumbersEverywhere_data();
    void sameNumbersEverywhere();

private:
    QTemporaryDir m_dir;
    QString m_pdftotext;
};

void TestOneAnalysis::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed: run scripts/deps.sh");
}

void TestOneAnalysis::sameNumbersEverywhere_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("plan-7b (seven training scenarios)") << QStringLiteral("plan-7b.greenlight.json");
    QTest::newRow("levers (deployments, levers)") << QStringLiteral("levers.greenlight.json");
}

void TestOneAnalysis::sameNumbersEverywhere()
{
    QFETCH(QString, example);
    const Catalog &catalog = Catalog::builtIn();
    const std::string_view text = embedded::file("examples/" + example.toStdString());
    const QString path = m_dir.filePath(example);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.data(), static_cast<qint64>(text.size()));
    }

    // The window, with the options a user picks in Preferences.
    Document document(catalog);
    Issues issues;
    QVERIFY(document.open(path, issues));
    document.setMonteCarloOptions(MonteCarloOptions{kSamples, kSeed});
    QCOMPARE(document.setDisplayCurrency(QString::fromLatin1(kCurrency)), QString::fromLatin1(kCurrency));
    const AnalysisOptions options = document.analysisOptions();
    QCOMPARE(options.monteCarlo.samples, kSamples);
    QCOMPARE(options.monteCarlo.seed, kSeed);
    QCOMPARE(QString::fromStdString(options.currency.code), QString::fromLatin1(kCurrency));

    // The report, built as File → Export Report builds it.
    report::ReportOptions reportOptions;
    reportOptions.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    reportOptions.analysis = options;
    const report::ReportBuilder builder(document.project(), catalog, reportOptions);
    const ProjectAnalysis &analysis = builder.data();
    QCOMPARE(analysis.scenarios.size(), static_cast<std::size_t>(document.scenarioCount()));

    // The CLI, with the same options as flags.
    const QString cli = QStringLiteral(GREENLIGHT_CLI_PATH);
    int code = -1;
    const QString json = run(cli,
                             {QStringLiteral("estimate"), path, QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("--samples"), QString::number(kSamples),
                              QStringLiteral("--seed"), QString::number(kSeed)},
                             &code);
    QCOMPARE(code, 0);
    const nlohmann::json cliResult = nlohmann::json::parse(json.toStdString());
    const nlohmann::json &cliScenarios = cliResult.at("scenarios");
    QCOMPARE(cliScenarios.size(), analysis.scenarios.size());

    int compared = 0;
    for (int i = 0; i < document.scenarioCount(); ++i) {
        const Document::Evaluated &window = document.result(i);
        const ScenarioAnalysis &report = analysis.scenarios[static_cast<std::size_t>(i)];
        const nlohmann::json &c = cliScenarios[static_cast<std::size_t>(i)];
        QVERIFY(window.evaluation && report.evaluation && window.ranges && report.ranges);
        QCOMPARE(QString::fromStdString(c.at("name").get<std::string>()),
                 QString::fromStdString(document.scenario(i).name));
        for (std::size_t o = 0; o < kOutputCount; ++o) {
            const auto out = static_cast<Output>(o);
            const std::string key(info(out).key);
            const QByteArray where = QByteArray::fromStdString(document.scenario(i).name + " " + key);
            QVERIFY2(window.estimate[out] == report.estimate[out], where.constData());
            QVERIFY2(same(window.estimate[out], c.at(key).get<double>()), where.constData());
            const OutputRange &w = (*window.ranges)[out];
            const OutputRange &r = (*report.ranges)[out];
            QVERIFY2(w.p5 == r.p5 && w.p50 == r.p50 && w.p95 == r.p95, where.constData());
            if (c.contains("ranges") && c.at("ranges").contains(key)) {
                const nlohmann::json &cr = c.at("ranges").at(key);
                QVERIFY2(same(w.p5, cr.at("p5").get<double>()) && same(w.p95, cr.at("p95").get<double>()),
                         where.constData());
                ++compared;
            }
        }
    }
    QVERIFY2(compared > 20, "the CLI gave ranges to compare");

    // The options matter: the default seed and sample count give other percentiles, so the
    // agreement above is not the defaults agreeing with themselves.
    const ProjectAnalysis defaults = ProjectAnalysis::run(document.project(), catalog);
    const int b = analysis.baseline;
    QVERIFY(b >= 0);
    QVERIFY((*defaults.scenarios[static_cast<std::size_t>(b)].ranges)[Output::Co2eTotalKg].p95 !=
            (*analysis.scenarios[static_cast<std::size_t>(b)].ranges)[Output::Co2eTotalKg].p95);

    // Both PDFs (the app's and the CLI's) print the window's cost in euros and the options used.
    const QString appPdf = m_dir.filePath(QStringLiteral("app.pdf"));
    QString error;
    QVERIFY2(builder.writePdf(appPdf, error), qPrintable(error));
    const QString cliPdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    run(cli,
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"), path, QStringLiteral("-o"),
         cliPdf, QStringLiteral("--samples"), QString::number(kSamples), QStringLiteral("--seed"),
         QString::number(kSeed), QStringLiteral("--currency"), QString::fromLatin1(kCurrency)},
        &code);
    QCOMPARE(code, 0);
    const LocalFormat f(reportOptions.locale, options.currency);
    const ScenarioAnalysis &base = analysis.scenarios[static_cast<std::size_t>(b)];
    const QString cost = f.cost(base.estimate[Output::CostUsd]);
    QVERIFY2(cost.contains(QStringLiteral("€")), qPrintable(cost));
    const QString co2eRange = f.range((*base.ranges)[Output::Co2eTotalKg].p5,
                                      (*base.ranges)[Output::Co2eTotalKg].p95, &LocalFormat::mass);
    for (const QString &pdf : {appPdf, cliPdf}) {
        const QString pdfText = run(m_pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(pdfText.contains(cost), qPrintable(pdf + QStringLiteral(": ") + cost));
        QVERIFY2(pdfText.contains(co2eRange), qPrintable(pdf + QStringLiteral(": ") + co2eRange));
        QVERIFY2(pdfText.contains(QStringLiteral("3,000 samples, seed 7")) ||
                     pdfText.contains(QStringLiteral("3000 samples, seed 7")),
                 qPrintable(pdf));
    }
}

QTEST_MAIN(TestOneAnalysis)
#include "tst_oneanalysis.moc"
