// The desktop window on the bundled example, driven like a user would: the views show exactly
// the core's numbers, edits are undoable (a drag is one step), files round-trip, a bad file leaves
// the document untouched, and the explanation panel explains a selected number.
#include "dashboard/comparisonmodel.h"
#include "dashboard/dashboard.h"
#include "dashboard/explanationpanel.h"
#include "document/document.h"
#include "embeddedfiles.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "io/projectfile.h"
#include "lifecycle/servingboundaries.h"
#include "plots/lifecyclechart.h"
#include "plots/metricbarchart.h"
#include "plots/plotwidget.h"
#include "plots/schedulechart.h"
#include "plots/servingchart.h"
#include "plots/tornadochart.h"
#include "plots/tradeoffchart.h"
#include "scenario/leverseditor.h"
#include "scenario/scenarioeditor.h"
#include "scenario/scenariolistpanel.h"
#include "scenario/uncertaintyeditor.h"
#include "schedule/scheduler.h"
#include "shell/filecontroller.h"
#include "shell/mainwindow.h"
#include "shell/preferences.h"
#include "util/numberformat.h"
#include "widgets/experimentrunseditor.h"
#include "widgets/numberfield.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QListView>
#include <QSlider>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace greenlight;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void lists_showEveryScenario();
    void charts_equalCoreResults();
    void barCharts_logScaleKeepsSmallRunsVisible();
    void editField_updatesChartsToCoreResults();
    void sliderDrag_isOneUndoStep();
    void undoRedo_restoresValues();
    void scenarioList_addDuplicateRemoveMove();
    void saveThenReopen_roundTrip();
    void openBadFile_keepsDocument();
    void selectCell_explainsFormulaAndSources();
    void userText_isEscapedInExplanation();
    void deltaTable_copiesAsTsv();
    void deltaTable_rowsFitTheirText_data();
    void uncertaintyTab_showsTheCurrentInputsWhenOpened();
    void deltaTable_rowsFitTheirText();
    void chartExport_writesFiles();
    void lifecycleAndSensitivity_levers();
    void scheduleChart_shadesTheCoreBestWindow();
    void comparison_notesMixedBasesAndOffsets();
    void servingChart_drawsTheCoreSweepAndBoundaries();
    void experimentRuns_editedInTheLeversTab_data();
    void experimentRuns_editedInTheLeversTab();
    void screenshots();

private:
    static Project exampleProject();
    static Estimate coreEstimate(const Scenario &s);

    ui::Document *m_document = nullptr;
    ui::MainWindow *m_window = nullptr;
};

Project TestMainWindow::exampleProject()
{
    const auto text = embedded::file("examples/plan-7b.greenlight.json");
    ProjectLoadResult r = ProjectFile::parse(text, Catalog::builtIn());
    return *r.project;
}

Estimate TestMainWindow::coreEstimate(const Scenario &s)
{
    Issues issues;
    const auto resolved = Resolver(Catalog::builtIn()).resolve(s, issues);
    return resolved ? Estimator::compute(*resolved) : Estimate{};
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_document = new ui::Document(Catalog::builtIn());
    m_document->setProject(exampleProject(), QStringLiteral("example"));
    m_window = new ui::MainWindow(*m_document);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    m_window->files()->discardAutosave();
    delete m_window;
    delete m_document;
}

void TestMainWindow::lists_showEveryScenario()
{
    const Project p = exampleProject();
    QAbstractItemModel *list = m_window->scenarioList()->view()->model();
    QCOMPARE(list->rowCount(), static_cast<int>(p.scenarios.size()));
    QCOMPARE(list->data(list->index(1, 0), Qt::EditRole).toString(),
             QString::fromStdString(p.scenarios[1].name));
    QAbstractItemModel *table = m_window->dashboard()->table()->model();
    QCOMPARE(table->columnCount(), static_cast<int>(p.scenarios.size()));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Plan a 7B language model")));
}

