#pragma once

#include "estimate/quantities.h"

#include <QMainWindow>

class QDockWidget;
class QMenu;
class QUndoView;

namespace greenlight::ui {

class Dashboard;
class Document;
class ExplanationPanel;
class FileController;
class GuidedTour;
class PresentationMode;
class MeasuredRunImport;
class MeasuredRunsPanel;
class ReviewPanel;
class ScenarioEditor;
class ScenarioListPanel;

// Lays out the docks and actions and wires them to the Document and the FileController. The
// work happens elsewhere; this class only connects.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Document &document, QWidget *parent = nullptr);

    Dashboard *dashboard() const { return m_dashboard; }
    ScenarioEditor *editor() const { return m_editor; }
    ScenarioListPanel *scenarioList() const { return m_list; }
    ExplanationPanel *explanationPanel() const { return m_explanation; }
    FileController *files() const { return m_files; }
    PresentationMode *presentation() const { return m_presentation; }
    // Help → Guided Tour (replayable); the first start offers it once (remembered in QSettings).
    GuidedTour *startTour();
    void offerTourOnce();
    MeasuredRunsPanel *measuredRunsPanel() const { return m_runs; }
    MeasuredRunImport *runImport() const { return m_runImport; }
    ReviewPanel *reviewPanel() const { return m_review; }
    // Raises the Review dock and gives it room for its tables.
    void showReview();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    void updateRecentMenu();
    void showAbout();
    void restoreLayout();
    void applyMonteCarloPreferences();

    Document &m_document;
    FileController *m_files = nullptr;
    ScenarioListPanel *m_list = nullptr;
    ScenarioEditor *m_editor = nullptr;
    Dashboard *m_dashboard = nullptr;
    ExplanationPanel *m_explanation = nullptr;
    QUndoView *m_undoView = nullptr;
    MeasuredRunsPanel *m_runs = nullptr;
    MeasuredRunImport *m_runImport = nullptr;
    ReviewPanel *m_review = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    PresentationMode *m_presentation = nullptr;
};

} // namespace greenlight::ui
