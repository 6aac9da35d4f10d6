// Workshop features of the main window: presentation mode (full screen, large fonts and chart
// labels, simplified chrome, exact layout restored), the guided tour, Help → Workshops, and the
// plain-language equivalence line. GREENLIGHT_SCREENSHOT_DIR saves screenshots at 1280×720.
#include "compare/equivalents.h"
#include "dashboard/dashboard.h"
#include "document/document.h"
#include "embeddedfiles.h"
#include "i18n/language.h"
#include "io/projectfile.h"
#include "plots/plotwidget.h"
#include "presets/workshopsdialog.h"
#include "shell/filecontroller.h"
#include "shell/guidedtour.h"
#include "shell/mainwindow.h"
#include "shell/presentationmode.h"
#include "widgets/equivalenceline.h"

#include <QDockWidget>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace greenlight;

class TestWorkshopMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ui::Language::install(QStringLiteral("en")); // readable() groups digits the en_US way
    }
    void init();
    void cleanup();
    void presentation_enlargesAndRestores();
    void presentation_shortcutsToggle();
    void tour_walksEveryArea();
    void tour_offeredOnce();
    void workshops_listAndOpen();
    void workshops_inUiLanguage_data();
    void workshops_inUiLanguage();
    void workshops_untranslatedFallsBack();
    void equivalenceLine_showsCitedEquivalents();

private:
    void shot(const QString &name);

    ui::Document *m_document = nullptr;
    ui::MainWindow *m_window = nullptr;
};

void TestWorkshopMode::init()
{
    m_document = new ui::Document(Catalog::builtIn());
    Issues issues;
    QVERIFY(m_document->openText(std::string(embedded::file("workshops/01-five-regions.greenlight.json")),
                                 QStringLiteral("01-five-regions.greenlight.json"), issues));
    m_window = new ui::MainWindow(*m_document);
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestWorkshopMode::cleanup()
{
    m_window->presentation()->setActive(false);
    m_window->files()->discardAutosave();
    delete m_window;
    delete m_document;
}

void TestWorkshopMode::shot(const QString &name)
{
    const QString dir = qEnvironmentVariable("GREENLIGHT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(dir + QLatin1Char('/') + name));
}

void TestWorkshopMode::presentation_enlargesAndRestores()
{
    QTest::qWait(200); // let the dock layout settle after show()
    QHash<QString, QRect> docksBefore;
    QHash<QString, bool> hiddenBefore;
    QHash<QString, bool> visibleBefore;
    QHash<QString, Qt::DockWidgetArea> areaBefore;
    for (QDockWidget *d : m_window->findChildren<QDockWidget *>()) {
        docksBefore.insert(d->objectName(), d->geometry());
        hiddenBefore.insert(d->objectName(), d->isHidden());
        visibleBefore.insert(d->objectName(), d->isVisible());
        areaBefore.insert(d->objectName(), m_window->dockWidgetArea(d));
    }
    const double fontBefore = QApplication::font().pointSizeF();
    ui::PlotWidget *plot = m_window->dashboard()->plots().first();
    const double tickBefore = plot->yAxis->tickLabelFont().pointSizeF();
    auto *history = m_window->findChild<QDockWidget *>(QStringLiteral("historyDock"));
    auto *runs = m_window->findChild<QDockWidget *>(QStringLiteral("measuredRunsDock"));
    QVERIFY(history && runs);

    m_window->presentation()->setActive(true);
    QVERIFY(m_window->presentation()->isActive());
    QVERIFY(m_window->presentation()->action()->isChecked());
    QVERIFY(m_window->isFullScreen() || m_window->windowState().testFlag(Qt::WindowFullScreen));
    QCOMPARE(QApplication::font().pointSizeF(), fontBefore * ui::PresentationMode::kFontScale);
    QVERIFY(history->isHidden());
    QVERIFY(runs->isHidden());
    for (const QString &kept : ui::PresentationMode::keptDocks())
        QVERIFY2(!m_window->findChild<QDockWidget *>(kept)->isHidden(), qPrintable(kept));
    QTRY_VERIFY(plot->yAxis->tickLabelFont().pointSizeF() >= tickBefore * 1.4);
    m_window->resize(1280, 720); // the projector; offscreen full screen is the virtual screen
    shot(QStringLiteral("presentation-1280x720.png"));

    m_window->presentation()->setActive(false);
    QCOMPARE(QApplication::font().pointSizeF(), fontBefore);
    QVERIFY(!m_window->isFullScreen());
    QVERIFY(!history->isHidden());
    // The same docks in the same places; sizes may differ by a few pixels (≤ 12) of splitter rounding
    // after the font change (restoreState of the very same bytes is what leave() does).
    QTest::qWait(200);
    for (QDockWidget *d : m_window->findChildren<QDockWidget *>()) {
        const QRect before = docksBefore.value(d->objectName());
        QCOMPARE(d->isHidden(), hiddenBefore.value(d->objectName()));
        if (d->isHidden() || !d->isVisible() || !visibleBefore.value(d->objectName()) ||
            !ui::PresentationMode::keptDocks().contains(d->objectName()))
            continue; // closed, or a tab behind another dock: no geometry of its own
        QCOMPARE(m_window->dockWidgetArea(d), areaBefore.value(d->objectName()));
        QVERIFY2(qAbs(d->width() - before.width()) <= 12 && qAbs(d->height() - before.height()) <= 12,
                 qPrintable(d->objectName() + QStringLiteral(" %1x%2 → %3x%4")
                                                  .arg(before.width())
                                                  .arg(before.height())
                                                  .arg(d->width())
                                                  .arg(d->height())));
    }
    QTRY_COMPARE(plot->yAxis->tickLabelFont().pointSizeF(), tickBefore);
}

void TestWorkshopMode::presentation_shortcutsToggle()
{
    QAction *action = m_window->presentation()->action();
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::Key_F11)));
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)));
    action->trigger();
    QVERIFY(m_window->presentation()->isActive());
    action->trigger(); // one shortcut in and out
    QVERIFY(!m_window->presentation()->isActive());
}

