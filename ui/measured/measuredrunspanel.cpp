#include "measured/measuredrunspanel.h"

#include "document/document.h"
#include "i18n/localformat.h"
#include "plots/plotwidget.h"
#include "qtutil/qtconvert.h"
#include "shell/palette.h"
#include "util/numberformat.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace greenlight::ui {

namespace {

QString number(double v, const char *unit)
{
    return LocalFormat().number(v, 4) + QLatin1Char(' ') + QString::fromUtf8(unit);
}

// formatMassKg rounds a few mg to "0.00 g"; measured runs are often that small.
QString massText(double kg)
{
    return kg > 0 && kg < 1e-5 ? LocalFormat().number(kg * 1000.0, 3) + QObject::tr(" g CO2e")
                               : LocalFormat().mass(kg);
}

QString ratioText(const std::optional<double> &r)
{
    return r ? LocalFormat().number(*r, 3) : QObject::tr("n/a");
}

QTableWidgetItem *cell(const QString &text, bool numeric = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (numeric)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    // Run and scenario names are long: elide in the middle, where file names differ least.
    t->horizontalHeader()->setMaximumSectionSize(180);
    t->setTextElideMode(Qt::ElideMiddle);
    t->setWordWrap(false);
    return t;
}

// Provenance of a run as a tooltip: what the tool wrote, nothing recomputed.
QString provenance(const MeasuredRun &m)
{
    QStringList lines;
    lines << QObject::tr("File: %1").arg(qs(m.fileName));
    lines << QObject::tr("Tool: %1 %2").arg(qs(m.tool), qs(m.toolVersion));
    if (!m.startedAt.empty())
        lines << QObject::tr("Started: %1").arg(qs(m.startedAt));
    lines << QObject::tr("Imported: %1").arg(qs(m.importedAt));
    QStringList hardware;
    if (!m.gpuModel.empty() || m.gpuCount)
        hardware << QStringLiteral("%1 × GPU %2").arg(m.gpuCount.value_or(1)).arg(qs(m.gpuModel));
    if (!m.cpuModel.empty() || m.cpuCount)
        hardware << QStringLiteral("%1 × CPU %2").arg(m.cpuCount.value_or(1)).arg(qs(m.cpuModel));
    if (!hardware.isEmpty())
        lines << QObject::tr("Hardware: %1").arg(hardware.join(QStringLiteral(", ")));
    QStringList site;
    for (const std::string *s : {&m.region, &m.country, &m.cloudProvider, &m.cloudRegion})
        if (!s->empty())
            site << qs(*s);
    if (!site.isEmpty())
        lines << QObject::tr("Site: %1").arg(site.join(QStringLiteral(", ")));
    if (m.pue)
        lines << QObject::tr("PUE applied by the tool: %1 (%2)")
                     .arg(LocalFormat().number(*m.pue, 4), qs(m.pueSource));
    if (!m.notes.empty())
        lines << QObject::tr("Notes: %1").arg(qs(m.notes));
    return lines.join(QLatin1Char('\n')).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

void styleBars(QCPBars *bars, const QColor &color, const QString &name)
{
    bars->setBrush(color);
    bars->setPen(QPen(color.darker(140)));
    bars->setWidth(0.35);
    bars->setName(name);
}

} // namespace

MeasuredRunsPanel::MeasuredRunsPanel(Document &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("measuredRunsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    // Runs and their links.
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    auto *import = new QPushButton(tr("Import…"), top);
    import->setToolTip(tr("Import a CodeCarbon emissions.csv or Carbontracker log"));
    m_remove = new QPushButton(tr("Remove"), top);
    buttons->addWidget(import);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    topLayout->addLayout(buttons);
    m_runs = table({tr("Name"), tr("Energy"), tr("CO2e"), tr("Duration"), tr("Linked scenario"), tr("Tool"),
                    tr("Version"), tr("File")},
                   top);
    m_runs->setMinimumHeight(m_runs->verticalHeader()->defaultSectionSize() * 4 +
                             m_runs->fontMetrics().height() + 12);
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runs->setAccessibleName(tr("Measured runs"));
    topLayout->addWidget(m_runs);
    connect(import, &QPushButton::clicked, this, &MeasuredRunsPanel::importRequested);
    connect(m_remove, &QPushButton::clicked, this,
            [this] { m_document.removeMeasuredRun(m_runs->currentRow()); });
    connect(m_runs, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_remove->setEnabled(row >= 0);
        selectScenarioOfRun(row);
    });

    // Comparison with the scenario the runs are linked to.
    auto *middle = new QWidget(splitter);
    auto *midLayout = new QVBoxLayout(middle);
    midLayout->setContentsMargins(0, 0, 0, 0);
    auto *pick = new QHBoxLayout;
    auto *scenarioLabel = new QLabel(tr("Compare scenario:"), middle);
    m_scenario = new QComboBox(middle);
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    scenarioLabel->setBuddy(m_scenario);
    m_calibrate = new QPushButton(tr("Calibrate scenario…"), middle);
    m_calibrate->setToolTip(
        tr("Set the power per accelerator, PUE and grid intensity the linked runs imply"));
    pick->addWidget(scenarioLabel);
    pick->addWidget(m_scenario, 1);
    pick->addWidget(m_calibrate);
    midLayout->addLayout(pick);
    m_status = new QLabel(middle);
    m_status->setWordWrap(true);
    midLayout->addWidget(m_status);
    m_comparison = table({tr("Run"), tr("Quantity"), tr("Ratio"), tr("Measured"), tr("Estimated")}, middle);
    m_comparison->setAccessibleName(tr("Measured vs estimated"));
    m_comparison->setToolTip(
        tr("Ratio = measured / estimated. Energy is facility energy (after PUE), CO2e is "
           "operational, location-based: what CodeCarbon and Carbontracker report."));
    midLayout->addWidget(m_comparison, 3);
    m_derivations = table(
        {tr("Run"), tr("W/accel. (with PUE)"), tr("W/accel. (IT)"), tr("PUE"), tr("g CO2e/kWh")}, middle);
    m_derivations->setAccessibleName(tr("What each run implies"));
    midLayout->addWidget(m_derivations, 2);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &MeasuredRunsPanel::rebuildComparison);
    connect(m_calibrate, &QPushButton::clicked, this, &MeasuredRunsPanel::calibrate);