void TestMainWindow::charts_equalCoreResults()
{
    const Project p = exampleProject();
    ui::MetricBarChart *co2e = m_window->dashboard()->chart(0);
    const QVector<double> embodied = co2e->componentValues(QStringLiteral("embodied"));
    const QVector<double> training = co2e->componentValues(QStringLiteral("training"));
    QCOMPARE(embodied.size(), static_cast<int>(p.scenarios.size()));
    for (std::size_t i = 0; i < p.scenarios.size(); ++i) {
        const Estimate e = coreEstimate(p.scenarios[i]);
        const int k = static_cast<int>(i);
        QVERIFY(qAbs(embodied[k] * co2e->unitDivisor() - e[Output::Co2eEmbodiedKg]) <=
                1e-9 * qMax(1.0, e[Output::Co2eEmbodiedKg]));
        // No experiments multiplier in the example: training is all of the operational CO2e.
        QVERIFY(qAbs(training[k] * co2e->unitDivisor() - e[Output::Co2eLocationKg]) <=
                1e-9 * qMax(1.0, e[Output::Co2eLocationKg]));
    }
}

void TestMainWindow::barCharts_logScaleKeepsSmallRunsVisible()
{
    // The example has a 3-day fine-tune (hundreds of kWh) beside GPT-3 (about a GWh).
    const Project p = exampleProject();
    m_window->dashboard()->setLogScale(false); // a preference: an earlier run may have left it on
    ui::MetricBarChart *energy = m_window->dashboard()->chart(1);
    QCPAxis *axis = energy->plot()->xAxis;
    const auto barPixels = [&](double value) {
        return axis->coordToPixel(value) - axis->coordToPixel(axis->range().lower);
    };
    double smallest = 1e300;
    for (const Scenario &s : p.scenarios)
        smallest = std::min(smallest, coreEstimate(s)[Output::FacilityEnergyKWh]);
    energy->plot()->replot();
    QVERIFY2(barPixels(smallest / energy->unitDivisor()) < 2, "on a linear axis the fine-tune is a sliver");

    m_window->dashboard()->setLogScale(true);
    QVERIFY(ui::Preferences().barChartsLogScale());
    energy->plot()->replot();
    QCOMPARE(axis->scaleType(), QCPAxis::stLogarithmic);
    QCPBars *totals = nullptr;
    for (int i = 0; i < energy->plot()->plottableCount(); ++i)
        if (auto *b = qobject_cast<QCPBars *>(energy->plot()->plottable(i)); b != nullptr && b->visible()) {
            QVERIFY2(totals == nullptr, "one bar per scenario: the components do not stack on a log axis");
            totals = b;
        }
    QVERIFY(totals != nullptr);
    QCOMPARE(totals->dataCount(), static_cast<int>(p.scenarios.size()));
    for (int k = 0; k < totals->dataCount(); ++k) {
        const double core = coreEstimate(p.scenarios[static_cast<std::size_t>(k)])[Output::FacilityEnergyKWh];
        const double shown = totals->data()->at(k)->value * energy->unitDivisor();
        QVERIFY(qAbs(shown - core) <= 1e-9 * core);
        // Five decades share the chart's width at 1366×768: every run is a bar, not a sliver.
        QVERIFY2(barPixels(totals->data()->at(k)->value) > 10,
                 qPrintable(QStringLiteral("%1: %2 px, axis %3–%4 px %5")
                                .arg(k)
                                .arg(barPixels(totals->data()->at(k)->value))
                                .arg(axis->range().lower)
                                .arg(axis->range().upper)
                                .arg(axis->axisRect()->width())));
    }
    for (const QString &label : axis->tickVectorLabels())
        QVERIFY2(!label.contains(QLatin1Char('e')), qPrintable(label));

    m_window->dashboard()->setLogScale(false);
    QVERIFY(!ui::Preferences().barChartsLogScale());
    QCOMPARE(axis->scaleType(), QCPAxis::stLinear);
}

