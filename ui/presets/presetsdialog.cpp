#include "presets/presetsdialog.h"

#include "compare/publishedcomparison.h"
#include "document/document.h"
#include "embeddedfiles.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "i18n/localformat.h"
#include "io/presetsfile.h"
#include "qtutil/qtconvert.h"
#include "shell/preferences.h"
#include "util/numberformat.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace greenlight::ui {

namespace {

// Published figures are shown as printed: thousands separated, two decimals below 1,000.
QString number(double v)
{
    return QLocale().toString(v, 'f', std::abs(v) >= 1000 ? 0 : 2);
}

// Inputs as a person reads them: 1,000,000,000,000 rather than 1e+12.
QString plain(double v)
{
    return v == std::round(v) && std::abs(v) < 1e18 ? QLocale().toString(v, 'f', 0)
                                                    : QLocale().toString(v, 'g', 6);
}

QString ratioText(const std::optional<double> &ratio)
{
    return ratio ? QLocale().toString(*ratio, 'f', 3) : QStringLiteral("—");
}

QTableWidgetItem *cell(const QString &text, const QVariant &value = {}, Qt::Alignment align = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(align | Qt::AlignVCenter);
    if (value.isValid())
        item->setData(Qt::UserRole, value);
    return item;
}

QTableWidget *makeTable(int columns, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

} // namespace

PresetsDialog::PresetsDialog(Document &document, QWidget *parent) : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("presetsDialog"));
    setWindowTitle(tr("Presets"));
    PresetsLoadResult loaded =
        PresetsFile::parse(embedded::file("presets/presets.json"), m_document.catalog());
    m_presets = std::move(loaded.presets);

    auto *intro = new QLabel(tr("Start from a published training run — its authors' own inputs, with the "
                                "footprint they reported beside Greenlight's estimate — or from a template."),
                             this);
    intro->setWordWrap(true);

    m_list =
        makeTable(ColumnCount,
                  {tr("Preset"), tr("Kind"), tr("Published CO₂e"), tr("Greenlight CO₂e"), tr("Ratio")}, this);
    m_list->setObjectName(QStringLiteral("presetGallery"));
    m_list->setAccessibleName(tr("Presets"));
    m_list->setToolTip(
        tr("Published runs show the reported footprint, Greenlight's estimate from the same "
           "inputs and their ratio (estimate ÷ published). Double-click to add to the project."));
    m_list->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int c = KindColumn; c < ColumnCount; ++c)
        m_list->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    // Details of the selected preset
    auto *details = new QWidget(this);
    m_title = new QLabel(details);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_kind = new QLabel(details);
    m_kind->setForegroundRole(QPalette::PlaceholderText);
    m_description = new QLabel(details);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_comparison = makeTable(3, {tr("Published"), tr("Greenlight"), tr("Ratio")}, details);
    m_comparison->setObjectName(QStringLiteral("presetComparison"));
    m_comparison->setAccessibleName(tr("Published footprint and Greenlight's estimate"));
    m_comparison->setToolTip(
        tr("Greenlight's estimate of the run from the inputs below, beside the published "
           "figure. Ratio = estimate ÷ published."));
    m_comparison->verticalHeader()->show();
    m_comparison->setSelectionMode(QAbstractItemView::NoSelection);
    m_comparison->setFocusPolicy(Qt::NoFocus);
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparison->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparison->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_comparison->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_source = new QLabel(details);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_inputs = new QTextBrowser(details);
    m_inputs->setObjectName(QStringLiteral("presetInputs"));
    m_inputs->setAccessibleName(tr("Inputs of the preset"));
    m_inputs->setOpenLinks(false);
    m_inputs->setFrameShape(QFrame::NoFrame);
    m_inputs->viewport()->setAutoFillBackground(false);

    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_kind);
    detailLayout->addWidget(m_description);
    detailLayout->addSpacing(6);
    detailLayout->addWidget(m_comparison);
    detailLayout->addWidget(m_source);
    detailLayout->addWidget(m_inputs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(tr("&Add to Project"), QDialogButtonBox::AcceptRole);
    m_add->setToolTip(tr("Add the preset's scenario to the open project (one undo step)."));
    m_open = buttons->addButton(tr("&Open as New Project"), QDialogButtonBox::ActionRole);
    m_open->setToolTip(tr("Start a new project holding only this scenario."));
    buttons->addButton(QDialogButtonBox::Close);
    m_add->setDefault(true);
    connect(m_add, &QPushButton::clicked, this, &PresetsDialog::addToProject);
    connect(m_open, &QPushButton::clicked, this, &PresetsDialog::openAsNewProject);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    if (!loaded.issues.empty()) {
        QStringList problems;
        for (const Issue &i : loaded.issues)
            problems << qs(i.toString());
        auto *warning = new QLabel(
            tr("Some presets could not be loaded: %1").arg(problems.join(QLatin1String("; "))), this);
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
    layout->addWidget(buttons);

    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) { showPreset(row); });
    connect(m_list, &QTableWidget::cellDoubleClicked, this, [this] { addToProject(); });
    fillGallery();

    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(1120, screen.width() - 80), std::min(640, screen.height() - 80));
    selectPreset(0);
}

