#include "scenario/scenariolistpanel.h"

#include "document/document.h"
#include "document/scenariolistmodel.h"
#include "qtutil/qtconvert.h"
#include "shell/palette.h"
#include "shell/preferences.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QListView>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace greenlight::ui {

namespace {

QToolButton *button(QWidget *parent, const QString &text, const QString &tip, QStyle::StandardPixmap icon)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setIcon(parent->style()->standardIcon(icon));
    b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    b->setAutoRaise(true);
    return b;
}

} // namespace

ScenarioListPanel::ScenarioListPanel(Document &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_model = new ScenarioListModel(document, this);
    m_view = new QListView(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setAccessibleName(tr("Scenarios"));
    m_view->setUniformItemSizes(true);

    auto *add = button(this, tr("Add"), tr("Add a scenario"), QStyle::SP_FileDialogNewFolder);
    m_duplicate =
        button(this, tr("Duplicate"), tr("Duplicate the selected scenario"), QStyle::SP_FileLinkIcon);
    m_remove = button(this, tr("Delete"), tr("Delete the selected scenario"), QStyle::SP_TrashIcon);
    m_up = button(this, tr("Up"), tr("Move up"), QStyle::SP_ArrowUp);
    m_down = button(this, tr("Down"), tr("Move down"), QStyle::SP_ArrowDown);
    m_color = button(this, tr("Colour"), tr("Choose the scenario's colour"), QStyle::SP_DesktopIcon);
    m_baseline = button(this, tr("Baseline"), tr("Mark as the baseline for comparisons"),
                        QStyle::SP_DialogApplyButton);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    for (QToolButton *b : {add, m_duplicate, m_remove, m_up, m_down, m_color, m_baseline})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    connect(add, &QToolButton::clicked, this, &ScenarioListPanel::addScenario);
    connect(m_duplicate, &QToolButton::clicked, this,
            [this] { m_document.duplicateScenario(m_document.currentIndex()); });
    connect(m_remove, &QToolButton::clicked, this,
            [this] { m_document.removeScenario(m_document.currentIndex()); });
    connect(m_up, &QToolButton::clicked, this, [this] {
        const int i = m_document.currentIndex();
        m_document.moveScenario(i, i - 1);
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        const int i = m_document.currentIndex();
        m_document.moveScenario(i, i + 1);
    });
    connect(m_color, &QToolButton::clicked, this, &ScenarioListPanel::chooseColor);
    connect(m_baseline, &QToolButton::clicked, this,
            [this] { m_document.setBaseline(m_document.currentIndex()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_document.setCurrentIndex(current.row());
            });
    connect(&document, &Document::currentChanged, this, &ScenarioListPanel::syncSelection);
    connect(&document, &Document::scenariosChanged, this, &ScenarioListPanel::syncSelection);
    syncSelection();
}

void ScenarioListPanel::addScenario()
{
    // A new scenario starts as a copy of the selected one's hardware and site: the common case
    // is "the same, but ...". Without a selection, a small fine-tuning run.
    Scenario s;
    const int current = m_document.currentIndex();
    if (current >= 0) {
        s = m_document.scenario(current);
        s.notes.clear();
        s.published.reset();
        s.color.clear();
    } else {
        s.workloadMode = WorkloadMode::DevicesDuration;
        s.durationHours = 24;
        s.acceleratorId = "a100-sxm-80gb";
        s.acceleratorCount = 8;
        const QString region = Preferences().defaultRegion();
        s.regionId = region.isEmpty() ? "USA" : ss(region);
    }
    s.name = ss(tr("New scenario"));
    m_document.addScenario(s, current + 1);
}

void ScenarioListPanel::chooseColor()
{
    const int i = m_document.currentIndex();
    if (i < 0)
        return;
    const QColor c =
        QColorDialog::getColor(scenarioColor(m_document.scenario(i), i), this, tr("Scenario colour"));
    if (!c.isValid())
        return;
    Scenario s = m_document.scenario(i);
    s.color = ss(c.name());
    m_document.editScenario(i, s, tr("Change colour"));
}

void ScenarioListPanel::syncSelection()
{
    const int i = m_document.currentIndex();
    if (i >= 0 && m_view->currentIndex().row() != i)
        m_view->setCurrentIndex(m_model->index(i));
    updateButtons();
}

void ScenarioListPanel::updateButtons()
{
    const int i = m_document.currentIndex();
    const int n = m_document.scenarioCount();
    m_duplicate->setEnabled(i >= 0);
    m_remove->setEnabled(i >= 0);
    m_up->setEnabled(i > 0);
    m_down->setEnabled(i >= 0 && i + 1 < n);
    m_color->setEnabled(i >= 0);
    m_baseline->setEnabled(i >= 0 && i != m_document.baselineIndex());
}

} // namespace greenlight::ui