void TestMainWindow::editField_updatesChartsToCoreResults()
{
    ui::NumberField *pue = m_window->editor()->field(QStringLiteral("pue"));
    QVERIFY(pue != nullptr);
    m_document->setCurrentIndex(0);
    pue->spinBox()->setValue(1.5); // as if typed and confirmed
    QCOMPARE(*m_document->scenario(0).pue, 1.5);
    Scenario expected = exampleProject().scenarios[0];
    expected.pue = 1.5;
    const Estimate e = coreEstimate(expected);
    ui::MetricBarChart *energy = m_window->dashboard()->chart(1);
    double shown = 0;
    for (const QString &key : {QStringLiteral("training"), QStringLiteral("experiments"),
                               QStringLiteral("idle"), QStringLiteral("facility")})
        shown += energy->componentValues(key).value(0) * energy->unitDivisor();
    QVERIFY2(qAbs(shown - e[Output::FacilityEnergyKWh]) <= 1e-9 * e[Output::FacilityEnergyKWh],
             qPrintable(QStringLiteral("%1 vs %2").arg(shown).arg(e[Output::FacilityEnergyKWh])));
    const QModelIndex cell = m_window->dashboard()->comparisonModel()->index(0, 0);
    QCOMPARE(cell.data(ui::ComparisonModel::ValueRole).toDouble(), e[Output::FacilityEnergyKWh]);
}

void TestMainWindow::sliderDrag_isOneUndoStep()
{
    ui::NumberField *mfu = m_window->editor()->field(QStringLiteral("mfu"));
    QSlider *slider = mfu->slider();
    QVERIFY(slider != nullptr);
    const int before = m_document->undoStack()->count();
    slider->setSliderDown(true);
    for (int pos = 200; pos <= 400; pos += 20)
        slider->setValue(pos);
    slider->setSliderDown(false);
    emit slider->sliderReleased();
    QCOMPARE(m_document->undoStack()->count(), before + 1);
    const double dragged = *m_document->scenario(0).mfu;
    QVERIFY(dragged > 0.3 && dragged < 0.5);
    m_document->undoStack()->undo();
    QVERIFY(!m_document->scenario(0).mfu.has_value());
    // A second drag is its own step.
    slider->setSliderDown(true);
    slider->setValue(100);
    slider->setSliderDown(false);
    emit slider->sliderReleased();
    QCOMPARE(m_document->undoStack()->index(), before + 1);
}

void TestMainWindow::undoRedo_restoresValues()
{
    const double original = m_document->result(0).estimate[Output::Co2eTotalKg];
    QComboBox *accelerator = m_window->editor()->acceleratorBox();
    const int a100 = accelerator->findData(QStringLiteral("a100-sxm-80gb"));
    QVERIFY(a100 >= 0);
    accelerator->setCurrentIndex(a100);
    emit accelerator->activated(a100);
    QCOMPARE(m_document->scenario(0).acceleratorId, std::string("a100-sxm-80gb"));
    const double changed = m_document->result(0).estimate[Output::Co2eTotalKg];
    QVERIFY(changed != original);
    QVERIFY(m_document->isModified());
    QVERIFY(m_window->isWindowModified());
    m_document->undoStack()->undo();
    QCOMPARE(m_document->scenario(0).acceleratorId, std::string("h100-sxm"));
    QCOMPARE(m_document->result(0).estimate[Output::Co2eTotalKg], original);
    QCOMPARE(m_window->editor()->acceleratorBox()->currentData().toString(), QStringLiteral("h100-sxm"));
    QVERIFY(!m_document->isModified());
    m_document->undoStack()->redo();
    QCOMPARE(m_document->result(0).estimate[Output::Co2eTotalKg], changed);
}

void TestMainWindow::scenarioList_addDuplicateRemoveMove()
{
    const int n = m_document->scenarioCount();
    m_document->setCurrentIndex(1);
    m_document->duplicateScenario(1);
    QCOMPARE(m_document->scenarioCount(), n + 1);
    QCOMPARE(m_document->scenario(2).name, m_document->scenario(1).name + " (copy)");
    QCOMPARE(m_document->currentIndex(), 2);
    m_document->moveScenario(2, 0);
    QCOMPARE(m_document->scenario(0).name, m_document->scenario(2).name + " (copy)");
    m_document->removeScenario(0);
    QCOMPARE(m_document->scenarioCount(), n);
    m_document->setBaseline(3);
    QCOMPARE(m_document->baselineIndex(), 3);
    // Every step undoes back to the opened project.
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(m_document->serialized(), ProjectFile::serialize(exampleProject()));
}