void TestWorkshopMode::tour_walksEveryArea()
{
    ui::GuidedTour *tour = m_window->startTour();
    QVERIFY(tour->isVisible());
    QCOMPARE(tour->geometry(), m_window->rect());
    QVERIFY(tour->stepCount() >= 7);
    QCOMPARE(tour->currentStep(), 0);
    QVERIFY(tour->highlightRect().isEmpty()); // the welcome step has no target
    shot(QStringLiteral("tour-0.png"));
    for (int i = 1; i < tour->stepCount(); ++i) {
        tour->next();
        QCOMPARE(tour->currentStep(), i);
        QVERIFY2(!tour->highlightRect().isEmpty(), qPrintable(QString::number(i)));
        // The callout never covers the area it describes, unless the area fills the window.
        const QRect hole = tour->highlightRect();
        if (hole.width() < m_window->width() / 2 && hole.height() < m_window->height() - 100)
            QVERIFY2(!tour->callout()->geometry().intersects(hole.adjusted(4, 4, -4, -4)),
                     qPrintable(QString::number(i)));
        shot(QStringLiteral("tour-%1.png").arg(i));
    }
    tour->back();
    QCOMPARE(tour->currentStep(), tour->stepCount() - 2);
    QSignalSpy finished(tour, &ui::GuidedTour::finished);
    QTest::keyClick(tour, Qt::Key_Escape); // skippable at any step
    QCOMPARE(finished.count(), 1);
    QTRY_VERIFY(m_window->findChild<ui::GuidedTour *>() == nullptr);
}

void TestWorkshopMode::tour_offeredOnce()
{
    QSettings().remove(ui::GuidedTour::offeredKey());
    m_window->offerTourOnce();
    auto *tour = m_window->findChild<ui::GuidedTour *>();
    QVERIFY(tour != nullptr);
    tour->skip();
    QTRY_VERIFY(m_window->findChild<ui::GuidedTour *>() == nullptr);
    m_window->offerTourOnce(); // remembered: not again
    QVERIFY(m_window->findChild<ui::GuidedTour *>() == nullptr);
    QVERIFY(m_window->startTour() != nullptr); // but replayable from Help
}

void TestWorkshopMode::workshops_listAndOpen()
{
    const auto exercises = ui::WorkshopsDialog::exercises();
    QVERIFY(exercises.size() >= 5);
    for (const auto &e : exercises) {
        QVERIFY2(!e.markdown.isEmpty(), qPrintable(e.base));
        QVERIFY2(e.markdown.contains(QLatin1String("What you should find")), qPrintable(e.base));
    }
    ui::WorkshopsDialog dialog(*m_window->files(), m_window);
    dialog.show();
    QCOMPARE(dialog.list()->count(), static_cast<int>(exercises.size()));
    dialog.list()->setCurrentRow(1);
    QVERIFY(dialog.text()->toPlainText().contains(QLatin1String("Distil")));
    const QString dir = qEnvironmentVariable("GREENLIGHT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/workshops.png")));
    QVERIFY(dialog.openSelected()); // unmodified document: no prompt
    QCOMPARE(m_document->project().name, std::string("Workshop 2: distil or not?"));
    QCOMPARE(m_document->scenarioCount(), 2);
}

