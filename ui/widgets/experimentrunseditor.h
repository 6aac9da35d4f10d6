#pragma once

#include "model/levers.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace greenlight::ui {

// The experiment-budget lever's run list (sweeps, ablations, failed starts): one row per run with
// its name and its size, either a share of the main run's compute or absolute accelerator-hours.
// It holds no document state: setRuns() shows a list, runsEdited() proposes a new one, which the
// owner turns into one undo command. Spin boxes cannot hold a negative or non-numeric size; an
// empty name is flagged inline and not proposed.
class ExperimentRunsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ExperimentRunsEditor(QWidget *parent = nullptr);

    void setRuns(const std::vector<ExperimentRun> &runs);
    std::vector<ExperimentRun> runs() const;
    QTableWidget *table() const { return m_table; }
    QString errorText() const;

    // Row actions, also used by the buttons (tests drive them directly).
    void addRun();
    void removeCurrentRun();

signals:
    // One proposal per committed change (spin boxes do not track keystrokes): one undo step each.
    void runsEdited(const std::vector<ExperimentRun> &runs, const QString &text);

private:
    void insertRow(int row, const ExperimentRun &run);
    void showRow(int row, const ExperimentRun &run);
    void propose(const QString &text);

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
    bool m_updating = false;
};

} // namespace greenlight::ui