void TestMainWindow::saveThenReopen_roundTrip()
{
    // Change something of every kind a user can set, save, reopen: identical project.
    Scenario s = m_document->scenario(2);
    s.notes = "checked on 2026-11-26";
    s.color = "#123456";
    s.includeInComparison = false;
    s.pue = 1.23;
    s.renewableShare = 0.4;
    s.carbonPriceUsdPerT = 80;
    m_document->editScenario(2, s, QStringLiteral("edit"));
    m_document->setBaseline(1);
    m_document->editProjectInfo("Renamed project", "Project notes");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roundtrip.greenlight.json"));
    QString error;
    QVERIFY2(m_document->save(path, error), qPrintable(error));
    QVERIFY(!m_document->isModified());
    const std::string saved = m_document->serialized();

    ui::Document reopened(Catalog::builtIn());
    Issues issues;
    QVERIFY(reopened.open(path, issues));
    QCOMPARE(reopened.serialized(), saved);
    QCOMPARE(reopened.project().baseline, m_document->project().baseline);
    QCOMPARE(*reopened.scenario(2).pue, 1.23);
    QCOMPARE(reopened.scenario(2).includeInComparison, false);
    QCOMPARE(reopened.result(2).estimate[Output::Co2eMarketKg],
             m_document->result(2).estimate[Output::Co2eMarketKg]);
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
    const std::string before = m_document->serialized();
    // The controller shows the errors in a message box; close it as a user would.
    QTimer::singleShot(200, this, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                QVERIFY(box->informativeText().contains(QStringLiteral(
                    "scenarios[0].workload.durationHours: expected a finite number > 0, got -5")));
                box->accept();
            }
    });
    QVERIFY(!m_window->files()->openPath(path));
    QCOMPARE(m_document->serialized(), before);
    QCOMPARE(m_window->dashboard()->table()->model()->columnCount(), m_document->scenarioCount());
}

void TestMainWindow::selectCell_explainsFormulaAndSources()
{
    QTableView *view = m_window->dashboard()->table();
    auto *model = m_window->dashboard()->comparisonModel();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->outputAt(r) == Output::Co2eLocationKg)
            row = r;
    QVERIFY(row >= 0);
    view->setCurrentIndex(model->index(row, 0));
    const QString text = m_window->explanationPanel()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("facility energy [kWh] × grid intensity")), qPrintable(text));
    const Region *region = Catalog::builtIn().region("gcp:us-central1");
    QVERIFY(region != nullptr);
    QVERIFY2(text.contains(QString::fromStdString(region->citation.source)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("FLOPs = k · N · D")));
    // The value put in is the core's.
    const Estimate e = coreEstimate(exampleProject().scenarios[0]);
    QVERIFY(text.contains(QString::number(e[Output::Co2eLocationKg], 'g', 6)));
}

void TestMainWindow::userText_isEscapedInExplanation()
{
    Project p = exampleProject();
    p.scenarios.front().name = R"(<b>x</b> & "y")";
    m_document->setProject(p, QStringLiteral("escaped"));
    m_window->explanationPanel()->explain(0, Output::FacilityEnergyKWh);
    QVERIFY(m_window->explanationPanel()->toPlainText().contains(QStringLiteral(R"(<b>x</b> & "y")")));
}