    // Chart: energy and CO2e side by side (different units, so two axis rects).
    m_plot = new PlotWidget(tr("Measured vs estimated"), splitter);
    m_plot->setMinimumHeight(180);
    QCPAxisRect *energyRect = m_plot->axisRect();
    m_plot->plotLayout()->take(energyRect);
    m_plot->plotLayout()->simplify();
    auto *rects = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, rects);
    m_co2eRect = new QCPAxisRect(m_plot);
    rects->addElement(0, 0, energyRect);
    rects->addElement(0, 1, m_co2eRect);
    m_plot->moveLegendBelow();
    const QColor measured = okabeIto(0);
    const QColor estimated = okabeIto(1);
    m_energyMeasured = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_energyEstimated = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_co2eMeasured = new QCPBars(m_co2eRect->axis(QCPAxis::atBottom), m_co2eRect->axis(QCPAxis::atLeft));
    m_co2eEstimated = new QCPBars(m_co2eRect->axis(QCPAxis::atBottom), m_co2eRect->axis(QCPAxis::atLeft));
    styleBars(m_energyMeasured, measured, tr("Measured"));
    styleBars(m_energyEstimated, estimated, tr("Estimated"));
    styleBars(m_co2eMeasured, measured, tr("Measured"));
    styleBars(m_co2eEstimated, estimated, tr("Estimated"));
    m_co2eMeasured->removeFromLegend();
    m_co2eEstimated->removeFromLegend();
    auto *energyGroup = new QCPBarsGroup(m_plot);
    energyGroup->append(m_energyMeasured);
    energyGroup->append(m_energyEstimated);
    auto *co2eGroup = new QCPBarsGroup(m_plot);
    co2eGroup->append(m_co2eMeasured);
    co2eGroup->append(m_co2eEstimated);
    // Log scale: a measured test run can be 10⁴ times below the planned training and would
    // vanish on a linear axis.
    m_plot->yAxis->setLabel(tr("Energy (kWh, log)"));
    m_co2eRect->axis(QCPAxis::atLeft)->setLabel(tr("CO2e (kg, log)"));
    for (QCPAxis *axis : {m_plot->yAxis, m_co2eRect->axis(QCPAxis::atLeft)}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        axis->setNumberFormat(QStringLiteral("eb"));
        axis->setNumberPrecision(0);
    }
    QFont tickFont = m_plot->font();
    tickFont.setPointSizeF(tickFont.pointSizeF() * 0.85);
    for (QCPAxisRect *rect : {energyRect, m_co2eRect})
        for (QCPAxis *axis : {rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft)}) {
            axis->setTickLabelFont(tickFont);
            axis->setLabelFont(tickFont);
            axis->setBasePen(m_plot->xAxis->basePen());
            axis->setTickPen(m_plot->xAxis->tickPen());
            axis->setSubTickPen(m_plot->xAxis->subTickPen());
            axis->setTickLabelColor(m_plot->xAxis->tickLabelColor());
            axis->setLabelColor(m_plot->xAxis->labelColor());
            axis->grid()->setPen(m_plot->xAxis->grid()->pen());
        }
    m_plot->setHoverText([this](const QPointF &pos) {
        for (QCPBars *bars : {m_energyMeasured, m_energyEstimated, m_co2eMeasured, m_co2eEstimated}) {
            QVariant details;
            const double distance = bars->selectTest(pos, false, &details);
            if (distance >= 0 && distance < 2) {
                const auto sel = details.value<QCPDataSelection>();
                if (sel.isEmpty())
                    continue;
                const auto it = bars->data()->at(sel.dataRange().begin());
                const std::size_t i = static_cast<std::size_t>(sel.dataRange().begin());
                if (i >= m_report.comparisons.size())
                    continue;
                const bool energy = bars == m_energyMeasured || bars == m_energyEstimated;
                return QStringLiteral("%1 — %2: %3")
                    .arg(qs(m_report.comparisons[i].runName), bars->name(),
                         energy ? LocalFormat().energy(it->value) : massText(it->value));
            }
        }
        return QString();
    });
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);

    connect(&document, &Document::measuredRunsChanged, this, [this] {
        rebuildRuns();
        rebuildScenarios();
    });
    connect(&document, &Document::scenariosChanged, this, [this] {
        rebuildRuns();
        rebuildScenarios();
    });
    connect(&document, &Document::resultsChanged, this, [this] {
        if (isVisible() && m_onScreen)
            rebuildComparison();
        else
            m_comparisonStale = true;
    });
    rebuildRuns();
    rebuildScenarios();
}

