// The review workspace (issue 5) on the bundled example: the panel mirrors the project's review,
// every edit through it is one undo step (typing in one field merges), alternatives link to the
// document's scenarios, the decision and checklist are stored by their ids, the review survives
// save → reopen, and the recommendations table shows the core's Recommender output.
#include "document/document.h"
#include "embeddedfiles.h"
#include "io/projectfile.h"
#include "review/checklist.h"
#include "review/recommendations.h"
#include "review/recommendationsmodel.h"
#include "review/reviewpanel.h"
#include "shell/filecontroller.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace greenlight;

class TestReviewPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void panel_mirrorsExampleReview();
    void typing_isOneUndoStep();
    void alternatives_linkToScenarios();
    void deleteScenario_takesItsAlternativesInOneStep();
    void decision_data();
    void decision();
    void checklist_answerNoteAndEvidence();
    void reviewers_addEditRemove();
    void date_notSetAndSet();
    void saveThenReopen_keepsReview();
    void recommendations_matchCore();
    void screenshot();

private:
    ui::ReviewPanel *panel() const { return m_window->reviewPanel(); }

    ui::Document *m_document = nullptr;
    ui::MainWindow *m_window = nullptr;
};

void TestReviewPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReviewPanel::init()
{
    m_document = new ui::Document(Catalog::builtIn());
    ProjectLoadResult r =
        ProjectFile::parse(embedded::file("examples/plan-7b.greenlight.json"), Catalog::builtIn());
    QVERIFY(r.project);
    m_document->setProject(std::move(*r.project), QStringLiteral("example"));
    m_window = new ui::MainWindow(*m_document);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestReviewPanel::cleanup()
{
    m_window->files()->discardAutosave();
    delete m_window;
    delete m_document;
}

void TestReviewPanel::panel_mirrorsExampleReview()
{
    const Review &r = m_document->review();
    QVERIFY(!r.purpose.empty()); // the example ships a filled-in review
    QCOMPARE(panel()->purposeEdit()->toPlainText(), QString::fromStdString(r.purpose));
    QCOMPARE(panel()->benefitEdit()->toPlainText(), QString::fromStdString(r.expectedBenefit));
    QCOMPARE(panel()->measureEdit()->toPlainText(), QString::fromStdString(r.benefitMeasure));
    QCOMPARE(panel()->risksEdit()->toPlainText(), QString::fromStdString(r.risks));
    QCOMPARE(panel()->conditionsEdit()->toPlainText(), QString::fromStdString(r.conditions));
    QCOMPARE(panel()->alternativesTable()->rowCount(), static_cast<int>(r.alternatives.size()));
    QCOMPARE(panel()->reviewersList()->count(), static_cast<int>(r.reviewers.size()));
    QCOMPARE(panel()->decisionBox()->currentData().toInt(), static_cast<int>(r.decision));
    QCOMPARE(panel()->dateEdit()->date().toString(Qt::ISODate), QString::fromStdString(r.date));
    QCOMPARE(m_document->undoStack()->count(), 0); // showing the review edits nothing
}

void TestReviewPanel::typing_isOneUndoStep()
{
    const Review before = m_document->review();
    QPlainTextEdit *purpose = panel()->purposeEdit();
    purpose->setFocus();
    purpose->moveCursor(QTextCursor::End);
    QTest::keyClicks(purpose, QStringLiteral(" More."));
    QCOMPARE(m_document->undoStack()->count(), 1); // six keystrokes, one step
    QCOMPARE(m_document->review().purpose, before.purpose + " More.");
    QTest::keyClicks(panel()->risksEdit(), QStringLiteral("X"));
    QCOMPARE(m_document->undoStack()->count(), 2); // another field: another step
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->review(), before);
    QCOMPARE(purpose->toPlainText(), QString::fromStdString(before.purpose));
    m_document->undoStack()->redo();
    QCOMPARE(purpose->toPlainText(), QString::fromStdString(before.purpose + " More."));
}

