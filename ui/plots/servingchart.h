#pragma once

#include <QObject>
#include <QStringList>

namespace greenlight::ui {

class Document;
class PlotWidget;

// Adapter for the Serving tab. Left: the selected scenario's deployment swept over the batch size
// (IT energy per request and accelerator energy per output token, latency per output token on the
// right axis), its operating point marked. Right: energy per request of every deploying scenario
// stacked by boundary (accelerators, host, idle capacity, facility overhead), so a reader sees
// which boundary another tool's figure used. The core computes both (ServingSweep,
// servingBoundaries); this only draws them.
class ServingChart : public QObject
{
    Q_OBJECT

public:
    ServingChart(Document &document, PlotWidget *sweep, PlotWidget *boundaries, QObject *parent = nullptr);

    // Redraws when visible; a hidden tab is redrawn when shown (showing(): what-if drags stay in
    // their frame budget).
    void refresh();
    void showing();
    PlotWidget *sweepPlot() const { return m_sweep; }
    PlotWidget *boundaryPlot() const { return m_boundaries; }
    // Batch sizes drawn on the sweep, for tests.
    QList<double> sweepBatches() const { return m_batches; }
    // Scenario names of the boundary bars, for tests.
    QStringList boundaryScenarios() const { return m_scenarios; }

private:
    void refreshSweep();
    void refreshBoundaries();

    Document &m_document;
    PlotWidget *m_sweep;
    PlotWidget *m_boundaries;
    QList<double> m_batches;
    QStringList m_scenarios;
    QStringList m_hover; // per boundary bar: the full name and the parts
    bool m_stale = true;
};

} // namespace greenlight::ui