void TestMainWindow::deltaTable_copiesAsTsv()
{
    const QString tsv = m_window->dashboard()->comparisonModel()->toTsv();
    const QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + m_window->dashboard()->comparisonModel()->rowCount());
    const QStringList header = lines.first().split(QLatin1Char('\t'));
    QCOMPARE(header.size(), 2 + 3 * m_document->scenarioCount());
    // Montréal vs the Iowa baseline: the % column says how much CO2e the move saves.
    const Estimate iowa = coreEstimate(exampleProject().scenarios[0]);
    const Estimate montreal = coreEstimate(exampleProject().scenarios[1]);
    const QStringList co2e = lines[2].split(QLatin1Char('\t'));
    const double percent = co2e[2 + 3 * 1 + 2].toDouble();
    QVERIFY(qAbs(percent - 100.0 * (montreal[Output::Co2eLocationKg] / iowa[Output::Co2eLocationKg] - 1.0)) <
            0.01);
}

void TestMainWindow::deltaTable_rowsFitTheirText_data()
{
    QTest::addColumn<double>("fontFactor");
    QTest::newRow("application font") << 1.0;
    QTest::newRow("presentation-size font") << 1.6;
}

void TestMainWindow::deltaTable_rowsFitTheirText()
{
    // Rows are not resized on every edit (that measured every cell per drag step) but fitted
    // once the values pause: no cell may then need more room, also after the application font
    // grows as in presentation mode, or after a slider step changed the values.
    QFETCH(double, fontFactor);
    const QFont original = QApplication::font();
    QFont font = original;
    font.setPointSizeF(font.pointSizeF() * fontFactor);
    QApplication::setFont(font);
    QTableView *table = m_window->dashboard()->table();
    const QAbstractItemView *view = table; // QTableView makes sizeHintForRow protected
    for (int c = 0; c < table->model()->columnCount(); ++c)
        table->setColumnWidth(c, qRound(160 * fontFactor));
    const auto firstClippedRow = [table, view] {
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->rowHeight(row) < view->sizeHintForRow(row))
                return row;
        return -1;
    };
    QVERIFY(table->model()->rowCount() > 5);
    QTRY_COMPARE(firstClippedRow(), -1);
    m_window->editor()->field(QStringLiteral("pue"))->slider()->setValue(700);
    QTRY_COMPARE(firstClippedRow(), -1);
    QApplication::setFont(original);
}

void TestMainWindow::uncertaintyTab_showsTheCurrentInputsWhenOpened()
{
    // The hidden tab skips rebuilding on every edit; opened, it shows the scenario as it is now.
    auto *uncertainty = m_window->findChild<ui::UncertaintyEditor *>();
    QVERIFY(uncertainty);
    QTabWidget *tabs = m_window->editor()->tabs();
    tabs->setCurrentIndex(1); // Hardware & site
    QVERIFY(!uncertainty->isVisible());
    Scenario s = m_document->scenario(m_document->currentIndex());
    s.pue = 1.37;
    m_document->editScenario(m_document->currentIndex(), s, QStringLiteral("PUE"));
    QCoreApplication::processEvents();
    tabs->setCurrentIndex(tabs->indexOf(uncertainty));
    QVERIFY(uncertainty->isVisible());
    QTableWidget *table = uncertainty->table();
    int pueRow = -1;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("pue"))
            pueRow = row;
    QVERIFY(pueRow >= 0);
    QCOMPARE(table->item(pueRow, 1)->text(), QString::fromStdString(formatNumber(1.37, 5)));
}

