#pragma once

#include <QObject>

namespace greenlight::ui {

class Document;
class PlotWidget;

// Adapter: the hourly grid intensity of the selected scenario's region (when the catalog has an
// hourly profile for it), with the best window to run the scenario shaded — the core's Scheduler
// places a job of the run's wall-clock duration and facility energy. Drag or zoom to look closer.
class ScheduleChart : public QObject
{
    Q_OBJECT

public:
    ScheduleChart(Document &document, PlotWidget *plot, QObject *parent = nullptr);

    void refresh();
    PlotWidget *plot() const { return m_plot; }
    // The shaded window, UTC seconds (0, 0 when nothing is planned), for tests.
    std::pair<double, double> shadedWindow() const { return m_window; }

private:
    Document &m_document;
    PlotWidget *m_plot;
    std::pair<double, double> m_window{0, 0};
};

} // namespace greenlight::ui
