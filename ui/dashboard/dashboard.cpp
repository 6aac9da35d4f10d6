#include "dashboard/dashboard.h"

#include "compare/accountingmix.h"
#include "dashboard/comparisonmodel.h"
#include "document/document.h"
#include "i18n/accountingtext.h"
#include "i18n/localformat.h"
#include "plots/lifecyclechart.h"
#include "plots/metricbarchart.h"
#include "plots/plotwidget.h"
#include "plots/schedulechart.h"
#include "plots/servingchart.h"
#include "plots/tornadochart.h"
#include "plots/tradeoffchart.h"
#include "widgets/equivalenceline.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace greenlight::ui {

namespace {

// After the last value change (a drag step) the table rows are fitted to their text.
constexpr int kFitRowsDelayMs = 150;

Output outputFor(Breakdown::Metric metric)
{
    switch (metric) {
    case Breakdown::Metric::Co2e:
        return Output::Co2eTotalKg;
    case Breakdown::Metric::Energy:
        return Output::FacilityEnergyKWh;
    case Breakdown::Metric::Cost:
        return Output::CostUsd;
    case Breakdown::Metric::Water:
        return Output::WaterL;
    }
    return Output::Co2eTotalKg;
}

} // namespace

Dashboard::Dashboard(Document &document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);

    auto *overview = new QWidget(m_tabs);
    auto *grid = new QGridLayout(overview);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    const Breakdown::Metric metrics[] = {Breakdown::Metric::Co2e, Breakdown::Metric::Energy,
                                         Breakdown::Metric::Cost, Breakdown::Metric::Water};
    for (int i = 0; i < 4; ++i) {
        auto *plot = new PlotWidget(QString(), overview);
        auto *chart = new MetricBarChart(document, metrics[i], plot, this);
        connect(chart, &MetricBarChart::barClicked, this, [this](int scenario, Breakdown::Metric metric) {
            emit explainRequested(scenario, static_cast<int>(outputFor(metric)));
        });
        m_charts << chart;
        grid->addWidget(plot, i / 2, i % 2);
    }
    auto *equivalences = new EquivalenceLine(document, overview);
    // A 7B plan beside GPT-3 is a sliver on a linear axis: a log axis shows both.
    m_logScale = new QCheckBox(tr("&Log scale"), overview);
    m_logScale->setToolTip(
        tr("Logarithmic axis for the four bar charts: one bar per scenario (its total), so "
           "small and large runs stay readable side by side."));
    connect(m_logScale, &QCheckBox::toggled, this, [this](bool on) {
        for (MetricBarChart *c : m_charts)
            c->setLogScale(on);
        emit logScaleChanged(on);
    });
    auto *below = new QHBoxLayout;
    below->addWidget(equivalences, 1);
    below->addWidget(m_logScale, 0, Qt::AlignRight | Qt::AlignVCenter);
    grid->addLayout(below, 2, 0, 1, 2);
    // Spare height goes to the charts, not to the line of text under them.
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 0);
    m_tabs->addTab(overview, tr("Overview"));

    auto *tradeoffPlot = new PlotWidget(QString(), m_tabs);
    m_tradeoff = new TradeoffChart(document, tradeoffPlot, this);
    connect(m_tradeoff, &TradeoffChart::pointClicked, this,
            [this](int scenario) { emit explainRequested(scenario, static_cast<int>(Output::Co2eTotalKg)); });
    m_tabs->addTab(tradeoffPlot, tr("Trade-off"));

    auto *lifecyclePlot = new PlotWidget(QString(), m_tabs);
    m_lifecycle = new LifecycleChart(document, lifecyclePlot, this);
    m_tabs->addTab(lifecyclePlot, tr("Lifecycle"));

    auto *serving = new QWidget(m_tabs);
    auto *servingLayout = new QHBoxLayout(serving);
    servingLayout->setContentsMargins(0, 0, 0, 0);
    servingLayout->setSpacing(4);
    auto *sweepPlot = new PlotWidget(QString(), serving);
    auto *boundaryPlot = new PlotWidget(QString(), serving);
    servingLayout->addWidget(sweepPlot, 3);
    servingLayout->addWidget(boundaryPlot, 2);
    m_serving = new ServingChart(document, sweepPlot, boundaryPlot, this);
    const int servingTab = m_tabs->addTab(serving, tr("Serving"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, servingTab](int index) {
        if (index == servingTab)
            m_serving->showing();
    });

    auto *tornadoPlot = new PlotWidget(QString(), m_tabs);
    m_tornado = new TornadoChart(document, tornadoPlot, this);
    m_tabs->addTab(tornadoPlot, tr("Sensitivity"));

    auto *schedulePlot = new PlotWidget(QString(), m_tabs);
    m_schedule = new ScheduleChart(document, schedulePlot, this);
    m_tabs->addTab(schedulePlot, tr("Schedule"));

    m_model = new ComparisonModel(document, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(160);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Rows fit their text, but not on every what-if step: resizing to contents measures every
    // cell, which took a third of a drag step. They are fitted when the table's shape, the
    // column widths or the font change, and once values pause.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_fitRows = new QTimer(this);
    m_fitRows->setSingleShot(true);
    m_fitRows->setInterval(kFitRowsDelayMs);
    connect(m_fitRows, &QTimer::timeout, m_table, &QTableView::resizeRowsToContents);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeRowsToContents);
    connect(m_model, &QAbstractItemModel::dataChanged, m_fitRows, qOverload<>(&QTimer::start));
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_fitRows,
            qOverload<>(&QTimer::start));
    m_table->setAccessibleName(tr("Comparison against the baseline"));
    auto *copy = new QAction(tr("Copy table as TSV"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &Dashboard::copyTableToClipboard);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit explainRequested(m_model->scenarioAt(current.column()),
                                          static_cast<int>(m_model->outputAt(current.row())));
            });

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(withNotes(m_table));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

