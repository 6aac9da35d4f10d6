// The desktop window on the bundled example: the views show exactly the core's numbers, the
// explanation panel explains a selected number, and a bad file leaves the document untouched.
#include "co2echart.h"
#include "document.h"
#include "embeddedfiles.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "explanationpanel.h"
#include "io/projectfile.h"
#include "mainwindow.h"
#include "resultsmodel.h"

#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace greenlight;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void table_showsEveryScenario();
    void chart_equalsCoreResults();
    void selectCell_explainsFormulaAndSources();
    void openBadFile_keepsDocument();
    void userText_isEscapedInExplanation();

private:
    Project exampleProject() const;

    ui::Document *m_document = nullptr;
    ui::MainWindow *m_window = nullptr;
};

Project TestMainWindow::exampleProject() const
{
    const auto text = embedded::file("examples/plan-7b.greenlight.json");
    ProjectLoadResult r = ProjectFile::parse(text, Catalog::builtIn());
    return *r.project;
}

void TestMainWindow::init()
{
    m_document = new ui::Document(Catalog::builtIn());
    m_document->setProject(exampleProject(), QStringLiteral("example"));
    m_window = new ui::MainWindow(*m_document);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_document;
}

void TestMainWindow::table_showsEveryScenario()
{
    const Project p = exampleProject();
    QAbstractItemModel *model = m_window->resultsView()->model();
    QCOMPARE(model->rowCount(), static_cast<int>(p.scenarios.size()));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->headerData(row, Qt::Vertical).toString(),
                 QString::fromStdString(p.scenarios[static_cast<std::size_t>(row)].name));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Plan a 7B language model")));
}

void TestMainWindow::chart_equalsCoreResults()
{
    const Project p = exampleProject();
    const QVector<double> operational = m_window->co2eChart()->operationalTonnes();
    const QVector<double> embodied = m_window->co2eChart()->embodiedTonnes();
    QCOMPARE(operational.size(), static_cast<int>(p.scenarios.size()));
    const Resolver resolver(Catalog::builtIn());
    for (std::size_t i = 0; i < p.scenarios.size(); ++i) {
        Issues issues;
        const auto resolved = resolver.resolve(p.scenarios[i], issues);
        QVERIFY(resolved.has_value());
        const Estimate e = Estimator::compute(*resolved);
        QVERIFY(std::abs(operational[static_cast<int>(i)] - e[Output::Co2eLocationKg] / 1000.0) <=
                1e-9 * std::max(1.0, e[Output::Co2eLocationKg]));
        QVERIFY(std::abs(embodied[static_cast<int>(i)] - e[Output::Co2eEmbodiedKg] / 1000.0) <=
                1e-9 * std::max(1.0, e[Output::Co2eEmbodiedKg]));
    }
}

void TestMainWindow::selectCell_explainsFormulaAndSources()
{
    QTableView *view = m_window->resultsView();
    auto *model = qobject_cast<ui::ResultsModel *>(view->model());
    QVERIFY(model != nullptr);
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->outputAt(c) == Output::Co2eLocationKg)
            column = c;
    QVERIFY(column >= 0);
    view->setCurrentIndex(model->index(0, column));
    const QString text = m_window->explanationPanel()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("facility energy [kWh] × grid intensity")), qPrintable(text));
    // The intensity of the first scenario's region comes from Google's region data.
    const Region *region = Catalog::builtIn().region("gcp:us-central1");
    QVERIFY(region != nullptr);
    QVERIFY2(text.contains(QString::fromStdString(region->citation.source)), qPrintable(text));
    // The chain reaches back to the workload: 6·N·D FLOPs.
    QVERIFY(text.contains(QStringLiteral("FLOPs = k · N · D")));
}

void TestMainWindow::openBadFile_keepsDocument()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.greenlight.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"schema": 1, "scenarios": [{"name": "x", "workload": {"mode": "devicesDuration", "durationHours": -5},
                "hardware": {"accelerator": "h100-sxm"}, "site": {"region": "FRA"}}]})");
    f.close();
    const std::size_t before = m_document->project().scenarios.size();
    Issues issues;
    QVERIFY(!m_document->open(path, issues));
    QVERIFY(!issues.empty());
    QCOMPARE(QString::fromStdString(issues.front().toString()),
             QStringLiteral("scenarios[0].workload.durationHours: expected a finite number > 0, got -5"));
    QCOMPARE(m_document->project().scenarios.size(), before);
    QCOMPARE(m_window->resultsView()->model()->rowCount(), static_cast<int>(before));
}

void TestMainWindow::userText_isEscapedInExplanation()
{
    Project p = exampleProject();
    p.scenarios.front().name = R"(<b>x</b> & "y")";
    m_document->setProject(p, QStringLiteral("escaped"));
    m_window->explanationPanel()->explain(0, Output::FacilityEnergyKWh);
    QVERIFY(m_window->explanationPanel()->toPlainText().contains(QStringLiteral(R"(<b>x</b> & "y")")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
