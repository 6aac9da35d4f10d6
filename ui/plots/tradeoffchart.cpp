#include "tradeoffchart.h"

#include "moneyticker.h"

#include "compare/pareto.h"
#include "document/document.h"
#include "labelplacer.h"
#include "plotwidget.h"
#include "qtutil/qtconvert.h"
#include "shell/palette.h"
#include "util/numberformat.h"

namespace greenlight::ui {

TradeoffChart::TradeoffChart(Document &document, PlotWidget *plot, QObject *parent)
    : QObject(parent), m_document(document), m_plot(plot), m_costTicker(new MoneyTicker)
{
    m_plot->setTitle(tr("Trade-off: CO2e against cost"));
    m_plot->xAxis->setLabel(tr("Cost (USD)"));
    m_plot->yAxis->setLabel(tr("CO2e, total (t)"));
    m_plot->xAxis->setTicker(m_costTicker);
    m_frontLine = m_plot->addGraph();
    m_frontLine->setName(tr("Pareto front (no scenario is both cleaner and cheaper)"));
    m_frontLine->setPen(QPen(okabeIto(2), 2, Qt::DashLine));
    m_points = m_plot->addGraph();
    m_points->setName(tr("Scenarios"));
    m_points->setLineStyle(QCPGraph::lsNone);
    m_points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, okabeIto(0), 9));
    m_co2eRange = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
    m_co2eRange->setDataPlottable(m_points);
    m_co2eRange->setErrorType(QCPErrorBars::etValueError);
    m_co2eRange->setName(tr("P5–P95 (Monte Carlo)"));
    m_costRange = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
    m_costRange->setDataPlottable(m_points);
    m_costRange->setErrorType(QCPErrorBars::etKeyError);
    m_costRange->removeFromLegend();
    for (QCPErrorBars *bars : {m_co2eRange, m_costRange}) {
        bars->setPen(QPen(okabeIto(0).darker(130), 1));
        bars->setWhiskerWidth(6);
    }
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->setHoverText([this](const QPointF &pos) { return hoverText(pos); });
    connect(m_plot, &PlotWidget::pointClicked, this, [this](QCPAbstractPlottable *p, int dataIndex) {
        if (p == m_points && dataIndex >= 0 && static_cast<std::size_t>(dataIndex) < m_indices.size())
            emit pointClicked(m_indices[static_cast<std::size_t>(dataIndex)]);
    });
    // Labels are placed in pixels, so once the layout (size, ranges) of each replot is known.
    connect(m_plot, &QCustomPlot::afterLayout, this, &TradeoffChart::placeLabels);
    connect(&document, &Document::resultsChanged, this, &TradeoffChart::refresh);
    connect(&document, &Document::currencyChanged, this, &TradeoffChart::refresh);
    refresh();
}