QComboBox *MeasuredRunsPanel::linkCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_runs->cellWidget(row, Linked));
}

int MeasuredRunsPanel::comparedScenario() const
{
    const QString name = m_scenario->currentData().toString();
    for (int i = 0; i < m_document.scenarioCount(); ++i)
        if (qs(m_document.scenario(i).name) == name)
            return i;
    return -1;
}

void MeasuredRunsPanel::rebuildRuns()
{
    const int keep = m_runs->currentRow();
    m_runs->setRowCount(m_document.measuredRunCount());
    for (int r = 0; r < m_document.measuredRunCount(); ++r) {
        const MeasuredRun &m = m_document.measuredRun(r);
        m_runs->setItem(r, Name, cell(qs(m.name)));
        m_runs->setItem(r, Tool, cell(qs(m.tool)));
        m_runs->setItem(r, Version, cell(qs(m.toolVersion)));
        m_runs->setItem(r, File, cell(qs(m.fileName)));
        m_runs->setItem(r, Duration, cell(LocalFormat().hours(m.durationS / 3600.0), true));
        m_runs->setItem(r, Energy, cell(LocalFormat().energy(m.energyKWh), true));
        m_runs->setItem(r, Co2e, cell(massText(m.emissionsKg), true));
        const QString tip = provenance(m);
        for (int c = 0; c < Linked; ++c)
            m_runs->item(r, c)->setToolTip(tip);
        auto *link = new QComboBox(m_runs);
        link->setAccessibleName(tr("Linked scenario of %1").arg(qs(m.name)));
        link->addItem(tr("(not linked)"), QString());
        for (int s = 0; s < m_document.scenarioCount(); ++s)
            link->addItem(qs(m_document.scenario(s).name), qs(m_document.scenario(s).name));
        link->setCurrentIndex(std::max(0, link->findData(qs(m.linkedScenario))));
        connect(link, &QComboBox::activated, this,
                [this, r, link] { m_document.linkMeasuredRun(r, ss(link->currentData().toString())); });
        m_runs->setCellWidget(r, Linked, link);
    }
    m_runs->setCurrentCell(std::min(keep, m_runs->rowCount() - 1), 0);
    m_remove->setEnabled(m_runs->currentRow() >= 0);
}

