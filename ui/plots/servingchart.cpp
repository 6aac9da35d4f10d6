#include "servingchart.h"

#include "document/document.h"
#include "i18n/localformat.h"
#include "lifecycle/servingboundaries.h"
#include "plotwidget.h"
#include "qtutil/qtconvert.h"
#include "serving/servingsweep.h"
#include "shell/palette.h"

#include <cmath>

namespace greenlight::ui {

namespace {

void centredNote(PlotWidget *plot, const QString &text)
{
    auto *note = new QCPItemText(plot);
    note->position->setType(QCPItemPosition::ptAxisRectRatio);
    note->position->setCoords(0.5, 0.5);
    note->setText(text);
    note->setColor(plot->palette().color(QPalette::WindowText));
}

QSharedPointer<QCPAxisTickerLog> logTicker()
{
    QSharedPointer<QCPAxisTickerLog> t(new QCPAxisTickerLog);
    t->setLogBase(10);
    t->setSubTickCount(8);
    return t;
}

} // namespace

ServingChart::ServingChart(Document &document, PlotWidget *sweep, PlotWidget *boundaries, QObject *parent)
    : QObject(parent), m_document(document), m_sweep(sweep), m_boundaries(boundaries)
{
    m_sweep->setTitle(tr("Serving: energy and latency against the batch size"));
    m_sweep->xAxis->setLabel(tr("Requests decoded together (batch)"));
    m_sweep->xAxis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> batchTicker(new QCPAxisTickerLog);
    batchTicker->setLogBase(2);
    m_sweep->xAxis->setTicker(batchTicker);
    m_sweep->xAxis->setNumberFormat(QStringLiteral("f"));
    m_sweep->xAxis->setNumberPrecision(0);
    m_sweep->yAxis->setLabel(tr("Energy per request (Wh), per output token (J)"));
    m_sweep->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_sweep->yAxis->setTicker(logTicker());
    m_sweep->yAxis->setNumberFormat(QStringLiteral("g"));
    m_sweep->yAxis2->setVisible(true);
    m_sweep->yAxis2->setLabel(tr("Latency per output token (ms)"));
    m_sweep->yAxis2->setScaleType(QCPAxis::stLogarithmic);
    m_sweep->yAxis2->setTicker(logTicker());
    m_sweep->yAxis2->setNumberFormat(QStringLiteral("g"));
    m_sweep->moveLegendBelow();

    m_boundaries->setTitle(tr("Energy per request by boundary (Wh)"));
    m_boundaries->setHoverText([this](const QPointF &pos) {
        const int index = static_cast<int>(std::lround(m_boundaries->yAxis->pixelToCoord(pos.y()))) - 1;
        return index >= 0 && index < m_hover.size() ? m_hover.at(index) : QString();
    });
    m_boundaries->xAxis->setLabel(tr("Wh per request"));
    m_boundaries->xAxis->ticker()->setTickCount(3); // a narrow chart: few, readable ticks
    m_boundaries->moveLegendBelow();
    connect(&document, &Document::resultsChanged, this, &ServingChart::refresh);
    connect(&document, &Document::currentChanged, this, &ServingChart::refresh);
    refresh();
}

void ServingChart::refresh()
{
    m_stale = true;
    if (m_sweep->isVisible())
        showing();
}

void ServingChart::showing()
{
    if (!m_stale)
        return;
    m_stale = false;
    refreshSweep();
    refreshBoundaries();
}

void ServingChart::refreshSweep()
{
    m_sweep->clearGraphs();
    m_sweep->clearItems();
    m_batches.clear();
    const int i = m_document.currentIndex();
    const auto *ev = i >= 0 && m_document.result(i).evaluation ? &*m_document.result(i).evaluation : nullptr;
    const DeploymentResult *d = ev != nullptr && ev->deployment ? &*ev->deployment : nullptr;
    if (d == nullptr || !d->servingModelUsed) {
        centredNote(m_sweep, d == nullptr
                                 ? tr("The selected scenario has no deployment.\nAdd one in its "
                                      "Deployment section to see how batching moves energy and latency.")
                                 : tr("This deployment uses a measured energy per request:\nthe "
                                      "serving model has nothing to sweep."));
        m_sweep->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const auto sweep = ServingSweep::overBatch(d->point, d->constants, d->maxBatch);
    QVector<double> b, energy, perToken, latency;
    for (const ServingSweepPoint &p : sweep) {
        b << p.batch;
        energy << p.itEnergyPerRequestWh;
        perToken << p.gpuEnergyPerOutputTokenJ;
        latency << p.secondsPerOutputToken * 1000.0;
        m_batches << p.batch;
    }
    const QColor text = m_sweep->palette().color(QPalette::WindowText);
    QCPGraph *e = m_sweep->addGraph();
    e->setName(tr("IT energy per request (Wh)"));
    e->setPen(QPen(okabeIto(0), 2.5));
    e->setData(b, energy, true);
    QCPGraph *t = m_sweep->addGraph();
    t->setName(tr("accelerator energy per output token (J)"));
    t->setPen(QPen(okabeIto(2), 2, Qt::DashLine));
    t->setData(b, perToken, true);
    QCPGraph *l = m_sweep->addGraph(m_sweep->xAxis, m_sweep->yAxis2);
    l->setName(tr("latency per output token (ms)"));
    l->setPen(QPen(okabeIto(1), 2, Qt::DotLine));
    l->setData(b, latency, true);
    // The deployment's own operating point.
    QCPGraph *op = m_sweep->addGraph();
    op->setName(tr("this deployment (batch %1)").arg(LocalFormat().number(d->point.batch, 3)));
    op->setLineStyle(QCPGraph::lsNone);
    op->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, text, okabeIto(0), 10));
    op->addData(d->point.batch, d->perRequest.itEnergyPerRequestWh);
    const double lo = std::min(*std::min_element(energy.begin(), energy.end()),
                               *std::min_element(perToken.begin(), perToken.end()));
    const double hi = std::max(*std::max_element(energy.begin(), energy.end()),
                               *std::max_element(perToken.begin(), perToken.end()));
    m_sweep->xAxis->setRange(0.8, std::max(2.0, b.last() * 1.25));
    m_sweep->yAxis->setRange(lo / 1.5, hi * 1.5);
    m_sweep->yAxis2->setRange(*std::min_element(latency.begin(), latency.end()) / 1.5,
                              *std::max_element(latency.begin(), latency.end()) * 1.5);
    m_sweep->replot(QCustomPlot::rpQueuedReplot);
}