void TestReviewPanel::alternatives_linkToScenarios()
{
    const int rows = panel()->alternativesTable()->rowCount();
    QTest::mouseClick(panel()->addAlternativeButton(), Qt::LeftButton);
    QCOMPARE(panel()->alternativesTable()->rowCount(), rows + 1);
    QCOMPARE(m_document->review().alternatives.size(), static_cast<std::size_t>(rows + 1));
    const int row = rows;
    // The scenario combo lists the document's scenarios by name.
    QComboBox *scenario = panel()->alternativeScenarioBox(row);
    QVERIFY(scenario);
    QCOMPARE(scenario->count(), m_document->scenarioCount());
    const std::string target = m_document->scenario(4).name;
    scenario->setCurrentIndex(scenario->findData(QString::fromStdString(target)));
    emit scenario->activated(scenario->currentIndex());
    QCOMPARE(m_document->review().alternatives.back().scenario, target);
    // Kind: distil; "do nothing" clears and disables the link.
    QComboBox *kind = panel()->alternativeKindBox(row);
    kind->setCurrentIndex(kind->findData(static_cast<int>(AlternativeKind::Distil)));
    emit kind->activated(kind->currentIndex());
    QCOMPARE(m_document->review().alternatives.back().kind, AlternativeKind::Distil);
    QCOMPARE(m_document->review().alternatives.back().scenario, target);
    kind->setCurrentIndex(kind->findData(static_cast<int>(AlternativeKind::DoNothing)));
    emit kind->activated(kind->currentIndex());
    QVERIFY(m_document->review().alternatives.back().scenario.empty());
    QVERIFY(!panel()->alternativeScenarioBox(row)->isEnabled());
    QTest::keyClicks(panel()->alternativeNoteEdit(row), QStringLiteral("cheap"));
    QCOMPARE(m_document->review().alternatives.back().note, std::string("cheap"));
    // Renaming the scenario keeps the link (the file would not load with a dangling name).
    Scenario renamed = m_document->scenario(1);
    const std::string oldName = renamed.name;
    renamed.name = "Montréal, renamed";
    m_document->editScenario(1, renamed, QStringLiteral("Rename"));
    bool relinked = false;
    for (const Alternative &a : m_document->review().alternatives) {
        QVERIFY(a.scenario != oldName);
        relinked = relinked || a.scenario == renamed.name;
    }
    QVERIFY(relinked);
    // Remove the added row: back to the example's alternatives.
    panel()->alternativesTable()->setCurrentCell(row, 2);
    QTest::mouseClick(panel()->removeAlternativeButton(), Qt::LeftButton);
    QCOMPARE(panel()->alternativesTable()->rowCount(), rows);
    // Every step undoes back to the loaded review.
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    ProjectLoadResult fresh =
        ProjectFile::parse(embedded::file("examples/plan-7b.greenlight.json"), Catalog::builtIn());
    QCOMPARE(m_document->review(), fresh.project->review);
}

void TestReviewPanel::deleteScenario_takesItsAlternativesInOneStep()
{
    // The example links "Fine-tune an existing 7B model" (scenario 3) as an alternative.
    const Review before = m_document->review();
    const std::string name = m_document->scenario(3).name;
    QVERIFY(std::any_of(before.alternatives.begin(), before.alternatives.end(),
                        [&](const Alternative &a) { return a.scenario == name; }));
    const int steps = m_document->undoStack()->count();
    m_document->removeScenario(3);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(m_document->review().alternatives.size(), before.alternatives.size() - 1);
    QCOMPARE(panel()->alternativesTable()->rowCount(), static_cast<int>(before.alternatives.size()) - 1);
    // The saved file stays valid (an alternative must name an existing scenario).
    QVERIFY(ProjectFile::parse(m_document->serialized(), Catalog::builtIn()).project);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->review(), before);
}

void TestReviewPanel::decision_data()
{
    QTest::addColumn<int>("decision");
    QTest::addColumn<QString>("stored"); // the name in the project file
    QTest::newRow("approve") << static_cast<int>(ReviewDecision::Approve) << "approve";
    QTest::newRow("with conditions") << static_cast<int>(ReviewDecision::ApproveWithConditions)
                                     << "approve-with-conditions";
    QTest::newRow("reject") << static_cast<int>(ReviewDecision::Reject) << "reject";
    QTest::newRow("undecided") << static_cast<int>(ReviewDecision::Undecided) << "undecided";
}