void MeasuredRunsPanel::rebuildScenarios()
{
    // Only scenarios with linked runs can be compared; the selection follows names, not rows.
    const QString keep = m_scenario->currentData().toString();
    QSignalBlocker block(m_scenario);
    m_scenario->clear();
    for (int s = 0; s < m_document.scenarioCount(); ++s) {
        const std::string &name = m_document.scenario(s).name;
        int linked = 0;
        for (int r = 0; r < m_document.measuredRunCount(); ++r)
            if (m_document.measuredRun(r).linkedScenario == name)
                ++linked;
        if (linked > 0)
            m_scenario->addItem(tr("%1 (%n run(s))", nullptr, linked).arg(qs(name)), qs(name));
    }
    const int found = m_scenario->findData(keep);
    m_scenario->setCurrentIndex(found >= 0 ? found : 0);
    m_scenario->setEnabled(m_scenario->count() > 0);
    rebuildComparison();
}

void MeasuredRunsPanel::selectScenarioOfRun(int row)
{
    if (row < 0 || row >= m_document.measuredRunCount())
        return;
    const int found = m_scenario->findData(qs(m_document.measuredRun(row).linkedScenario));
    if (found >= 0)
        m_scenario->setCurrentIndex(found);
}

void MeasuredRunsPanel::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    if (m_onScreen && m_comparisonStale)
        rebuildComparison();
}

void MeasuredRunsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_comparisonStale)
        rebuildComparison();
}

