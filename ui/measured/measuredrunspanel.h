#pragma once

#include "calibration/calibrationreport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QCPAxisRect;
class QCPBars;

namespace greenlight::ui {

class Document;
class PlotWidget;

// The "Measured runs" dock (issue 8): the imported runs with their provenance and link, and for
// one scenario the core's comparison of its linked runs with the estimate, what the runs imply
// (power per accelerator, PUE, intensity) and the calibration proposal, applied as one undo step.
class MeasuredRunsPanel : public QWidget
{
    Q_OBJECT

public:
    // Columns of the runs table.
    // Key numbers first: the dock is narrow.
    enum Column
    {
        Name,
        Energy,
        Co2e,
        Duration,
        Linked,
        Tool,
        Version,
        File,
        ColumnCount
    };

    explicit MeasuredRunsPanel(Document &document, QWidget *parent = nullptr);

    QTableWidget *runsTable() const { return m_runs; }
    QTableWidget *comparisonTable() const { return m_comparison; }
    QTableWidget *derivationTable() const { return m_derivations; }
    QComboBox *scenarioCombo() const { return m_scenario; }
    QComboBox *linkCombo(int row) const;
    QPushButton *calibrateButton() const { return m_calibrate; }
    PlotWidget *plot() const { return m_plot; }
    // Index of the scenario compared below, or -1.
    int comparedScenario() const;
    const CalibrationReport &report() const { return m_report; }

    // Shows the proposal (old → new, with the measurements as source) and applies it on OK.
    void calibrate();

    // Whether the panel is on screen: a dock behind another dock's tab stays "visible" to Qt
    // (moved off screen), so the main window passes on its dock's visibilityChanged.
    void setOnScreen(bool onScreen);

signals:
    void importRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildRuns();
    void rebuildScenarios();
    void rebuildComparison();
    void rebuildChart();
    void selectScenarioOfRun(int row);

    Document &m_document;
    QTableWidget *m_runs = nullptr;
    QPushButton *m_remove = nullptr;
    QComboBox *m_scenario = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_comparison = nullptr;
    QTableWidget *m_derivations = nullptr;
    QPushButton *m_calibrate = nullptr;
    PlotWidget *m_plot = nullptr;
    // New results while the panel is hidden (a tab behind others) rebuild it when shown, not on
    // every what-if step.
    bool m_comparisonStale = false;
    bool m_onScreen = true;
    QCPAxisRect *m_co2eRect = nullptr;
    QCPBars *m_energyMeasured = nullptr;
    QCPBars *m_energyEstimated = nullptr;
    QCPBars *m_co2eMeasured = nullptr;
    QCPBars *m_co2eEstimated = nullptr;
    CalibrationReport m_report;
};

} // namespace greenlight::ui