void ServingChart::refreshBoundaries()
{
    m_boundaries->clearPlottables();
    m_boundaries->clearItems();
    m_scenarios.clear();
    m_hover.clear();
    const QString names[] = {tr("accelerators (busy)"), tr("host (CPU, memory)"), tr("idle capacity"),
                             tr("facility overhead (PUE)")};
    QCPBars *parts[4] = {};
    for (int k = 0; k < 4; ++k) {
        parts[k] = new QCPBars(m_boundaries->yAxis, m_boundaries->xAxis); // horizontal: names stay readable
        parts[k]->setName(names[k]);
        parts[k]->setPen(Qt::NoPen);
        parts[k]->setBrush(okabeIto(k + 3));
        parts[k]->setWidth(0.6);
        if (k > 0)
            parts[k]->moveAbove(parts[k - 1]);
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double top = 0;
    double key = 0;
    for (int i = 0; i < m_document.scenarioCount(); ++i) {
        const Scenario &s = m_document.scenario(i);
        const auto &r = m_document.result(i);
        if (!s.includeInComparison || !r.evaluation || !r.evaluation->deployment)
            continue;
        const ServingBoundaries b = servingBoundaries(*r.evaluation->deployment);
        const double values[] = {b.acceleratorsWh, b.hostWh, b.idleWh, b.facilityOverheadWh};
        const LocalFormat f;
        m_hover << tr("%1\naccelerators %2 Wh, host %3 Wh, idle capacity %4 Wh, facility overhead %5 Wh; "
                      "embodied %6 g CO2e per request")
                       .arg(qs(s.name), f.number(b.acceleratorsWh, 3), f.number(b.hostWh, 3),
                            f.number(b.idleWh, 3), f.number(b.facilityOverheadWh, 3),
                            f.number(b.embodiedG, 3));
        key += 1;
        for (int k = 0; k < 4; ++k)
            parts[k]->addData(key, values[k]);
        top = std::max(top, values[0] + values[1] + values[2] + values[3]);
        // Long names are elided; the hover names the bar in full.
        const QFontMetrics fm(m_boundaries->yAxis->tickLabelFont());
        ticker->addTick(key, fm.elidedText(qs(s.name), Qt::ElideRight, fm.averageCharWidth() * 18));
        m_scenarios << qs(s.name);
    }
    m_boundaries->yAxis->setTicker(ticker);
    m_boundaries->yAxis->setRangeReversed(true); // the list's order, top to bottom
    m_boundaries->yAxis->setRange(0.4, key + 0.6);
    m_boundaries->xAxis->setRange(0, top > 0 ? top * 1.15 : 1);
    if (key == 0)
        centredNote(m_boundaries, tr("No scenario has a deployment yet."));
    m_boundaries->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace greenlight::ui
