#pragma once

#include <QObject>

class QCPBars;

namespace greenlight::ui {

class Document;
class PlotWidget;

// Adapter: the sensitivity tornado of the selected scenario — for every uncertain input, how far
// the total CO2e moves when that input goes to the low and to the high end of its range, largest
// swing on top. The core ranks the inputs; this only draws them.
class TornadoChart : public QObject
{
    Q_OBJECT

public:
    TornadoChart(Document &document, PlotWidget *plot, QObject *parent = nullptr);

    void refresh();
    PlotWidget *plot() const { return m_plot; }
    // Input keys in drawing order (largest swing first), for tests.
    QStringList inputKeys() const { return m_keys; }

private:
    Document &m_document;
    PlotWidget *m_plot;
    QCPBars *m_low = nullptr;
    QCPBars *m_high = nullptr;
    QStringList m_keys;
};

} // namespace greenlight::ui