void TradeoffChart::refresh()
{
    for (QCPItemText *item : m_labels)
        m_plot->removeItem(item);
    for (QCPItemLine *item : m_leaders)
        m_plot->removeItem(item);
    m_labels.clear();
    m_leaders.clear();
    m_anchors.clear();
    m_indices.clear();
    std::vector<double> cost;
    std::vector<double> co2e;
    for (int i = 0; i < m_document.scenarioCount(); ++i) {
        const auto &r = m_document.result(i);
        if (!m_document.scenario(i).includeInComparison || !r.resolved)
            continue;
        m_indices.push_back(i);
        cost.push_back(m_document.money().convert(r.estimate[Output::CostUsd])); // display currency
        co2e.push_back(r.estimate[Output::Co2eTotalKg] / 1000.0);
    }
    // QCPGraph sorts by key; keep data indices aligned with m_indices by sorting ourselves.
    std::vector<std::size_t> order(m_indices.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return cost[a] < cost[b]; });
    std::vector<int> sortedIndices;
    QVector<double> xs, ys;
    for (std::size_t k : order) {
        sortedIndices.push_back(m_indices[k]);
        xs.push_back(cost[k]);
        ys.push_back(co2e[k]);
    }
    m_indices = sortedIndices;
    m_points->setData(xs, ys, true);
    m_plot->xAxis->setLabel(tr("Cost (%1)").arg(m_document.money().code()));
    m_costTicker->setMoney(m_document.money());
    // Error bars in the same (cost-sorted) order as the points.
    QVector<double> co2eMinus, co2ePlus, costMinus, costPlus;
    for (int i : m_indices) {
        const auto &r = m_document.result(i);
        const double c = r.estimate[Output::Co2eTotalKg] / 1000.0;
        const Money &money = m_document.money();
        const double u = money.convert(r.estimate[Output::CostUsd]);
        const OutputRange none{};
        const OutputRange &rc = r.ranges ? (*r.ranges)[Output::Co2eTotalKg] : none;
        const OutputRange &ru = r.ranges ? (*r.ranges)[Output::CostUsd] : none;
        co2eMinus << (r.ranges ? std::max(0.0, c - rc.p5 / 1000.0) : 0.0);
        co2ePlus << (r.ranges ? std::max(0.0, rc.p95 / 1000.0 - c) : 0.0);
        costMinus << (r.ranges ? std::max(0.0, u - money.convert(ru.p5)) : 0.0);
        costPlus << (r.ranges ? std::max(0.0, money.convert(ru.p95) - u) : 0.0);
    }
    m_co2eRange->setData(co2eMinus, co2ePlus);
    m_costRange->setData(costMinus, costPlus);

    const std::vector<double> vx(xs.begin(), xs.end());
    const std::vector<double> vy(ys.begin(), ys.end());
    m_front.clear();
    QVector<double> fx, fy;
    for (std::size_t k : paretoFront(vx, vy)) {
        m_front.push_back(m_indices[k]);
        fx.push_back(vx[k]);
        fy.push_back(vy[k]);
    }
    m_frontLine->setData(fx, fy, true);

    for (std::size_t k = 0; k < m_indices.size(); ++k) {
        auto *label = new QCPItemText(m_plot);
        QString text = qs(m_document.scenario(m_indices[k]).name);
        if (text.size() > 26)
            text = text.left(25) + QChar(0x2026);
        label->setText(text);
        label->setColor(m_plot->palette().color(QPalette::WindowText));
        label->position->setCoords(vx[k], vy[k]);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setPadding(QMargins());
        QFont f = m_plot->font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        label->setFont(f);
        m_labels.push_back(label);
        m_anchors.emplace_back(vx[k], vy[k]);
        auto *leader = new QCPItemLine(m_plot);
        leader->setPen(QPen(m_plot->palette().color(QPalette::Mid), 1));
        leader->setVisible(false);
        m_leaders.push_back(leader);
    }
    m_plot->rescaleAxes();
    const QCPRange xr = m_plot->xAxis->range();
    const QCPRange yr = m_plot->yAxis->range();
    m_plot->xAxis->setRange(0, xr.upper > 0 ? xr.upper * 1.25 : 1);
    m_plot->yAxis->setRange(0, yr.upper > 0 ? yr.upper * 1.15 : 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TradeoffChart::placeLabels()
{
    std::vector<QPointF> points;
    std::vector<QSizeF> sizes;
    points.reserve(m_labels.size());
    sizes.reserve(m_labels.size());
    for (std::size_t k = 0; k < m_labels.size(); ++k) {
        points.emplace_back(m_plot->xAxis->coordToPixel(m_anchors[k].x()),
                            m_plot->yAxis->coordToPixel(m_anchors[k].y()));
        sizes.push_back(QFontMetricsF(m_labels[k]->font()).boundingRect(m_labels[k]->text()).size() +
                        QSizeF(2, 0));
    }
    const auto placed = LabelPlacer::place(points, sizes, m_plot->axisRect()->rect());
    for (std::size_t k = 0; k < placed.size(); ++k) {
        const QRectF &r = placed[k].rect;
        m_labels[k]->position->setCoords(m_plot->xAxis->pixelToCoord(r.left()),
                                         m_plot->yAxis->pixelToCoord(r.top()));
        QCPItemLine *leader = m_leaders[k];
        leader->setVisible(placed[k].leader);
        if (!placed[k].leader)
            continue;
        // To the label's nearer vertical edge, at its middle.
        const double edge = r.center().x() > points[k].x() ? r.left() : r.right();
        leader->start->setCoords(m_anchors[k]);
        leader->end->setCoords(m_plot->xAxis->pixelToCoord(edge),
                               m_plot->yAxis->pixelToCoord(r.center().y()));
    }
}

QString TradeoffChart::hoverText(const QPointF &pos) const
{
    double best = 12; // pixels
    int found = -1;
    for (const int index : m_indices) {
        const auto &e = m_document.result(index).estimate;
        const double px = m_plot->xAxis->coordToPixel(m_document.money().convert(e[Output::CostUsd]));
        const double py = m_plot->yAxis->coordToPixel(e[Output::Co2eTotalKg] / 1000.0);
        const double d = std::hypot(px - pos.x(), py - pos.y());
        if (d < best) {
            best = d;
            found = index;
        }
    }
    if (found < 0)
        return {};
    const auto &e = m_document.result(found).estimate;
    return QStringLiteral("<b>%1</b><br>%2<br>%3")
        .arg(qs(m_document.scenario(found).name).toHtmlEscaped(), qs(formatMassKg(e[Output::Co2eTotalKg])),
             m_document.money().format(e[Output::CostUsd]));
}

} // namespace greenlight::ui
