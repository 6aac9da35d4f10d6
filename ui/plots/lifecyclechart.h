#pragma once

#include <QObject>
#include <QStringList>

namespace greenlight::ui {

class Document;
class PlotWidget;

// Adapter: cumulative CO2e over the deployment for every included scenario that has one (the
// training spike at month 0, then the inference slope), with the break-even points against the
// baseline marked. Break-even is computed by the core.
class LifecycleChart : public QObject
{
    Q_OBJECT

public:
    LifecycleChart(Document &document, PlotWidget *plot, QObject *parent = nullptr);

    void refresh();
    PlotWidget *plot() const { return m_plot; }
    // "scenario: N requests (date)" per marked break-even, for tests.
    QStringList breakEvenLabels() const { return m_breakEvens; }

private:
    Document &m_document;
    PlotWidget *m_plot;
    QStringList m_breakEvens;
};

} // namespace greenlight::ui
