#include "experimentrunseditor.h"

#include "qtutil/qtconvert.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace greenlight::ui {

namespace {

enum Column
{
    NameColumn,
    SizeColumn,
    BasisColumn,
    ColumnCount
};
enum Basis
{
    ShareOfMainRun,
    AcceleratorHours
};

// The share is stored as a fraction and shown in per cent, as people size sweeps.
constexpr double kPercent = 100.0;

} // namespace

ExperimentRunsEditor::ExperimentRunsEditor(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("experimentRuns"));
    m_table->setAccessibleName(tr("Extra runs"));
    m_table->setHorizontalHeaderLabels({tr("Run"), tr("Size"), tr("Measured as")});
    m_table->horizontalHeaderItem(NameColumn)->setToolTip(tr("A name for the run, e.g. \"LR sweep\""));
    m_table->horizontalHeaderItem(SizeColumn)
        ->setToolTip(tr("Per cent of the main run's compute, or accelerator-hours"));
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BasisColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);
    // The editor lives in a narrow dock: the table scrolls rather than widening the form.
    m_table->setMinimumWidth(0);
    m_table->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_add = new QPushButton(tr("Add run"), this);
    m_add->setToolTip(tr("Add an extra run (a sweep, an ablation, a failed start)"));
    m_remove = new QPushButton(tr("Remove run"), this);
    m_remove->setToolTip(tr("Remove the selected run"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("experimentRunsError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette warn = m_error->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x20));
    m_error->setPalette(warn);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &ExperimentRunsEditor::addRun);
    connect(m_remove, &QPushButton::clicked, this, &ExperimentRunsEditor::removeCurrentRun);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_updating && item->column() == NameColumn)
            propose(tr("Rename experiment run"));
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0 && row < m_table->rowCount()); });
    m_remove->setEnabled(false);
}

void ExperimentRunsEditor::setRuns(const std::vector<ExperimentRun> &runs)
{
    m_updating = true;
    // Same length: update in place, so a spin box being typed in keeps its focus.
    if (m_table->rowCount() != static_cast<int>(runs.size())) {
        m_table->setRowCount(0);
        for (std::size_t r = 0; r < runs.size(); ++r)
            insertRow(static_cast<int>(r), runs[r]);
    } else {
        for (std::size_t r = 0; r < runs.size(); ++r)
            showRow(static_cast<int>(r), runs[r]);
    }
    m_error->setVisible(false);
    m_error->clear();
    m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->currentRow() < m_table->rowCount());
    m_updating = false;
}

void ExperimentRunsEditor::insertRow(int row, const ExperimentRun &run)
{
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem);
    auto *size = new QDoubleSpinBox(m_table);
    size->setKeyboardTracking(false);
    size->setAlignment(Qt::AlignRight);
    size->setGroupSeparatorShown(true);
    size->setAccessibleName(tr("Size of run %1").arg(row + 1));
    auto *basis = new QComboBox(m_table);
    basis->addItem(tr("% of main run"), ShareOfMainRun);
    basis->addItem(tr("accelerator-hours"), AcceleratorHours);
    basis->setAccessibleName(tr("Basis of run %1").arg(row + 1));
    m_table->setCellWidget(row, SizeColumn, size);
    m_table->setCellWidget(row, BasisColumn, basis);
    showRow(row, run);
    connect(size, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_updating)
            propose(tr("Resize experiment run"));
    });
    connect(basis, &QComboBox::activated, this, [this] {
        if (!m_updating)
            propose(tr("Change experiment run basis"));
    });
}

void ExperimentRunsEditor::showRow(int row, const ExperimentRun &run)
{
    const QSignalBlocker block(m_table);
    m_table->item(row, NameColumn)->setText(qs(run.name));
    auto *size = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, SizeColumn));
    auto *basis = qobject_cast<QComboBox *>(m_table->cellWidget(row, BasisColumn));
    const QSignalBlocker b1(size), b2(basis);
    const bool hours = run.acceleratorHours.has_value();
    basis->setCurrentIndex(hours ? AcceleratorHours : ShareOfMainRun);
    if (hours) {
        size->setRange(0, 1e9);
        size->setDecimals(0);
        size->setSuffix(QString());
        size->setValue(*run.acceleratorHours);
    } else {
        size->setRange(0, 10000);
        size->setDecimals(1);
        size->setSuffix(QStringLiteral(" %"));
        size->setValue(run.fraction.value_or(0) * kPercent);
    }
}

std::vector<ExperimentRun> ExperimentRunsEditor::runs() const
{
    std::vector<ExperimentRun> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ExperimentRun run;
        run.name = ss(m_table->item(row, NameColumn)->text().trimmed());
        const auto *size = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, SizeColumn));
        const auto *basis = qobject_cast<QComboBox *>(m_table->cellWidget(row, BasisColumn));
        if (basis->currentData().toInt() == AcceleratorHours)
            run.acceleratorHours = size->value();
        else
            run.fraction = size->value() / kPercent;
        out.push_back(std::move(run));
    }
    return out;
}

QString ExperimentRunsEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text(); // isVisible() is false in a hidden tab
}

void ExperimentRunsEditor::addRun()
{
    std::vector<ExperimentRun> list = runs();
    ExperimentRun run;
    run.name = ss(tr("Run %1").arg(list.size() + 1));
    run.fraction = 0.1; // a visible starting size the user then sets; 10 % is one short sweep arm
    list.push_back(std::move(run));
    emit runsEdited(list, tr("Add experiment run"));
}

void ExperimentRunsEditor::removeCurrentRun()
{
    const int row = m_table->currentRow();
    std::vector<ExperimentRun> list = runs();
    if (row < 0 || row >= static_cast<int>(list.size()))
        return;
    list.erase(list.begin() + row);
    emit runsEdited(list, tr("Remove experiment run"));
}

void ExperimentRunsEditor::propose(const QString &text)
{
    const std::vector<ExperimentRun> list = runs();
    for (std::size_t r = 0; r < list.size(); ++r)
        if (list[r].name.empty()) {
            m_error->setText(
                tr("Run %1: the name must not be empty; the change was not applied.").arg(r + 1));
            m_error->setVisible(true);
            return;
        }
    m_error->setVisible(false);
    emit runsEdited(list, text);
}

} // namespace greenlight::ui
