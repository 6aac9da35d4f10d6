#pragma once

#include "compare/breakdown.h"

#include <QObject>
#include <QVector>

#include <vector>

class QCPBars;
class QCPErrorBars;
class QCPGraph;

namespace greenlight::ui {

class Document;
class PlotWidget;

// Adapter: one metric (CO2e, energy, cost or water) per included scenario, stacked by component,
// in an adaptive unit (kg/t/kt, kWh/MWh/GWh, …). Holds no data beyond the rendering.
class MetricBarChart : public QObject
{
    Q_OBJECT

public:
    MetricBarChart(Document &document, Breakdown::Metric metric, PlotWidget *plot, QObject *parent = nullptr);

    void refresh();
    PlotWidget *plot() const { return m_plot; }
    // Logarithmic axis: one bar per scenario (the total; components do not stack on a log axis), so
    // a 7B plan stays visible beside GPT-3.
    void setLogScale(bool on);
    bool logScale() const { return m_log; }
    // Plotted values of one component (in the chart's display unit) and the divisor to the
    // metric's base unit, for tests.
    QVector<double> componentValues(const QString &key) const;
    double unitDivisor() const { return m_divisor; }
    // The whiskers' P5 and P95 in display units (empty when no scenario has a range).
    QVector<double> whiskerLow() const;
    QVector<double> whiskerHigh() const;
    // Scenario indices in bar order.
    const std::vector<int> &scenarioIndices() const { return m_indices; }

signals:
    void barClicked(int scenarioIndex, Breakdown::Metric metric);

private:
    void applyScale(const QVector<double> &ticks, const QVector<double> &totals, double smallest,
                    double largest);
    void applyLabels();
    void fitLabels();
    QString hoverText(const QPointF &pos) const;

    Document &m_document;
    Breakdown::Metric m_metric;
    PlotWidget *m_plot;
    std::vector<QCPBars *> m_bars;
    QCPGraph *m_totals = nullptr;       // invisible carrier of the whiskers at the bar ends
    QCPErrorBars *m_whiskers = nullptr; // P5–P95 of the total
    std::vector<QString> m_keys;
    std::vector<int> m_indices;
    QVector<double> m_ticks;
    QVector<QString> m_labels; // scenario names, one per bar
    int m_labelStep = 1;       // every n-th name is written when the bars are thinner than a line
    double m_divisor = 1;
    QString m_unit;
    bool m_log = false;
    QCPBars *m_totalBars = nullptr; // the log view's bars
};

} // namespace greenlight::ui