void TestWorkshopMode::workshops_inUiLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("windowTitle");
    QTest::addColumn<QString>("title"); // of exercise 2
    QTest::addColumn<QString>("finding");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Workshops")
                        << QStringLiteral("2 · Distil or not? (break-even)")
                        << QStringLiteral("What you should find");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Workshops")
                        << QStringLiteral("2 · Destillieren oder nicht? (Break-even)")
                        << QStringLiteral("Was Sie finden sollten");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Ateliers")
                        << QStringLiteral("2 · Distiller ou non\u202F? (point d’équilibre)")
                        << QStringLiteral("Ce que vous devriez trouver");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Talleres")
                        << QStringLiteral("2 · ¿Destilar o no? (punto de equilibrio)")
                        << QStringLiteral("Lo que debería encontrar");
}

// The exercise texts follow the UI language (NN-name.<lang>.md); the projects stay the same.
void TestWorkshopMode::workshops_inUiLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, windowTitle);
    QFETCH(QString, title);
    QFETCH(QString, finding);
    const auto english = qScopeGuard([] { ui::Language::install(QStringLiteral("en")); });
    QCOMPARE(ui::Language::install(lang), lang);
    const auto exercises = ui::WorkshopsDialog::exercises();
    const auto inEnglish = ui::WorkshopsDialog::exercises(QStringLiteral("en"));
    QCOMPARE(exercises.size(), inEnglish.size());
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        const auto &e = exercises[i];
        QCOMPARE(e.base, inEnglish[i].base);
        QCOMPARE(e.language, lang);
        QCOMPARE(e.project, inEnglish[i].project);
        QVERIFY2(e.markdown.contains(finding), qPrintable(e.base));
        QVERIFY2(e.markdown.startsWith(QStringLiteral("# ") + e.title), qPrintable(e.base));
        if (lang != QLatin1String("en"))
            QVERIFY2(e.title != inEnglish[i].title, qPrintable(e.title));
    }

    ui::WorkshopsDialog dialog(*m_window->files(), m_window);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), windowTitle);
    QCOMPARE(dialog.list()->count(), static_cast<int>(exercises.size()));
    QCOMPARE(dialog.list()->item(1)->text(), title);
    dialog.list()->setCurrentRow(1);
    QVERIFY(dialog.text()->toPlainText().startsWith(title));
    QVERIFY(dialog.text()->toPlainText().contains(finding));
    const QString dir = qEnvironmentVariable("GREENLIGHT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/workshops-%1.png").arg(lang)));
}

void TestWorkshopMode::workshops_untranslatedFallsBack()
{
    const auto english = ui::WorkshopsDialog::exercises(QStringLiteral("en"));
    const auto other = ui::WorkshopsDialog::exercises(QStringLiteral("it")); // no .it.md texts
    QCOMPARE(other.size(), english.size());
    for (std::size_t i = 0; i < other.size(); ++i) {
        QCOMPARE(other[i].language, QStringLiteral("en"));
        QCOMPARE(other[i].title, english[i].title);
        QCOMPARE(other[i].markdown, english[i].markdown);
    }
}

void TestWorkshopMode::equivalenceLine_showsCitedEquivalents()
{
    auto *line = m_window->findChild<ui::EquivalenceLine *>(QStringLiteral("equivalenceLine"));
    QVERIFY(line != nullptr);
    m_document->setCurrentIndex(0); // Frankfurt, ≈ 10.2 t CO2e
    const double kg = m_document->result(0).estimate[Output::Co2eTotalKg];
    const auto amounts = Equivalents::of(m_document->catalog(), kg);
    QCOMPARE(amounts.size(), std::size_t(4));
    QVERIFY(line->text().contains(QLatin1String("What does this mean")));
    for (const auto &a : amounts) {
        QVERIFY2(line->text().contains(ui::EquivalenceLine::readable(a.amount)), a.id.c_str());
        QVERIFY2(line->toolTip().contains(QString::fromStdString(a.citation.source)), a.id.c_str());
    }
    QCOMPARE(ui::EquivalenceLine::readable(58314.3), QStringLiteral("58,300"));
    QCOMPARE(ui::EquivalenceLine::readable(17.94), QStringLiteral("17.9"));
    QCOMPARE(ui::EquivalenceLine::readable(1.994), QStringLiteral("1.99"));
    m_document->setCurrentIndex(1);
    QVERIFY(line->text().contains(QString::fromStdString(m_document->scenario(1).name).toHtmlEscaped()));
}

QTEST_MAIN(TestWorkshopMode)
#include "tst_workshopmode.moc"