std::optional<Estimate> PresetsDialog::estimateFor(const Preset &preset) const
{
    Issues issues;
    const auto resolved = Resolver(m_document.catalog()).resolve(scenarioFor(preset), issues);
    if (!resolved)
        return std::nullopt;
    return Estimator::compute(*resolved);
}

Scenario PresetsDialog::scenarioFor(const Preset &preset) const
{
    Scenario s = preset.scenario;
    const QString region = Preferences().defaultRegion();
    if (preset.kind == Preset::Kind::Template && !region.isEmpty() &&
        m_document.catalog().region(ss(region)) != nullptr)
        s.regionId = ss(region);
    return s;
}

void PresetsDialog::fillGallery()
{
    m_list->setRowCount(static_cast<int>(m_presets.size()));
    for (std::size_t i = 0; i < m_presets.size(); ++i) {
        const Preset &p = m_presets[i];
        const int row = static_cast<int>(i);
        const bool published = p.kind == Preset::Kind::Published;
        auto *title = cell(qs(p.title));
        title->setToolTip(qs(p.description));
        m_list->setItem(row, TitleColumn, title);
        m_list->setItem(row, KindColumn, cell(published ? tr("Published run") : tr("Template")));
        const std::optional<Estimate> e = estimateFor(p);
        const auto right = Qt::AlignRight;
        if (published && e) {
            const PublishedComparison c = PublishedComparison::of(*p.scenario.published, *e);
            if (c.co2eT) {
                m_list->setItem(row, PublishedColumn,
                                cell(tr("%1 t").arg(number(c.co2eT->published)), c.co2eT->published, right));
                m_list->setItem(row, EstimateColumn,
                                cell(tr("%1 t").arg(number(c.co2eT->estimated)), c.co2eT->estimated, right));
                m_list->setItem(row, RatioColumn,
                                cell(ratioText(c.co2eT->ratio),
                                     c.co2eT->ratio ? QVariant(*c.co2eT->ratio) : QVariant(), right));
            }
        } else {
            m_list->setItem(row, PublishedColumn, cell(QStringLiteral("—"), {}, right));
            m_list->setItem(row, EstimateColumn,
                            e ? cell(LocalFormat().mass((*e)[Output::Co2eLocationKg]),
                                     (*e)[Output::Co2eLocationKg], right)
                              : cell(tr("invalid"), {}, right));
            m_list->setItem(row, RatioColumn, cell(QStringLiteral("—"), {}, right));
        }
    }
}

int PresetsDialog::currentPreset() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < static_cast<int>(m_presets.size()) ? row : -1;
}

void PresetsDialog::selectPreset(int index)
{
    if (index >= 0 && index < m_list->rowCount())
        m_list->setCurrentCell(index, TitleColumn);
    showPreset(currentPreset());
}