void TestReviewPanel::decision()
{
    QFETCH(int, decision);
    QFETCH(QString, stored);
    QComboBox *box = panel()->decisionBox();
    const int steps = m_document->undoStack()->count();
    const ReviewDecision before = m_document->review().decision;
    box->setCurrentIndex(box->findData(decision));
    emit box->activated(box->currentIndex());
    QCOMPARE(static_cast<int>(m_document->review().decision), decision);
    QCOMPARE(m_document->undoStack()->count(),
             steps + (static_cast<ReviewDecision>(decision) == before ? 0 : 1)); // no-op edits push nothing
    QCOMPARE(QString::fromStdString(reviewDecisionName(m_document->review().decision)), stored);
    QVERIFY(QString::fromStdString(m_document->serialized()).contains(QStringLiteral("\"%1\"").arg(stored)) ||
            stored == QLatin1String("undecided"));
}

void TestReviewPanel::checklist_answerNoteAndEvidence()
{
    const auto &questions = Checklist::questions();
    QVERIFY(questions.size() >= 6);
    m_document->refreshReviewNow();
    const auto &evidence = m_document->checklistEvidence();
    QCOMPARE(evidence.size(), questions.size());
    for (std::size_t i = 0; i < questions.size(); ++i) {
        // Each evidence line shows the core's figures.
        const QString shown = panel()->evidenceLabel(static_cast<int>(i))->text();
        for (const EvidenceFigure &f : evidence[i].figures)
            if (f.unit != "USD")
                QVERIFY2(shown.contains(QString::fromStdString(f.text).toHtmlEscaped()),
                         qPrintable(shown + QStringLiteral(" lacks ") + QString::fromStdString(f.text)));
    }
    const int q = static_cast<int>(questions.size()) - 1;
    QComboBox *answer = panel()->answerBox(q);
    answer->setCurrentIndex(answer->findData(static_cast<int>(ChecklistAnswer::Partly)));
    emit answer->activated(answer->currentIndex());
    panel()->answerNote(q)->end(false);
    QTest::keyClicks(panel()->answerNote(q), QStringLiteral("two years"));
    const auto find = [&]() -> const ChecklistItem * {
        for (const ChecklistItem &c : m_document->review().checklist)
            if (c.id == questions.back().id)
                return &c;
        return nullptr;
    };
    const ChecklistItem *item = find();
    QVERIFY(item);
    const ChecklistItem copy = item ? *item : ChecklistItem{};
    QCOMPARE(copy.answer, ChecklistAnswer::Partly);
    QVERIFY(QString::fromStdString(copy.note).endsWith(QStringLiteral("two years")));
}

void TestReviewPanel::reviewers_addEditRemove()
{
    const auto before = m_document->review().reviewers;
    QList<QLineEdit *> edits = panel()->findChildren<QLineEdit *>();
    QLineEdit *newReviewer = nullptr;
    for (QLineEdit *e : edits)
        if (e->accessibleName() == QLatin1String("New reviewer"))
            newReviewer = e;
    QVERIFY(newReviewer);
    newReviewer->setText(QStringLiteral("<b>Dr. X</b> & \"Y\""));
    QTest::mouseClick(panel()->addReviewerButton(), Qt::LeftButton);
    QCOMPARE(m_document->review().reviewers.size(), before.size() + 1);
    QCOMPARE(m_document->review().reviewers.back(), std::string("<b>Dr. X</b> & \"Y\"")); // literal
    QCOMPARE(panel()->reviewersList()->item(panel()->reviewersList()->count() - 1)->text(),
             QStringLiteral("<b>Dr. X</b> & \"Y\""));
    panel()->reviewersList()->item(0)->setText(QStringLiteral("Someone else"));
    QCOMPARE(m_document->review().reviewers.front(), std::string("Someone else"));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->review().reviewers, before);
}

void TestReviewPanel::date_notSetAndSet()
{
    QDateEdit *date = panel()->dateEdit();
    date->setDate(date->minimumDate());
    QVERIFY(m_document->review().date.empty());
    QCOMPARE(date->text(), QStringLiteral("not set"));
    date->setDate(QDate(2026, 12, 1));
    QCOMPARE(m_document->review().date, std::string("2026-12-01"));
}