// The table with a line under it that says when the comparison sets unlike figures side by side.
QWidget *Dashboard::withNotes(QWidget *table)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(table, 1);
    m_notes = new QLabel(box);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setMinimumWidth(1); // a long line is clipped, not widening the window
    m_notes->setAccessibleName(tr("Accounting notes"));
    m_notes->setVisible(false);
    layout->addWidget(m_notes);
    connect(&m_document, &Document::resultsChanged, this, &Dashboard::updateNotes);
    connect(&m_document, &Document::projectReset, this, &Dashboard::updateNotes);
    return box;
}

void Dashboard::updateNotes()
{
    std::vector<std::pair<std::string, const ResolvedScenario *>> compared;
    compared.reserve(static_cast<std::size_t>(m_document.scenarioCount()));
    for (int i = 0; i < m_document.scenarioCount(); ++i) {
        const auto &resolved = m_document.result(i).resolved;
        compared.emplace_back(m_document.scenario(i).name, resolved ? &*resolved : nullptr);
    }
    const AccountingMix mix = AccountingMix::of(compared);
    QStringList lines = greenlight::ui::accountingHeadlines(mix);
    QStringList details = greenlight::ui::accountingNotes(mix);
    for (int i = 0; i < m_document.scenarioCount(); ++i)
        if (const auto offsets = m_document.scenario(i).offsetsTCo2e) {
            const QString name = QString::fromStdString(m_document.scenario(i).name);
            const QString mass = LocalFormat().mass(*offsets * 1000.0);
            lines << tr("%1: %2 of offsets, not subtracted").arg(name, mass);
            details
                << tr("%1: %2 of offsets retired, shown beside the emissions and not subtracted from them.")
                       .arg(name, mass);
        }
    // One line at 1366×768 keeps the table readable; the tooltip holds the full notes.
    m_notes->setText(QStringLiteral("⚠ ") +
                     tr("Accounting notes (hover for details): %1").arg(lines.join(QStringLiteral(" · "))));
    m_notes->setToolTip(details.join(QStringLiteral("\n\n")));
    m_notes->setVisible(!lines.isEmpty());
}

QString Dashboard::accountingNotes() const
{
    return m_notes->toolTip();
}

void Dashboard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitRowsAfterThisRound();
}

void Dashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Fonts and style are final once shown (the first fit may have run before polishing).
    fitRowsAfterThisRound();
}

void Dashboard::fitRowsAfterThisRound()
{
    // Queued, not delayed: the table gets its own font or style change in the same round.
    QMetaObject::invokeMethod(m_table, &QTableView::resizeRowsToContents, Qt::QueuedConnection);
}

void Dashboard::setPresenting(bool presenting)
{
    if (presenting) {
        m_splitterState = m_splitter->saveState();
        const int total = m_splitter->height();
        const int table = std::max(m_table->minimumSizeHint().height(), total / 6);
        m_splitter->setSizes({total - table, table});
        // Going full screen resizes the splitter afterwards: all new height to the charts.
        m_splitter->setStretchFactor(0, 1);
        m_splitter->setStretchFactor(1, 0);
    } else if (!m_splitterState.isEmpty()) {
        m_splitter->setStretchFactor(0, 3);
        m_splitter->setStretchFactor(1, 2);
        m_splitter->restoreState(m_splitterState);
        m_splitterState.clear();
    }
}

void Dashboard::setLogScale(bool on)
{
    m_logScale->setChecked(on);
}

bool Dashboard::logScale() const
{
    return m_logScale->isChecked();
}

MetricBarChart *Dashboard::chart(int metric) const
{
    return m_charts.value(metric);
}

QList<PlotWidget *> Dashboard::plots() const
{
    QList<PlotWidget *> out;
    for (MetricBarChart *c : m_charts)
        out << c->plot();
    out << m_tradeoff->plot() << m_lifecycle->plot() << m_serving->sweepPlot() << m_serving->boundaryPlot()
        << m_tornado->plot() << m_schedule->plot();
    return out;
}

void Dashboard::copyTableToClipboard() const
{
    QApplication::clipboard()->setText(m_model->toTsv());
}

} // namespace greenlight::ui
