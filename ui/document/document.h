#pragma once

#include "analysis/analysisoptions.h"
#include "analysis/scenarioanalyser.h"
#include "calibration/calibrationreport.h"
#include "catalog/catalog.h"
#include "estimate/estimate.h"
#include "estimate/resolvedscenario.h"
#include "i18n/money.h"
#include "lifecycle/scenarioevaluator.h"
#include "model/project.h"
#include "review/checklist.h"
#include "review/recommendations.h"
#include "uncertainty/montecarlo.h"
#include "util/issue.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QTimer;
class QUndoStack;

namespace greenlight::ui {

// The open project. Owns the core Project and its undo stack, recomputes every scenario's
// estimate on change (microseconds each) and tells the views. Widgets never talk to each other:
// they edit through the command methods below (each one undo step) and listen to the signals.
class Document : public QObject
{
    Q_OBJECT

public:
    // One scenario through the whole pipeline (core/analysis, the same step the report and the
    // CLI take).
    using Evaluated = ScenarioAnalysis;

    explicit Document(const Catalog &catalog, QObject *parent = nullptr);

    const Catalog &catalog() const { return m_catalog; }
    const Project &project() const { return m_project; }
    const std::vector<Evaluated> &results() const { return m_results; }
    int scenarioCount() const { return static_cast<int>(m_project.scenarios.size()); }
    const Scenario &scenario(int index) const
    {
        return m_project.scenarios.at(static_cast<std::size_t>(index));
    }
    const Evaluated &result(int index) const { return m_results.at(static_cast<std::size_t>(index)); }
    // Index of the baseline scenario (the named one, else the first), or -1 when empty.
    int baselineIndex() const;

    QString filePath() const { return m_filePath; }
    // The older schema the open file was converted from (0: none). The first save over that file
    // keeps the original as ProjectFile::originalBackupPath() before replacing it.
    int migratedFrom() const { return m_migratedFrom; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    // Replacing the whole document. Loading validates everything; on failure the open project is
    // kept and `issues` says why.
    bool open(const QString &path, Issues &issues);
    bool openText(const std::string &text, const QString &displayName, Issues &issues);
    void setProject(Project project, const QString &path);
    void newProject();
    bool save(const QString &path, QString &error);
    // After restoring an autosave: the content differs from any saved file.
    void markRecovered();
    // Text of the project as it would be saved (autosave, round-trip tests).
    std::string serialized() const;

    // Edits: each pushes one undo command. `mergeKey` > 0 merges consecutive edits of the same
    // scenario and key (a slider drag becomes one undo step).
    void editScenario(int index, const Scenario &value, const QString &text, int mergeKey = 0);
    void addScenario(const Scenario &value, int index = -1);
    void duplicateScenario(int index);
    void removeScenario(int index);
    void moveScenario(int from, int to);
    void setBaseline(int index);
    void editProjectInfo(const std::string &name, const std::string &notes);

    // Monte Carlo settings (Preferences); changing them recomputes every range.
    void setMonteCarloOptions(MonteCarloOptions options);
    const MonteCarloOptions &monteCarloOptions() const { return m_analyser.options(); }

    // A name not used by any scenario yet, based on `base`.
    std::string uniqueName(const std::string &base) const;

    // Measured runs (issue 8): kept as imported; only their name (on a clash) and link change.
    int measuredRunCount() const { return static_cast<int>(m_project.measuredRuns.size()); }
    const MeasuredRun &measuredRun(int index) const
    {
        return m_project.measuredRuns.at(static_cast<std::size_t>(index));
    }
    // Reads a CodeCarbon or Carbontracker file (format from the content) and adds its runs as one
    // undo step. False, with the errors in `issues`, when nothing could be read: the project is
    // then unchanged. Warnings (skipped lines, renamed runs) are in `issues` either way.
    bool importMeasuredRuns(const QString &path, Issues &issues, QStringList *addedNames = nullptr);
    void addMeasuredRuns(std::vector<MeasuredRun> runs);
    void removeMeasuredRun(int index);
    // Empty `scenarioName` unlinks.
    void linkMeasuredRun(int index, const std::string &scenarioName);
    // The core's comparison, derivations and proposal for a scenario and the runs linked to it.
    CalibrationReport calibration(int scenarioIndex) const;
    // Sets the proposed values on the scenario (Calibrator::apply) as one undo step.
    void applyCalibration(int scenarioIndex, const CalibrationProposal &proposal);

    // Need-and-impact review (issue 5): each edit is one undo step; `mergeKey` > 0 merges
    // consecutive edits of one field (typing).
    const Review &review() const { return m_project.review; }
    void editReview(const Review &value, const QString &text, int mergeKey = 0);
    // The core's recommendations and checklist evidence, recomputed shortly after the project
    // changes (they evaluate every scenario and lever: tens of milliseconds).
    const std::vector<Recommendation> &recommendations() const { return m_recommendations; }
    const std::vector<ChecklistEvidence> &checklistEvidence() const { return m_evidence; }
    const Issues &recommendationIssues() const { return m_recommendationIssues; }
    void refreshReviewNow(); // computes now instead of after the debounce (tests)

    // Display currency (Preferences): costs stay in USD in the core; views format with money().
    const Money &money() const { return m_money; }
    // Samples, seed and display currency of the Preferences: what the report is computed with.
    AnalysisOptions analysisOptions() const;
    // Unknown codes (no catalog rate) fall back to US dollars; returns the code in use.
    QString setDisplayCurrency(const QString &code);

    // Used by the undo commands only: apply a change and notify.
    void applyScenario(int index, const Scenario &value);
    void applyInsert(int index, const Scenario &value);
    void applyRemove(int index);
    void applyMove(int from, int to);
    void applyProjectInfo(const std::string &name, const std::string &notes, const std::string &baseline);
    void applyInsertRuns(int index, const std::vector<MeasuredRun> &runs);
    void applyRemoveRuns(int index, int count);
    void applyRunLink(int index, const std::string &scenarioName);
    void applyReview(const Review &value);

signals:
    void projectReset();     // a new project replaced the old one
    void scenariosChanged(); // scenarios added, removed, reordered or renamed
    void scenarioChanged(int index);
    void resultsChanged(); // estimates recomputed
    void currentChanged(int index);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void measuredRunsChanged();    // runs added, removed or (un)linked
    void reviewChanged();          // the review's text, alternatives, checklist or decision
    void recommendationsChanged(); // recommendations and checklist evidence recomputed
    void currencyChanged();        // display currency changed (costs must be reformatted)

private:
    void recompute();
    void recompute(int index);

    const Catalog &m_catalog;
    Project m_project;
    std::vector<Evaluated> m_results;
    QString m_filePath;
    int m_migratedFrom = 0;
    QUndoStack *m_undoStack = nullptr;
    int m_current = -1;
    ScenarioAnalyser m_analyser;
    // While a value is dragged, ranges come from a smaller sample (same seed) so each frame stays
    // short; the full sample replaces them once the drag pauses.
    ScenarioAnalyser m_dragAnalyser;
    bool m_dragging = false;
    int m_refineIndex = -1;
    QTimer *m_refine = nullptr;
    QTimer *m_reviewRefresh = nullptr;
    std::vector<Recommendation> m_recommendations;
    std::vector<ChecklistEvidence> m_evidence;
    Issues m_recommendationIssues;
    Money m_money;
};

} // namespace greenlight::ui
