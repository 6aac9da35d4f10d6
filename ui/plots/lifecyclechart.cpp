#include "lifecyclechart.h"

#include "document/document.h"
#include "lifecycle/breakeven.h"
#include "plotwidget.h"
#include "qtutil/qtconvert.h"
#include "shell/palette.h"
#include "util/numberformat.h"

namespace greenlight::ui {

LifecycleChart::LifecycleChart(Document &document, PlotWidget *plot, QObject *parent)
    : QObject(parent), m_document(document), m_plot(plot)
{
    m_plot->setTitle(tr("Lifecycle: cumulative CO2e, training then inference"));
    m_plot->xAxis->setLabel(tr("Months after deployment start"));
    m_plot->yAxis->setLabel(tr("Cumulative CO2e (t)"));
    m_plot->moveLegendBelow();
    connect(&document, &Document::resultsChanged, this, &LifecycleChart::refresh);
    refresh();
}

void LifecycleChart::refresh()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_breakEvens.clear();
    const int baseline = m_document.baselineIndex();
    const auto *baseEval = baseline >= 0 && m_document.result(baseline).evaluation &&
                                   m_document.result(baseline).evaluation->deployment
                               ? &*m_document.result(baseline).evaluation
                               : nullptr;
    double maxMonth = 1;
    double maxValue = 0;
    bool any = false;
    for (int i = 0; i < m_document.scenarioCount(); ++i) {
        const Scenario &s = m_document.scenario(i);
        const auto &r = m_document.result(i);
        if (!s.includeInComparison || !r.evaluation || !r.evaluation->deployment)
            continue;
        any = true;
        QVector<double> x, y;
        for (const LifecyclePoint &p : r.evaluation->deployment->curve) {
            x << p.month;
            y << p.co2eKg / 1000.0;
            maxMonth = std::max(maxMonth, static_cast<double>(p.month));
            maxValue = std::max(maxValue, p.co2eKg / 1000.0);
        }
        QCPGraph *g = m_plot->addGraph();
        g->setName(qs(s.name));
        g->setPen(QPen(scenarioColor(s, i), i == baseline ? 3 : 2));
        g->setData(x, y, true);

        if (baseEval == nullptr || i == baseline)
            continue;
        Issues issues;
        const auto be =
            BreakEven::compute(m_document.scenario(baseline).name, *baseEval, s.name, *r.evaluation, issues);
        if (!be)
            continue;
        for (const BreakEvenMetric &m : be->metrics) {
            if (m.metric != "co2eKg" || m.status != "crossing" || !m.days)
                continue;
            const double month = BreakEven::monthsFromDays(*m.days);
            if (month > maxMonth * 1.5)
                continue; // beyond the deployment: stated in the label list, not drawn off-scale
            const double value = BreakEven::valueAtCrossing(m) / 1000.0;
            auto *marker = new QCPItemTracer(m_plot);
            marker->position->setCoords(month, value);
            marker->setStyle(QCPItemTracer::tsCircle);
            marker->setSize(10);
            marker->setPen(QPen(m_plot->palette().color(QPalette::WindowText), 2));
            auto *label = new QCPItemText(m_plot);
            label->position->setCoords(month, value);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
            label->setPadding(QMargins(8, 4, 0, 0));
            label->setColor(m_plot->palette().color(QPalette::WindowText));
            const QString text =
                tr("break-even after %1 requests%2")
                    .arg(qs(formatNumber(*m.requests, 3)),
                         m.date.empty() ? QString() : QStringLiteral(" (%1)").arg(qs(m.date)));
            label->setText(text);
            m_breakEvens << QStringLiteral("%1: %2").arg(qs(s.name), text);
        }
    }
    if (!any) {
        auto *note = new QCPItemText(m_plot);
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(0.5, 0.5);
        note->setText(
            tr("No scenario has a deployment yet.\nAdd one in the scenario's Deployment section to see\n"
               "training plus inference over time and the break-even points."));
        note->setColor(m_plot->palette().color(QPalette::WindowText));
    }
    m_plot->xAxis->setRange(0, maxMonth);
    m_plot->yAxis->setRange(0, maxValue > 0 ? maxValue * 1.1 : 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace greenlight::ui
