#include "shell/mainwindow.h"

#include "catalog/catalogbrowser.h"
#include "dashboard/dashboard.h"
#include "dashboard/explanationpanel.h"
#include "document/document.h"
#include "measured/measuredrunimport.h"
#include "measured/measuredrunspanel.h"
#include "presets/presetsdialog.h"
#include "presets/workshopsdialog.h"
#include "qtutil/qtconvert.h"
#include "reportdialog.h"
#include "review/reviewpanel.h"
#include "scenario/scenarioeditor.h"
#include "scenario/scenariolistpanel.h"
#include "shell/filecontroller.h"
#include "shell/guidedtour.h"
#include "shell/preferences.h"
#include "shell/preferencesdialog.h"
#include "shell/presentationmode.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QUndoView>

namespace greenlight::ui {

namespace {

QDockWidget *dock(QMainWindow *window, const QString &title, const QString &objectName, QWidget *content)
{
    auto *d = new QDockWidget(title, window);
    d->setObjectName(objectName);
    d->setWidget(content);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                   QDockWidget::DockWidgetClosable);
    return d;
}

} // namespace

MainWindow::MainWindow(Document &document, QWidget *parent) : QMainWindow(parent), m_document(document)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_files = new FileController(document, this, this);
    m_dashboard = new Dashboard(document, this);
    setCentralWidget(m_dashboard);

    m_list = new ScenarioListPanel(document, this);
    m_editor = new ScenarioEditor(document, this);
    m_explanation = new ExplanationPanel(document, this);
    m_undoView = new QUndoView(document.undoStack(), this);
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_runImport = new MeasuredRunImport(document, this, this);
    m_runs = new MeasuredRunsPanel(document, this);
    m_review = new ReviewPanel(document, this);

    auto *listDock = dock(this, tr("Scenarios"), QStringLiteral("scenariosDock"), m_list);
    auto *editorDock = dock(this, tr("Scenario"), QStringLiteral("editorDock"), m_editor);
    auto *explainDock = dock(this, tr("Explanation"), QStringLiteral("explanationDock"), m_explanation);
    auto *historyDock = dock(this, tr("History"), QStringLiteral("historyDock"), m_undoView);
    auto *runsDock = dock(this, tr("Measured runs"), QStringLiteral("measuredRunsDock"), m_runs);
    // The review sits with the explanation: both read the numbers of the whole project.
    m_reviewDock = dock(this, tr("Review"), QStringLiteral("reviewDock"), m_review);
    addDockWidget(Qt::LeftDockWidgetArea, listDock);
    addDockWidget(Qt::LeftDockWidgetArea, editorDock);
    splitDockWidget(listDock, editorDock, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, explainDock);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    tabifyDockWidget(explainDock, historyDock);
    addDockWidget(Qt::RightDockWidgetArea, runsDock);
    tabifyDockWidget(historyDock, runsDock);
    addDockWidget(Qt::RightDockWidgetArea, m_reviewDock);
    tabifyDockWidget(runsDock, m_reviewDock);
    explainDock->raise();
    connect(runsDock, &QDockWidget::visibilityChanged, m_runs, &MeasuredRunsPanel::setOnScreen);
    resizeDocks({listDock, editorDock}, {170, 430}, Qt::Vertical);
    resizeDocks({listDock, explainDock}, {400, 250}, Qt::Horizontal);

    createMenus();
    for (QDockWidget *d : {listDock, editorDock, explainDock, historyDock, runsDock, m_reviewDock})
        m_viewMenu->addAction(d->toggleViewAction());

    m_dashboard->setLogScale(Preferences().barChartsLogScale());
    connect(m_dashboard, &Dashboard::logScaleChanged, this,
            [](bool on) { Preferences().setBarChartsLogScale(on); });
    connect(m_dashboard, &Dashboard::explainRequested, this, [this, explainDock](int scenario, int output) {
        m_explanation->explain(scenario, static_cast<Output>(output));
        explainDock->raise();
    });
    connect(m_runs, &MeasuredRunsPanel::importRequested, m_runImport, &MeasuredRunImport::importDialog);
    connect(m_runImport, &MeasuredRunImport::imported, this, [this, runsDock] {
        // The comparison needs room: show the runs and widen the dock if it is narrow.
        runsDock->show();
        runsDock->raise();
        if (runsDock->width() < 520)
            resizeDocks({runsDock}, {520}, Qt::Horizontal);
    });
    connect(&document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(&document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(&document, &Document::scenariosChanged, this, &MainWindow::updateTitle);
    connect(m_files, &FileController::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    updateTitle();
    updateRecentMenu();
    restoreLayout();
    applyMonteCarloPreferences();
    statusBar()->showMessage(tr("Select any number to see how it was computed."), 8000);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, m_files, &FileController::newProject);
    file->addAction(tr("New from &Preset…"), this, [this] {
        PresetsDialog presets(m_document, this);
        presets.setReplaceGuard([this] { return m_files->maybeSave(); });
        presets.exec();
    });
    file->addAction(tr("&Open…"), QKeySequence::Open, m_files, &FileController::open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, m_files, &FileController::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, m_files, &FileController::saveAs);
    file->addSeparator();
    file->addAction(tr("&Import Measured Run…"), m_runImport, &MeasuredRunImport::importDialog);
    file->addAction(tr("Export &Report…"), this, [this] {
        QString suggested = m_document.filePath();
        if (suggested.endsWith(QStringLiteral(".greenlight.json")))
            suggested.chop(static_cast<int>(std::string_view(".greenlight.json").size()));
        else if (suggested.isEmpty())
            suggested = qs(m_document.project().name);
        report::ReportDialog dialog(m_document.project(), m_document.catalog(), m_document.analysisOptions(),
                                    suggested + QStringLiteral(".pdf"), this);
        dialog.exec();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Copy comparison table (TSV)"), m_dashboard, &Dashboard::copyTableToClipboard);
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, [this] {
        PreferencesDialog preferences(m_document.catalog(), this);
        if (preferences.exec() == QDialog::Accepted)
            applyMonteCarloPreferences();
    });

    QMenu *scenario = menuBar()->addMenu(tr("&Scenario"));
    scenario->addAction(tr("&Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), this,
                        [this] { m_document.duplicateScenario(m_document.currentIndex()); });
    scenario->addAction(tr("De&lete"), this,
                        [this] { m_document.removeScenario(m_document.currentIndex()); });
    scenario->addAction(tr("Mark as &baseline"), this,
                        [this] { m_document.setBaseline(m_document.currentIndex()); });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_presentation = new PresentationMode(this);
    m_viewMenu->addAction(m_presentation->action());
    connect(m_presentation, &PresentationMode::activeChanged, m_dashboard, &Dashboard::setPresenting);
    m_viewMenu->addSeparator();
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("Need-and-impact &review"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
                     &MainWindow::showReview);
    tools->addAction(tr("&Catalog…"), this, [this] {
        CatalogBrowser browser(m_document.catalog(), this);
        browser.exec();
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Guided &Tour"), this, &MainWindow::startTour);
    help->addAction(tr("&Workshops…"), this, [this] {
        WorkshopsDialog workshops(*m_files, this);
        workshops.exec();
    });
    help->addSeparator();
    help->addAction(tr("&About Greenlight"), this, &MainWindow::showAbout);
}

void MainWindow::showReview()
{
    m_reviewDock->show();
    m_reviewDock->raise();
    // The alternatives and recommendations tables need room.
    if (m_reviewDock->width() < 560)
        resizeDocks({m_reviewDock}, {560}, Qt::Horizontal);
}

void MainWindow::applyMonteCarloPreferences()
{
    const Preferences prefs;
    // The display currency is applied here too: both come from the same dialog.
    m_document.setDisplayCurrency(prefs.currencyCode());
    MonteCarloOptions options;
    options.samples = static_cast<std::size_t>(prefs.monteCarloSamples());
    options.seed = prefs.monteCarloSeed();
    if (options.samples != m_document.monteCarloOptions().samples ||
        options.seed != m_document.monteCarloOptions().seed)
        m_document.setMonteCarloOptions(options);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_files->recentFiles();
    for (const QString &path : files)
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this,
                        [this, path] {
                            if (m_files->maybeSave())
                                m_files->openPath(path);
                        })
            ->setToolTip(path);
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear list"), m_files, &FileController::clearRecentFiles);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle()
{
    const QString name = m_document.project().name.empty() ? tr("Untitled") : qs(m_document.project().name);
    const QString file =
        m_document.filePath().isEmpty() ? QString() : QFileInfo(m_document.filePath()).fileName();
    setWindowTitle(file.isEmpty() ? tr("%1[*] — Greenlight").arg(name)
                                  : tr("%1[*] (%2) — Greenlight").arg(name, file));
    setWindowModified(m_document.isModified());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(std::min(1600, screen.width()), std::min(900, screen.height()));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_presentation->setActive(false); // save the normal layout, not the simplified one
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_files->discardAutosave();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile() &&
        (urls.first().toLocalFile().endsWith(QLatin1String(".json")) ||
         MeasuredRunImport::isImportable(urls.first().toLocalFile())))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    // Measurement logs are added to the open project; a .json replaces it as before.
    if (!urls.isEmpty() && MeasuredRunImport::isImportable(urls.first().toLocalFile())) {
        bool any = false;
        for (const QUrl &url : urls)
            if (url.isLocalFile() && MeasuredRunImport::isImportable(url.toLocalFile()))
                any = m_runImport->importPath(url.toLocalFile()) || any;
        if (any)
            event->acceptProposedAction();
        return;
    }
    if (urls.isEmpty() || !m_files->maybeSave())
        return;
    if (m_files->openPath(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

GuidedTour *MainWindow::startTour()
{
    if (auto *running = findChild<GuidedTour *>(QString(), Qt::FindDirectChildrenOnly))
        running->skip();
    // The tour points at the main areas, so they must be on screen.
    for (const char *name : {"scenariosDock", "editorDock", "explanationDock"})
        if (auto *d = findChild<QDockWidget *>(QLatin1String(name))) {
            d->show();
            d->raise();
        }
    const QList<GuidedTour::Step> steps{
        {nullptr, tr("Welcome to Greenlight"),
         tr("This short tour shows the main areas of the window. Skip it whenever you like: it stays "
            "in Help → Guided Tour.")},
        {m_list, tr("Scenarios"),
         tr("Each scenario is one way to train (and serve) a model. Add, duplicate and reorder them "
            "here; the baseline is the one the others are compared with.")},
        {m_editor, tr("Scenario editor"),
         tr("What you know about the selected scenario: workload, hardware, region, levers, "
            "deployment. Everything you leave empty comes from the cited catalog.")},
        {m_dashboard->tabs(), tr("Dashboard"),
         tr("Charts of energy, CO2e, water and cost for all scenarios, with tabs for the trade-off, "
            "lifecycle, sensitivity (tornado) and schedule. Click a bar to see how it was computed.")},
        {m_explanation, tr("Explanation"),
         tr("How the selected number was obtained: every formula with its inputs substituted, and "
            "the source of each constant.")},
        {m_dashboard->table(), tr("Comparison table"),
         tr("Every scenario against the baseline, with P5–P95 ranges. Copy it as TSV for a "
            "spreadsheet.")},
        {menuBar(), tr("Menus"),
         tr("Open examples and workshop exercises (Help → Workshops), import measured runs, browse "
            "the catalog, and switch to presentation mode (View, F11) for a projector.")},
    };
    auto *tour = new GuidedTour(steps, this);
    tour->start();
    return tour;
}

void MainWindow::offerTourOnce()
{
    QSettings settings;
    if (settings.value(GuidedTour::offeredKey(), false).toBool())
        return;
    settings.setValue(GuidedTour::offeredKey(), true);
    startTour();
}

void MainWindow::showAbout()
{
    QString credits;
    for (const Credit &c : m_document.catalog().credits())
        credits +=
            QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                .arg(qs(c.name).toHtmlEscaped(), qs(c.licence).toHtmlEscaped(), qs(c.credit).toHtmlEscaped());
    QMessageBox::about(this, tr("About Greenlight"),
                       tr("<h3>Greenlight %1</h3><p>Plan, compare and justify the energy, carbon, water and "
                          "cost of training machine-learning models.</p><p>Data credits:</p><ul>%2</ul>")
                           .arg(QStringLiteral(GREENLIGHT_VERSION), credits));
}

} // namespace greenlight::ui
