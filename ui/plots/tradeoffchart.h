#pragma once

#include <QObject>
#include <QPointF>
#include <QSharedPointer>

#include <vector>

class QCPGraph;
class QCPItemLine;
class QCPItemText;
class QCPErrorBars;

namespace greenlight::ui {

class Document;
class MoneyTicker;
class PlotWidget;

// Adapter: CO2e against cost, one labelled point per included scenario, the Pareto front
// (no other scenario is both cleaner and cheaper) drawn as a line.
class TradeoffChart : public QObject
{
    Q_OBJECT

public:
    TradeoffChart(Document &document, PlotWidget *plot, QObject *parent = nullptr);

    void refresh();
    PlotWidget *plot() const { return m_plot; }
    // Scenario indices on the front, in cost order (tests).
    const std::vector<int> &frontIndices() const { return m_front; }

signals:
    void pointClicked(int scenarioIndex);

private:
    QString hoverText(const QPointF &pos) const;
    void placeLabels();

    Document &m_document;
    PlotWidget *m_plot;
    QCPGraph *m_points = nullptr;
    QCPGraph *m_frontLine = nullptr;
    QCPErrorBars *m_co2eRange = nullptr;      // P5–P95 of the total CO2e
    QCPErrorBars *m_costRange = nullptr;      // P5–P95 of the cost
    QSharedPointer<MoneyTicker> m_costTicker; // shared with the axis
    std::vector<int> m_indices;
    std::vector<int> m_front;
    std::vector<QCPItemText *> m_labels;
    std::vector<QCPItemLine *> m_leaders; // from a point to its label when the label had to move
    std::vector<QPointF> m_anchors;       // each label's point, plot coordinates
};

} // namespace greenlight::ui