void PresetsDialog::showPreset(int index)
{
    const bool valid = index >= 0 && index < static_cast<int>(m_presets.size());
    m_add->setEnabled(valid);
    m_open->setEnabled(valid);
    m_comparison->setRowCount(0);
    if (!valid) {
        m_title->clear();
        m_kind->clear();
        m_description->clear();
        m_source->clear();
        m_inputs->clear();
        return;
    }
    const Preset &p = m_presets[static_cast<std::size_t>(index)];
    const bool published = p.kind == Preset::Kind::Published;
    m_title->setText(qs(p.title));
    m_kind->setText(published ? tr("Published training run")
                              : tr("Template — adapt the inputs to your plan"));
    m_description->setText(qs(p.description));
    const std::optional<Estimate> e = estimateFor(p);

    m_comparison->setColumnHidden(0, !published);
    m_comparison->setColumnHidden(2, !published);
    const auto right = Qt::AlignRight;
    auto addRow = [this](const QString &label) {
        const int row = m_comparison->rowCount();
        m_comparison->insertRow(row);
        m_comparison->setVerticalHeaderItem(row, new QTableWidgetItem(label));
        return row;
    };
    if (published && e) {
        const PublishedComparison c = PublishedComparison::of(*p.scenario.published, *e);
        auto put = [&](const QString &label, const std::optional<PublishedComparison::Figure> &f) {
            if (!f)
                return;
            const int row = addRow(label);
            m_comparison->setItem(row, 0, cell(number(f->published), f->published, right));
            m_comparison->setItem(row, 1, cell(number(f->estimated), f->estimated, right));
            m_comparison->setItem(
                row, 2, cell(ratioText(f->ratio), f->ratio ? QVariant(*f->ratio) : QVariant(), right));
        };
        put(c.energyIsFacility ? tr("Energy, MWh (facility)") : tr("Energy, MWh (IT, before PUE)"),
            c.energyMWh);
        put(tr("CO₂e, t (location-based)"), c.co2eT);
        put(tr("Accelerator-hours"), c.acceleratorHours);
        m_source->setText(tr("Source: %1").arg(qs(c.source)));
    } else if (e) {
        auto put = [&](const QString &label, const QString &text, double value) {
            const int row = addRow(label);
            m_comparison->setItem(row, 1, cell(text, value, right));
        };
        const LocalFormat f;
        put(tr("Energy (facility)"), f.energy((*e)[Output::FacilityEnergyKWh]),
            (*e)[Output::FacilityEnergyKWh]);
        put(tr("CO₂e (location-based)"), f.mass((*e)[Output::Co2eLocationKg]), (*e)[Output::Co2eLocationKg]);
        put(tr("Cost"), m_document.money().format((*e)[Output::CostUsd]), (*e)[Output::CostUsd]);
        put(tr("Wall-clock time"), f.hours((*e)[Output::WallClockHours]), (*e)[Output::WallClockHours]);
        m_source->setText(
            tr("Estimate with the catalog's defaults for everything the template leaves open."));
    }
    int height = m_comparison->horizontalHeader()->height() + 2 * m_comparison->frameWidth();
    for (int r = 0; r < m_comparison->rowCount(); ++r)
        height += m_comparison->rowHeight(r);
    m_comparison->setFixedHeight(height);

    // The inputs, as the editor will show them
    const Scenario s = scenarioFor(p);
    const Catalog &catalog = m_document.catalog();
    const Accelerator *acc = catalog.accelerator(s.acceleratorId);
    const Region *region = s.regionId.empty() ? nullptr : catalog.region(s.regionId);
    QString html =
        QStringLiteral("<p><b>%1</b></p><table cellspacing='2'>").arg(tr("Inputs").toHtmlEscaped());
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    switch (s.workloadMode) {
    case WorkloadMode::AcceleratorHours:
        row(tr("Accelerator-hours"), plain(s.acceleratorHours) + tr(" h"));
        break;
    case WorkloadMode::DevicesDuration:
        row(tr("Duration"), plain(s.durationHours) + tr(" h"));
        break;
    case WorkloadMode::FirstPrinciples:
        row(tr("Model"), tr("%1 billion parameters").arg(plain(s.parametersB)));
        row(tr("Tokens"), plain(s.tokens));
        break;
    case WorkloadMode::MeasuredEnergy:
        if (s.measuredItEnergyKWh)
            row(tr("Measured IT energy"), plain(*s.measuredItEnergyKWh) + tr(" kWh"));
        break;
    }
    row(tr("Hardware"), tr("%1 × %2").arg(s.acceleratorCount).arg(acc ? qs(acc->name) : qs(s.acceleratorId)));
    if (s.powerW)
        row(tr("Power per accelerator"), plain(*s.powerW) + tr(" W"));
    if (region)
        row(tr("Region"), qs(region->name));
    if (s.intensityGPerKWh)
        row(tr("Grid intensity"), plain(*s.intensityGPerKWh) + tr(" g CO₂e/kWh"));
    if (s.pue)
        row(tr("PUE"), plain(*s.pue));
    html += QStringLiteral("</table>");
    if (!s.notes.empty())
        html += QStringLiteral("<p>%1</p>").arg(qs(s.notes).toHtmlEscaped());
    m_inputs->setHtml(html);
}

void PresetsDialog::addToProject()
{
    const int index = currentPreset();
    if (index < 0)
        return;
    m_document.addScenario(scenarioFor(m_presets[static_cast<std::size_t>(index)]));
    accept();
}

void PresetsDialog::openAsNewProject()
{
    const int index = currentPreset();
    if (index < 0 || (m_canReplace && !m_canReplace()))
        return;
    const Preset &p = m_presets[static_cast<std::size_t>(index)];
    Project project;
    project.name = p.title;
    project.notes = p.description;
    project.scenarios.push_back(scenarioFor(p));
    m_document.setProject(std::move(project), QString());
    accept();
}

} // namespace greenlight::ui
