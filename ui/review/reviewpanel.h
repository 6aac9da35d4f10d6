#pragma once

#include "model/review.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace greenlight::ui {

class Document;
class RecommendationsModel;

// The need-and-impact review (issue 5): need, alternatives linked to scenarios, checklist with the
// core's evidence, decision and the core's recommendations. Every edit is one undo step through
// Document::editReview (typing in one field merges); the widgets only mirror Document::review().
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        NeedTab,
        AlternativesTab,
        ChecklistTab,
        DecisionTab,
        RecommendationsTab
    };

    explicit ReviewPanel(Document &document, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *purposeEdit() const { return m_purpose; }
    QPlainTextEdit *benefitEdit() const { return m_benefit; }
    QPlainTextEdit *measureEdit() const { return m_measure; }
    QPlainTextEdit *risksEdit() const { return m_risks; }
    QTableWidget *alternativesTable() const { return m_alternatives; }
    QPushButton *addAlternativeButton() const { return m_addAlternative; }
    QPushButton *removeAlternativeButton() const { return m_removeAlternative; }
    QListWidget *reviewersList() const { return m_reviewers; }
    QPushButton *addReviewerButton() const { return m_addReviewer; }
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *decisionBox() const { return m_decision; }
    QPlainTextEdit *conditionsEdit() const { return m_conditions; }
    QTableView *recommendationsView() const { return m_recommendationsView; }
    RecommendationsModel *recommendationsModel() const { return m_recommendations; }
    // Checklist widgets, in Checklist::questions() order.
    QComboBox *answerBox(int question) const;
    QLineEdit *answerNote(int question) const;
    QLabel *evidenceLabel(int question) const;
    // Alternative row widgets.
    QComboBox *alternativeKindBox(int row) const;
    QComboBox *alternativeScenarioBox(int row) const;
    QLineEdit *alternativeNoteEdit(int row) const;

private:
    struct Question
    {
        QComboBox *answer = nullptr;
        QLineEdit *note = nullptr;
        QLabel *evidence = nullptr;
    };

    QWidget *buildNeed();
    QWidget *buildAlternatives();
    QWidget *buildChecklist();
    QWidget *buildDecision();
    QWidget *buildRecommendations();

    // Applies `change` to a copy of the review and pushes it as one undo step.
    template <typename F>
    void edit(F change, const QString &text, int mergeKey = 0);
    QPlainTextEdit *textField(std::string Review::*field, const QString &accessibleName,
                              const QString &placeholder, const QString &undoText, int mergeKey);

    void refresh();
    void refreshAlternatives();
    void refreshReviewers();
    void refreshEvidence();
    void fillScenarioBox(QComboBox *box, const std::string &selected) const;

    Document &m_document;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_purpose = nullptr;
    QPlainTextEdit *m_benefit = nullptr;
    QPlainTextEdit *m_measure = nullptr;
    QPlainTextEdit *m_risks = nullptr;
    QTableWidget *m_alternatives = nullptr;
    QPushButton *m_addAlternative = nullptr;
    QPushButton *m_removeAlternative = nullptr;
    std::vector<Question> m_questions;
    QListWidget *m_reviewers = nullptr;
    QPushButton *m_addReviewer = nullptr;
    QPushButton *m_removeReviewer = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_decision = nullptr;
    QPlainTextEdit *m_conditions = nullptr;
    QLabel *m_recommendationNote = nullptr;
    QTableView *m_recommendationsView = nullptr;
    RecommendationsModel *m_recommendations = nullptr;
    bool m_refreshing = false;
};

} // namespace greenlight::ui