void MeasuredRunsPanel::rebuildComparison()
{
    m_comparisonStale = false;
    const int index = comparedScenario();
    m_report = index >= 0 ? m_document.calibration(index) : CalibrationReport{};
    if (index < 0) {
        m_status->setText(
            m_document.measuredRunCount() == 0
                ? tr("Import a CodeCarbon or Carbontracker file (File → Import measured run…, or "
                     "drop it on the window), then link it to a scenario.")
                : tr("Link a run to a scenario to compare it with the estimate."));
    } else if (!m_report.ok()) {
        QStringList errors;
        for (const Issue &i : m_report.issues)
            errors << qs(i.toString());
        m_status->setText(errors.join(QLatin1Char('\n')));
    } else {
        m_status->setText(
            tr("Ratio = measured / estimated (facility energy, operational location-based CO2e)."));
    }

    m_comparison->setRowCount(0);
    for (const RunComparison &c : m_report.comparisons) {
        const struct
        {
            QString quantity, measured, estimated;
            std::optional<double> ratio;
        } rows[] = {
            {tr("Energy"), LocalFormat().energy(c.measuredEnergyKWh),
             LocalFormat().energy(c.estimatedEnergyKWh), c.energyRatio},
            {tr("CO2e"), massText(c.measuredCo2eKg), massText(c.estimatedCo2eKg), c.co2eRatio},
            {tr("Duration"), LocalFormat().hours(c.measuredDurationH),
             LocalFormat().hours(c.estimatedDurationH), c.durationRatio},
        };
        for (const auto &row : rows) {
            const int r = m_comparison->rowCount();
            m_comparison->insertRow(r);
            m_comparison->setItem(r, 0, cell(&row == rows ? qs(c.runName) : QString()));
            m_comparison->setItem(r, 1, cell(row.quantity));
            m_comparison->setItem(r, 2, cell(ratioText(row.ratio), true));
            m_comparison->setItem(r, 3, cell(row.measured, true));
            m_comparison->setItem(r, 4, cell(row.estimated, true));
        }
    }

    m_derivations->setRowCount(static_cast<int>(m_report.derivations.size()));
    for (int r = 0; r < m_derivations->rowCount(); ++r) {
        const RunDerivation &d = m_report.derivations[static_cast<std::size_t>(r)];
        const QString accelerators = d.acceleratorsAssumed
                                         ? tr("%1 accelerator (assumed)").arg(d.accelerators)
                                         : tr("%n accelerator(s)", nullptr, d.accelerators);
        auto *name = cell(qs(d.runName));
        name->setToolTip(accelerators);
        m_derivations->setItem(r, 0, name);
        m_derivations->setItem(
            r, 1, cell(d.powerPerAcceleratorW ? number(*d.powerPerAcceleratorW, "W") : tr("n/a"), true));
        m_derivations->setItem(
            r, 2, cell(d.itPowerPerAcceleratorW ? number(*d.itPowerPerAcceleratorW, "W") : tr("n/a"), true));
        auto *pue = cell(LocalFormat().number(d.pue, 3) + (d.pueKnown ? QString() : tr(" (unknown)")), true);
        pue->setToolTip(d.pueKnown ? qs(d.pueSource) : tr("The tool did not say; 1 assumed"));
        m_derivations->setItem(r, 3, pue);
        m_derivations->setItem(
            r, 4, cell(d.intensityGPerKWh ? LocalFormat().number(*d.intensityGPerKWh, 4) : tr("n/a"), true));
    }
    m_calibrate->setEnabled(m_report.ok() && !m_report.proposal.changes.empty());
    rebuildChart();
}

void MeasuredRunsPanel::rebuildChart()
{
    QVector<double> keys, energyM, energyE, co2eM, co2eE;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double k = 1;
    for (const RunComparison &c : m_report.comparisons) {
        keys << k;
        energyM << c.measuredEnergyKWh;
        energyE << c.estimatedEnergyKWh;
        co2eM << c.measuredCo2eKg;
        co2eE << c.estimatedCo2eKg;
        QString label = qs(c.runName);
        if (label.size() > 11)
            label = label.left(10) + QChar(0x2026);
        ticker->addTick(k, label);
        k += 1;
    }
    m_energyMeasured->setData(keys, energyM, true);
    m_energyEstimated->setData(keys, energyE, true);
    m_co2eMeasured->setData(keys, co2eM, true);
    m_co2eEstimated->setData(keys, co2eE, true);
    QCPAxis *co2eAxis = m_co2eRect->axis(QCPAxis::atLeft);
    for (QCPAxis *axis : {m_plot->xAxis, m_co2eRect->axis(QCPAxis::atBottom)}) {
        axis->setTicker(ticker);
        axis->setRange(0.4, std::max(1.0, k - 1) + 0.6);
        axis->grid()->setVisible(false);
    }
    // Whole decades around the values; the bars start at the lower one.
    const auto fit = [](QCPAxis *axis, const QVector<double> &a, const QVector<double> &b,
                        std::initializer_list<QCPBars *> bars) {
        double lo = 0, hi = 0;
        for (const QVector<double> *values : {&a, &b})
            for (double v : *values)
                if (v > 0) {
                    lo = lo > 0 ? std::min(lo, v) : v;
                    hi = std::max(hi, v);
                }
        if (!(lo > 0)) {
            lo = 0.1;
            hi = 1;
        }
        const QCPRange range(std::pow(10.0, std::floor(std::log10(lo))),
                             std::pow(10.0, std::ceil(std::log10(hi * 1.001))));
        axis->setRange(range);
        for (QCPBars *series : bars)
            series->setBaseValue(range.lower);
    };
    fit(m_plot->yAxis, energyM, energyE, {m_energyMeasured, m_energyEstimated});
    fit(co2eAxis, co2eM, co2eE, {m_co2eMeasured, m_co2eEstimated});
    m_plot->replot();
}

