#pragma once

#include <QObject>

class QCustomPlot;
class QCPBars;

namespace greenlight::ui {

class Document;

// Adapter: turns the Document's estimates into a stacked bar chart of CO2e per scenario
// (operational location-based + embodied). Holds no data of its own beyond the rendering.
class Co2eChart : public QObject
{
    Q_OBJECT

public:
    Co2eChart(const Document &document, QCustomPlot *plot, QObject *parent = nullptr);

    void refresh();
    // The plotted values (tonnes), exposed so tests can compare them with the core.
    QVector<double> operationalTonnes() const;
    QVector<double> embodiedTonnes() const;

private:
    const Document &m_document;
    QCustomPlot *m_plot;
    QCPBars *m_operational = nullptr;
    QCPBars *m_embodied = nullptr;
};

} // namespace greenlight::ui