void TestMainWindow::chartExport_writesFiles()
{
    QTemporaryDir dir;
    for (const QString &ext : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        const QString path = dir.filePath(QStringLiteral("chart.") + ext);
        QString error;
        QVERIFY2(m_window->dashboard()->plots().first()->exportTo(path, error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
    QFile svg(dir.filePath(QStringLiteral("chart.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("CO2e per scenario"));
}

void TestMainWindow::lifecycleAndSensitivity_levers()
{
    // The levers example: deployments give lifecycle curves, the distilled student breaks even.
    Issues issues;
    QVERIFY(m_document->openText(std::string(embedded::file("examples/levers.greenlight.json")),
                                 QStringLiteral("levers"), issues));
    const QStringList marks = m_window->dashboard()->lifecycle()->breakEvenLabels();
    QVERIFY2(!marks.isEmpty(), "no break-even marked");
    QVERIFY2(marks.join(QLatin1Char('\n')).contains(QStringLiteral("distilled")),
             qPrintable(marks.join(QLatin1Char('\n'))));
    // The tornado ranks the uncertain inputs of the selected scenario, largest swing first.
    m_document->setCurrentIndex(0);
    const QStringList keys = m_window->dashboard()->tornado()->inputKeys();
    QVERIFY(keys.size() >= 3);
    QVERIFY(keys.contains(QStringLiteral("intensityGPerKWh")) || keys.contains(QStringLiteral("mfu")));
    // Whiskers bracket the bar totals when ranges exist.
    ui::MetricBarChart *co2e = m_window->dashboard()->chart(0);
    const QVector<double> lo = co2e->whiskerLow();
    const QVector<double> hi = co2e->whiskerHigh();
    QCOMPARE(lo.size(), m_document->scenarioCount());
    for (int k = 0; k < lo.size(); ++k)
        QVERIFY(lo[k] <= hi[k]);
}

void TestMainWindow::scheduleChart_shadesTheCoreBestWindow()
{
    Scenario s = m_document->scenario(3); // 8 × A100 for 72 h
    s.regionId = "US-CISO";
    m_document->editScenario(3, s, QStringLiteral("move to California"));
    m_document->setCurrentIndex(3);
    const auto window = m_window->dashboard()->schedule()->shadedWindow();
    const HourlyProfile *profile = HourlyProfile::builtIn("US-CISO");
    QVERIFY(profile != nullptr);
    ScheduleJob job;
    job.durationHours = m_document->result(3).estimate[Output::WallClockHours];
    job.energyKWh = m_document->result(3).estimate[Output::FacilityEnergyKWh];
    Issues issues;
    const auto plan = Scheduler::plan(*profile, job, issues);
    QVERIFY(plan.has_value());
    QCOMPARE(window.first, static_cast<double>(plan->best.startUtc));
    QCOMPARE(window.second, static_cast<double>(plan->best.endUtc));
    QCOMPARE(window.second - window.first, 72.0 * 3600.0);
    // A region without an hourly profile shades nothing.
    Scenario first = m_document->scenario(0);
    first.regionId = "SWE";
    m_document->editScenario(0, first, QStringLiteral("move to Sweden"));
    m_document->setCurrentIndex(0);
    QCOMPARE(m_window->dashboard()->schedule()->shadedWindow().second, 0.0);
}

// The dashboard says when it compares a direct grid figure with life-cycle ones, and shows offsets
// beside the emissions without changing them.
void TestMainWindow::comparison_notesMixedBasesAndOffsets()
{
    Scenario s = m_document->scenario(0);
    s.intensityGPerKWh.reset();
    s.regionId = "CA-QC";
    m_document->editScenario(0, s, QStringLiteral("move to Québec"));
    Scenario t = m_document->scenario(1);
    t.intensityGPerKWh.reset();
    t.regionId = "aws:eu-north-1";
    m_document->editScenario(1, t, QStringLiteral("move to Stockholm"));
    QTRY_VERIFY(m_window->dashboard()->accountingNotes().contains(QStringLiteral("direct (combustion only")));
    const double before = m_document->result(1).estimate[Output::Co2eMarketKg];
    t.offsetsTCo2e = 5;
    m_document->editScenario(1, t, QStringLiteral("offsets"));
    QTRY_VERIFY(m_window->dashboard()->accountingNotes().contains(QStringLiteral("of offsets retired")));
    QCOMPARE(m_document->result(1).estimate[Output::Co2eMarketKg], before);
}

void TestMainWindow::experimentRuns_editedInTheLeversTab_data()
{
    QTest::addColumn<int>("basis"); // the "Measured as" combo: 0 share of the main run, 1 accelerator-hours
    QTest::addColumn<double>("shown");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<double>("hours");
    QTest::newRow("25 % of the main run") << 0 << 25.0 << 0.25 << 0.0;
    QTest::newRow("2,000 accelerator-hours") << 1 << 2000.0 << 0.0 << 2000.0;
}

// The run list of the experiment-budget lever is edited in the Levers tab, one undo step per
// change, and the estimate grows by exactly the run's accelerator-hours (the lever engine's rule).
void TestMainWindow::experimentRuns_editedInTheLeversTab()
{
    QFETCH(int, basis);
    QFETCH(double, shown);
    QFETCH(double, fraction);
    QFETCH(double, hours);
    m_document->setCurrentIndex(0);
    Scenario start = m_document->scenario(0);
    start.experimentMultiplier = 1.0; // so the main run is the base estimate
    start.levers = Levers{};
    m_document->editScenario(0, start, QStringLiteral("reset levers"));
    const double baseHours = m_document->result(0).estimate[Output::AcceleratorHours];
    QVERIFY(baseHours > 0);

    auto *levers = m_window->findChild<ui::LeversEditor *>();
    QVERIFY(levers);
    levers->group(QStringLiteral("experiments"))->setChecked(true);
    QVERIFY(m_document->scenario(0).levers.experiments.has_value());
    ui::ExperimentRunsEditor *runs = levers->experimentRuns();
    const int steps = m_document->undoStack()->index();
    runs->addRun();
    QCOMPARE(m_document->undoStack()->index(), steps + 1);
    QCOMPARE(runs->table()->rowCount(), 1);
    QCOMPARE(m_document->scenario(0).levers.experiments->runs.size(), std::size_t(1));

    auto *basisBox = qobject_cast<QComboBox *>(runs->table()->cellWidget(0, 2));
    auto *size = qobject_cast<QDoubleSpinBox *>(runs->table()->cellWidget(0, 1));
    QVERIFY(basisBox && size);
    if (basisBox->currentIndex() != basis) {
        basisBox->setCurrentIndex(basis);
        emit basisBox->activated(basis);
    }
    size = qobject_cast<QDoubleSpinBox *>(runs->table()->cellWidget(0, 1));
    size->setValue(shown);
    runs->table()->item(0, 0)->setText(QStringLiteral("LR sweep"));

    if (const QString shots = qEnvironmentVariable("GREENLIGHT_SCREENSHOT_DIR"); !shots.isEmpty())
        levers->grab().save(shots + QStringLiteral("/experiment-runs-%1.png").arg(basis));
    const ExperimentRun run = m_document->scenario(0).levers.experiments->runs.at(0);
    QCOMPARE(QString::fromStdString(run.name), QStringLiteral("LR sweep"));
    if (fraction > 0) {
        QVERIFY(run.fraction && !run.acceleratorHours);
        QCOMPARE(*run.fraction, fraction);
    } else {
        QVERIFY(run.acceleratorHours && !run.fraction);
        QCOMPARE(*run.acceleratorHours, hours);
    }
    const double expected = baseHours * (1 + fraction) + hours;
    QVERIFY(std::fabs(m_document->result(0).estimate[Output::AcceleratorHours] - expected) <=
            1e-9 * expected);

    // An empty name is flagged inline with the row and not applied.
    const int before = m_document->undoStack()->index();
    runs->table()->item(0, 0)->setText(QString());
    QVERIFY(runs->errorText().contains(QStringLiteral("Run 1")));
    QCOMPARE(m_document->undoStack()->index(), before);
    QCOMPARE(QString::fromStdString(m_document->scenario(0).levers.experiments->runs.at(0).name),
             QStringLiteral("LR sweep"));

    // Saved and reopened exactly.
    const std::string text = ProjectFile::serialize(m_document->project());
    const ProjectLoadResult reopened = ProjectFile::parse(text, Catalog::builtIn());
    QVERIFY(reopened.project.has_value());
    const ExperimentRun back = reopened.project->scenarios.at(0).levers.experiments->runs.at(0);
    QCOMPARE(back.name, run.name);
    QCOMPARE(back.fraction, run.fraction);
    QCOMPARE(back.acceleratorHours, run.acceleratorHours);

    // Removing the run undoes its hours; undo brings it back.
    runs->table()->setCurrentCell(0, 0);
    runs->removeCurrentRun();
    QVERIFY(m_document->scenario(0).levers.experiments->runs.empty());
    QVERIFY(std::fabs(m_document->result(0).estimate[Output::AcceleratorHours] - baseHours) <=
            1e-9 * baseHours);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->scenario(0).levers.experiments->runs.size(), std::size_t(1));
    QCOMPARE(runs->table()->rowCount(), 1);
}

// Saves the window and each dashboard tab as PNG when GREENLIGHT_SCREENSHOT_DIR is set (for the
// README and for looking at the real rendering); otherwise there is nothing to check.
// The Serving tab reads the core: the sweep's batches double up to the replica's memory limit,
// the operating point is the deployment's, and the boundary bars add up to the core's energy per
// request for every deploying scenario. Hidden, the chart waits; shown, it catches up.
void TestMainWindow::servingChart_drawsTheCoreSweepAndBoundaries()
{
    Issues issues;
    QVERIFY(m_document->openText(std::string(embedded::file("examples/levers.greenlight.json")),
                                 QStringLiteral("levers"), issues));
    m_document->setCurrentIndex(0);
    ui::ServingChart *chart = m_window->dashboard()->serving();
    QTabWidget *tabs = m_window->dashboard()->tabs();
    for (int t = 0; t < tabs->count(); ++t)
        if (tabs->widget(t)->isAncestorOf(chart->sweepPlot()))
            tabs->setCurrentIndex(t);
    QTRY_VERIFY(chart->sweepPlot()->isVisible());
    const DeploymentResult &d = *m_document->result(0).evaluation->deployment;
    const QList<double> batches = chart->sweepBatches();
    QVERIFY(batches.size() > 3);
    QCOMPARE(batches.first(), 1.0);
    QCOMPARE(batches.last(), d.maxBatch);
    QCOMPARE(chart->boundaryScenarios().size(), m_document->scenarioCount());
    // The stacked parts of the first bar equal the core's facility energy per request.
    const ServingBoundaries b = servingBoundaries(d);
    const double stacked = b.acceleratorsWh + b.hostWh + b.idleWh + b.facilityOverheadWh;
    QVERIFY(std::abs(stacked - d.energyPerRequestWh) < 1e-9 * d.energyPerRequestWh);
    // The operating point moves with an edit of the batch size.
    Scenario s = m_document->scenario(0);
    s.deployment->batchSize = 8;
    m_document->editScenario(0, s, QStringLiteral("batch 8"));
    QTRY_COMPARE(m_document->result(0).evaluation->deployment->point.batch, 8.0);
    // An inference figure is explained down to the serving model's decode step, with sources.
    m_window->explanationPanel()->explain(0, Output::InferenceEnergyKWh);
    const QString text = m_window->explanationPanel()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("decode step")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("batch 8 on")));
    QVERIFY(text.contains(QStringLiteral("docs/validation-inference.md")));
}

void TestMainWindow::screenshots()
{
    // Always drawn and saved (a view that cannot paint fails here); kept for review when
    // GREENLIGHT_SCREENSHOT_DIR names a folder.
    QTemporaryDir scratch;
    QString dir = qEnvironmentVariable("GREENLIGHT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = scratch.path();
    Issues issues;
    QVERIFY(m_document->openText(std::string(embedded::file("examples/levers.greenlight.json")),
                                 QStringLiteral("levers"), issues));
    QTabWidget *tabs = m_window->dashboard()->tabs();
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/tab-%1.png").arg(t)));
    }
    Scenario s = m_document->scenario(0);
    s.regionId = "US-CISO";
    m_document->editScenario(0, s, QStringLiteral("California"));
    m_document->setCurrentIndex(0);
    tabs->setCurrentIndex(tabs->count() - 1);
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/schedule.png")));
    m_document->undoStack()->undo();
    m_document->setCurrentIndex(1);
    QTabWidget *editorTabs = m_window->editor()->tabs();
    for (int t = 3; t < editorTabs->count() - 1; ++t) {
        editorTabs->setCurrentIndex(t);
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/editor-%1.png").arg(t)));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