void MeasuredRunsPanel::calibrate()
{
    const int index = comparedScenario();
    if (index < 0 || !m_report.ok() || m_report.proposal.changes.empty())
        return;
    const CalibrationProposal proposal = m_report.proposal;

    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("calibrationDialog"));
    dialog.setWindowTitle(tr("Calibrate “%1”").arg(qs(proposal.scenarioName)));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Median over %n measured run(s); applied as one undo step, with the "
                                    "measurements recorded as the source in the scenario notes.",
                                    nullptr, static_cast<int>(proposal.runNames.size())),
                                 &dialog));
    auto *changes =
        table({tr("Field"), tr("Now"), tr("Proposed"), tr("Spread"), tr("Runs"), tr("Source")}, &dialog);
    changes->setObjectName(QStringLiteral("proposalTable"));
    changes->setRowCount(static_cast<int>(proposal.changes.size()));
    for (int r = 0; r < changes->rowCount(); ++r) {
        const CalibrationChange &c = proposal.changes[static_cast<std::size_t>(r)];
        const char *unit = c.unit == "ratio" ? "" : c.unit.c_str();
        changes->setItem(r, 0, cell(qs(c.path)));
        changes->setItem(
            r, 1,
            cell(number(c.resolvedBefore, unit) + (c.scenarioValue ? QString() : tr(" (catalog)")), true));
        changes->setItem(r, 2, cell(number(c.value, unit), true));
        changes->setItem(
            r, 3,
            cell(LocalFormat().number(c.low, 4) + QStringLiteral("–") + LocalFormat().number(c.high, 4),
                 true));
        changes->setItem(r, 4, cell(QString::number(c.runs), true));
        auto *source = cell(qs(c.source));
        source->setToolTip(qs(c.source));
        changes->setItem(r, 5, source);
    }
    layout->addWidget(changes);
    QStringList notes;
    for (const std::string &n : proposal.notes)
        notes << qs(n);
    notes << tr("Facility energy: %1 → %2; CO2e (location-based): %3 → %4.")
                 .arg(LocalFormat().energy(m_report.before[Output::FacilityEnergyKWh]),
                      LocalFormat().energy(m_report.after[Output::FacilityEnergyKWh]),
                      LocalFormat().mass(m_report.before[Output::Co2eLocationKg]),
                      LocalFormat().mass(m_report.after[Output::Co2eLocationKg]));
    auto *noteLabel = new QLabel(notes.join(QLatin1Char('\n')), &dialog);
    noteLabel->setWordWrap(true);
    noteLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(noteLabel);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    box->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(box);
    dialog.resize(860, 320);
    if (dialog.exec() == QDialog::Accepted)
        m_document.applyCalibration(index, proposal);
}

} // namespace greenlight::ui