void TestReviewPanel::saveThenReopen_keepsReview()
{
    // Edit through the panel, save, reopen: the same review.
    QTest::keyClicks(panel()->conditionsEdit(), QStringLiteral(" Report monthly."));
    QComboBox *box = panel()->decisionBox();
    box->setCurrentIndex(box->findData(static_cast<int>(ReviewDecision::Reject)));
    emit box->activated(box->currentIndex());
    panel()->dateEdit()->setDate(QDate(2026, 11, 30));
    QTest::mouseClick(panel()->addAlternativeButton(), Qt::LeftButton);
    QComboBox *answer = panel()->answerBox(0);
    answer->setCurrentIndex(answer->findData(static_cast<int>(ChecklistAnswer::No)));
    emit answer->activated(answer->currentIndex());
    const Review edited = m_document->review();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("review.greenlight.json"));
    QString error;
    QVERIFY2(m_document->save(path, error), qPrintable(error));
    ui::Document reopened(Catalog::builtIn());
    Issues issues;
    QVERIFY2(reopened.open(path, issues), issues.empty() ? "" : issues.front().toString().c_str());
    QCOMPARE(reopened.review(), edited);
    QCOMPARE(reopened.review().decision, ReviewDecision::Reject);
    QCOMPARE(reopened.review().date, std::string("2026-11-30"));
}

void TestReviewPanel::recommendations_matchCore()
{
    m_document->refreshReviewNow();
    Issues issues;
    const auto expected = Recommender(Catalog::builtIn()).recommend(m_document->project(), issues);
    QVERIFY(!expected.empty());
    ui::RecommendationsModel *model = panel()->recommendationsModel();
    QCOMPARE(model->rowCount(), static_cast<int>(expected.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        const Recommendation &e = expected[static_cast<std::size_t>(row)];
        QCOMPARE(model->index(row, ui::RecommendationsModel::Saved).data(Qt::UserRole).toDouble(),
                 e.co2eSavedKg);
        QCOMPARE(model->index(row, ui::RecommendationsModel::CostDelta).data(Qt::UserRole).toDouble(),
                 e.costDeltaUsd);
        if (row > 0) // ranked by CO2e saved
            QVERIFY(model->index(row - 1, ui::RecommendationsModel::Saved).data(Qt::UserRole).toDouble() >=
                    e.co2eSavedKg);
        const QString perTonne = model->index(row, ui::RecommendationsModel::CostPerTonne).data().toString();
        if (e.usdPerTonneSaved && *e.usdPerTonneSaved < 0)
            QVERIFY2(perTonne.contains(QLatin1Char('-')) || perTonne.contains(QChar(0x2212)) ||
                         perTonne.startsWith(QLatin1Char('(')),
                     qPrintable(perTonne)); // negative when the option also saves money
        if (!e.usdPerTonneSaved)
            QCOMPARE(perTonne, QStringLiteral("—"));
    }
    // Debounced refresh: an edit recomputes them shortly after, not in the edit itself.
    QSignalSpy refreshed(m_document, &ui::Document::recommendationsChanged);
    Scenario s = m_document->scenario(0);
    s.acceleratorCount *= 2;
    m_document->editScenario(0, s, QStringLiteral("More accelerators"));
    QCOMPARE(refreshed.count(), 0);
    QVERIFY(refreshed.wait(3000));
}

// Saves the review workspace when GREENLIGHT_SCREENSHOT_DIR is set (one PNG per tab).
void TestReviewPanel::screenshot()
{
    // Always drawn and saved (a view that cannot paint fails here); kept for review when
    // GREENLIGHT_SCREENSHOT_DIR names a folder.
    QTemporaryDir scratch;
    QString dir = qEnvironmentVariable("GREENLIGHT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = scratch.path();
    // GREENLIGHT_SCREENSHOT_THEME=dark checks the dark palette; QT_SCALE_FACTOR=2 checks HiDPI.
    const bool dark = qEnvironmentVariable("GREENLIGHT_SCREENSHOT_THEME") == QLatin1String("dark");
    if (dark)
        ui::applyTheme(ui::Preferences::Theme::Dark);
    const QString prefix = dark ? QStringLiteral("/review-dark-") : QStringLiteral("/review-");
    m_document->setDisplayCurrency(
        qEnvironmentVariable("GREENLIGHT_SCREENSHOT_CURRENCY", QStringLiteral("USD")));
    m_document->refreshReviewNow();
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(dir + prefix + QStringLiteral("main.png"))); // the default layout
    m_window->showReview();
    const char *names[] = {"need", "alternatives", "checklist", "decision", "recommendations"};
    for (int tab = 0; tab < panel()->tabs()->count(); ++tab) {
        panel()->tabs()->setCurrentIndex(tab);
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(dir + prefix + QLatin1String(names[tab]) + QStringLiteral(".png")));
    }
    if (dark)
        ui::applyTheme(ui::Preferences::Theme::System);
}

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
