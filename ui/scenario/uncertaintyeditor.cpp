#include "scenario/uncertaintyeditor.h"

#include "document/document.h"
#include "i18n/coretext.h"
#include "qtutil/qtconvert.h"
#include "util/numberformat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace greenlight::ui {

namespace {

enum Column
{
    InputColumn,
    CentralColumn,
    CatalogColumn,
    KindColumn,
    LowColumn,
    ModeColumn,
    HighColumn,
    ColumnCount
};

QDoubleSpinBox *spin(double value, QWidget *parent)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(-1e12, 1e12);
    s->setDecimals(4);
    s->setKeyboardTracking(false);
    s->setValue(value);
    s->setFrame(false);
    return s;
}

} // namespace

UncertaintyEditor::UncertaintyEditor(Document &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Input"), tr("Central"), tr("Catalog range"), tr("Your range"),
                                        tr("Low"), tr("Mode"), tr("High")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(80);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAccessibleName(tr("Input ranges"));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_table, 1);
    auto *hint =
        new QLabel(tr("Inputs set in the scenario are fixed unless you give them a range. Lognormal: "
                      "low and high are P5 and P95, mode the median."),
                   this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    // Queued: an edit made from a cell widget must not delete that widget while it emits.
    connect(&document, &Document::currentChanged, this, &UncertaintyEditor::refresh, Qt::QueuedConnection);
    connect(&document, &Document::resultsChanged, this, &UncertaintyEditor::refresh, Qt::QueuedConnection);
    refresh();
}

void UncertaintyEditor::setDistribution(const QString &key, const QString &kind, double low, double mode,
                                        double high)
{
    const int i = m_document.currentIndex();
    if (i < 0 || m_refreshing)
        return;
    Scenario s = m_document.scenario(i);
    Distribution d{};
    if (kind == QLatin1String("catalog")) {
        s.uncertainty.erase(ss(key));
    } else if (parseDistributionKind(ss(kind), d.kind)) {
        d.low = low;
        d.mode = mode;
        d.high = high;
        s.uncertainty[ss(key)] = d;
    } else {
        return;
    }
    m_document.editScenario(i, s, tr("Range of %1").arg(key));
}

void UncertaintyEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void UncertaintyEditor::refresh()
{
    const int i = m_document.currentIndex();
    setEnabled(i >= 0);
    if (i < 0 || m_refreshing)
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_refreshing = true;
    const Scenario &s = m_document.scenario(i);
    const auto &r = m_document.result(i);
    if (r.ranges) {
        const OutputRange &co2e = (*r.ranges)[Output::Co2eTotalKg];
        m_summary->setText(
            tr("Total CO2e (training): P5 %1, P50 %2, P95 %3 — %4 samples, seed %5, %6 varied inputs")
                .arg(qs(formatMassKg(co2e.p5)), qs(formatMassKg(co2e.p50)), qs(formatMassKg(co2e.p95)))
                .arg(r.ranges->samples)
                .arg(r.ranges->seed)
                .arg(r.ranges->variedInputs));
    } else {
        m_summary->setText(tr("This scenario cannot be estimated yet."));
    }
    m_table->setRowCount(0);
    if (!r.resolved) {
        m_refreshing = false;
        return;
    }
    for (std::size_t k = 0; k < kInputCount; ++k) {
        const auto in = static_cast<Input>(k);
        if (!r.resolved->provenance[k].used)
            continue;
        const QuantityInfo &q = info(in);
        const QString key = qs(std::string(q.key));
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *label = new QTableWidgetItem(trCore(q.label));
        label->setToolTip(QStringLiteral("%1 [%2]\n%3")
                              .arg(trCore(q.label), trCore(q.unit), qs(r.resolved->provenance[k].source)));
        label->setData(Qt::UserRole, key);
        m_table->setItem(row, InputColumn, label);
        m_table->setItem(row, CentralColumn,
                         new QTableWidgetItem(qs(formatNumber(r.resolved->value(in), 5))));
        const Distribution &range = r.resolved->ranges[k];
        m_table->setItem(row, CatalogColumn,
                         new QTableWidgetItem(range.isFixed() ? tr("fixed")
                                                              : QStringLiteral("%1 %2–%3")
                                                                    .arg(qs(distributionKindName(range.kind)),
                                                                         qs(formatNumber(range.low, 4)),
                                                                         qs(formatNumber(range.high, 4)))));
        auto *kind = new QComboBox(m_table);
        kind->addItem(tr("catalog / as set"), QStringLiteral("catalog"));
        for (const char *name : {"fixed", "triangular", "uniform", "lognormal"})
            kind->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
        const auto user = s.uncertainty.find(ss(key));
        const Distribution shown = user != s.uncertainty.end() ? user->second : range;
        kind->setCurrentIndex(
            user == s.uncertainty.end() ? 0 : kind->findData(qs(distributionKindName(user->second.kind))));
        m_table->setCellWidget(row, KindColumn, kind);
        auto *low = spin(shown.low, m_table);
        auto *mode = spin(shown.mode, m_table);
        auto *high = spin(shown.high, m_table);
        m_table->setCellWidget(row, LowColumn, low);
        m_table->setCellWidget(row, ModeColumn, mode);
        m_table->setCellWidget(row, HighColumn, high);
        const auto apply = [this, key, kind, low, mode, high] {
            setDistribution(key, kind->currentData().toString(), low->value(), mode->value(), high->value());
        };
        const double central = r.resolved->value(in);
        connect(kind, &QComboBox::activated, this, [this, key, kind, low, mode, high, central] {
            if (kind->currentData().toString() != QLatin1String("catalog") && low->value() == high->value()) {
                // A starting spread the user then edits; the core validates whatever is entered.
                const double v = central;
                low->setValue(v * 0.8);
                mode->setValue(v);
                high->setValue(v * 1.2);
            }
            setDistribution(key, kind->currentData().toString(), low->value(), mode->value(), high->value());
        });
        for (QDoubleSpinBox *box : {low, mode, high})
            connect(box, &QDoubleSpinBox::editingFinished, this, [kind, apply] {
                if (kind->currentData().toString() != QLatin1String("catalog"))
                    apply();
            });
    }
    m_table->setColumnWidth(InputColumn, 150);
    m_refreshing = false;
}

} // namespace greenlight::ui
