#include "review/reviewpanel.h"

#include "document/document.h"
#include "i18n/coretext.h"
#include "qtutil/qtconvert.h"
#include "review/checklist.h"
#include "review/recommendationsmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace greenlight::ui {

namespace {

// Merge keys: consecutive typing in one field is one undo step.
enum MergeKey
{
    kPurpose = 1,
    kBenefit,
    kMeasure,
    kRisks,
    kConditions,
    kAlternativeNote = 100, // + row
    kChecklistNote = 200,   // + question
};

// The day a date edit shows as "not set" (its minimum).
const QDate kNotSet(2000, 1, 1);

QString kindLabel(AlternativeKind kind)
{
    switch (kind) {
    case AlternativeKind::DoNothing:
        return QObject::tr("Do nothing");
    case AlternativeKind::SmallerModel:
        return QObject::tr("Smaller model");
    case AlternativeKind::FineTune:
        return QObject::tr("Fine-tune an existing model");
    case AlternativeKind::Distil:
        return QObject::tr("Distil");
    case AlternativeKind::OtherRegion:
        return QObject::tr("Other region");
    case AlternativeKind::OtherTime:
        return QObject::tr("Other time");
    case AlternativeKind::Other:
        return QObject::tr("Other");
    }
    return {};
}

constexpr AlternativeKind kKinds[] = {AlternativeKind::DoNothing,   AlternativeKind::SmallerModel,
                                      AlternativeKind::FineTune,    AlternativeKind::Distil,
                                      AlternativeKind::OtherRegion, AlternativeKind::OtherTime,
                                      AlternativeKind::Other};

ChecklistItem *findItem(Review &r, const std::string &id)
{
    auto it = std::find_if(r.checklist.begin(), r.checklist.end(),
                           [&](const ChecklistItem &c) { return c.id == id; });
    return it == r.checklist.end() ? nullptr : &*it;
}

const ChecklistItem *findItem(const Review &r, const std::string &id)
{
    auto it = std::find_if(r.checklist.begin(), r.checklist.end(),
                           [&](const ChecklistItem &c) { return c.id == id; });
    return it == r.checklist.end() ? nullptr : &*it;
}

// Sets one answer or note; an item back to "unanswered, no note" is dropped, so an untouched
// checklist stays empty in the file.
template <typename F>
void setItem(Review &r, const std::string &id, F change)
{
    ChecklistItem *item = findItem(r, id);
    if (!item) {
        r.checklist.push_back(ChecklistItem{id, ChecklistAnswer::Unanswered, {}});
        item = &r.checklist.back();
    }
    change(*item);
    if (item->answer == ChecklistAnswer::Unanswered && item->note.empty())
        r.checklist.erase(r.checklist.begin() + (item - r.checklist.data()));
}

void setPlainText(QPlainTextEdit *edit, const std::string &text)
{
    const QString t = qs(text);
    if (edit->toPlainText() != t) // keeps the cursor while the user types
        edit->setPlainText(t);
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QWidget *scrollable(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

ReviewPanel::ReviewPanel(Document &document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setAccessibleName(tr("Review"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrollable(buildNeed()), tr("Need"));
    m_tabs->addTab(buildAlternatives(), tr("Alternatives"));
    m_tabs->addTab(scrollable(buildChecklist()), tr("Checklist"));
    m_tabs->addTab(scrollable(buildDecision()), tr("Decision"));
    m_tabs->addTab(buildRecommendations(), tr("Recommendations"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(&document, &Document::reviewChanged, this, &ReviewPanel::refresh);
    connect(&document, &Document::projectReset, this, &ReviewPanel::refresh);
    connect(&document, &Document::scenariosChanged, this, &ReviewPanel::refreshAlternatives);
    connect(&document, &Document::recommendationsChanged, this, &ReviewPanel::refreshEvidence);
    connect(&document, &Document::currencyChanged, this, &ReviewPanel::refreshEvidence);
    refresh();
    refreshEvidence();
}

template <typename F>
void ReviewPanel::edit(F change, const QString &text, int mergeKey)
{
    if (m_refreshing)
        return;
    Review r = m_document.review();
    change(r);
    m_document.editReview(r, text, mergeKey);
}

QPlainTextEdit *ReviewPanel::textField(std::string Review::*field, const QString &accessibleName,
                                       const QString &placeholder, const QString &undoText, int mergeKey)
{
    auto *e = new QPlainTextEdit;
    e->setAccessibleName(accessibleName);
    e->setPlaceholderText(placeholder);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    connect(e, &QPlainTextEdit::textChanged, this, [this, e, field, undoText, mergeKey] {
        const std::string text = ss(e->toPlainText());
        edit([&](Review &r) { r.*field = text; }, undoText, mergeKey);
    });
    return e;
}

QWidget *ReviewPanel::buildNeed()
{
    auto *w = new QWidget;
    auto *form = new QFormLayout(w);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_purpose =
        textField(&Review::purpose, tr("Purpose"), tr("Why train this model? What problem does it solve?"),
                  tr("Edit purpose"), kPurpose);
    m_benefit =
        textField(&Review::expectedBenefit, tr("Expected benefit"),
                  tr("What do we expect to gain, and for whom?"), tr("Edit expected benefit"), kBenefit);
    m_measure = textField(&Review::benefitMeasure, tr("How the benefit is measured"),
                          tr("Benchmark, metric and target that will show the gain"),
                          tr("Edit how the benefit is measured"), kMeasure);
    m_risks = textField(&Review::risks, tr("Risks"), tr("What could go wrong: overruns, reruns, misuse…"),
                        tr("Edit risks"), kRisks);
    form->addRow(tr("&Purpose"), m_purpose);
    form->addRow(tr("Expected &benefit"), m_benefit);
    form->addRow(tr("How the benefit is &measured"), m_measure);
    form->addRow(tr("&Risks"), m_risks);
    return w;
}

QWidget *ReviewPanel::buildAlternatives()
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(
        hint(tr("The alternatives the team considered, each modelled by a scenario. Their savings "
                "appear under Recommendations."),
             w));
    m_alternatives = new QTableWidget(0, 3, w);
    m_alternatives->setAccessibleName(tr("Alternatives considered"));
    m_alternatives->setHorizontalHeaderLabels({tr("Kind"), tr("Scenario"), tr("Note")});
    // The note gets the room: kind and scenario are picked from lists (full text in the popup).
    m_alternatives->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_alternatives->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_alternatives->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_alternatives->horizontalHeader()->resizeSection(0,
                                                      fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
    m_alternatives->horizontalHeader()->resizeSection(1,
                                                      fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22);
    m_alternatives->verticalHeader()->setVisible(false);
    m_alternatives->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alternatives->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_alternatives, 1);
    auto *buttons = new QHBoxLayout;
    m_addAlternative = new QPushButton(tr("&Add alternative"), w);
    m_removeAlternative = new QPushButton(tr("Remo&ve"), w);
    m_removeAlternative->setEnabled(false);
    buttons->addWidget(m_addAlternative);
    buttons->addWidget(m_removeAlternative);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_addAlternative, &QPushButton::clicked, this, [this] {
        // Link the first scenario that is not the baseline: that is what an alternative usually is.
        Alternative a;
        const int base = m_document.baselineIndex();
        for (int i = 0; i < m_document.scenarioCount(); ++i)
            if (i != base || m_document.scenarioCount() == 1) {
                a.scenario = m_document.scenario(i).name;
                break;
            }
        if (a.scenario.empty())
            a.kind = AlternativeKind::DoNothing; // no scenario to link yet
        edit([&](Review &r) { r.alternatives.push_back(a); }, tr("Add alternative"));
        m_alternatives->selectRow(m_alternatives->rowCount() - 1);
    });
    connect(m_removeAlternative, &QPushButton::clicked, this, [this] {
        const int row = m_alternatives->currentRow();
        if (row < 0 || row >= static_cast<int>(m_document.review().alternatives.size()))
            return;
        edit([row](Review &r) { r.alternatives.erase(r.alternatives.begin() + row); },
             tr("Remove alternative"));
    });
    connect(m_alternatives, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_removeAlternative->setEnabled(row >= 0); });
    return w;
}

QWidget *ReviewPanel::buildChecklist()
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    const auto &questions = Checklist::questions();
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const ChecklistQuestion &q = questions[i];
        auto *frame = new QFrame(w);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *fl = new QVBoxLayout(frame);
        fl->setContentsMargins(6, 4, 6, 4);
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(trCore(q.text).toHtmlEscaped()), frame);
        title->setWordWrap(true);
        title->setToolTip(trCore(q.hint));
        fl->addWidget(title);
        auto *row = new QHBoxLayout;
        Question widgets;
        widgets.answer = new QComboBox(frame);
        widgets.answer->setAccessibleName(tr("Answer: %1").arg(trCore(q.text)));
        widgets.answer->addItem(tr("Unanswered"), static_cast<int>(ChecklistAnswer::Unanswered));
        widgets.answer->addItem(tr("Yes"), static_cast<int>(ChecklistAnswer::Yes));
        widgets.answer->addItem(tr("Partly"), static_cast<int>(ChecklistAnswer::Partly));
        widgets.answer->addItem(tr("No"), static_cast<int>(ChecklistAnswer::No));
        widgets.note = new QLineEdit(frame);
        widgets.note->setAccessibleName(tr("Note: %1").arg(trCore(q.text)));
        widgets.note->setPlaceholderText(tr("Note"));
        widgets.note->setClearButtonEnabled(true);
        row->addWidget(widgets.answer);
        row->addWidget(widgets.note, 1);
        fl->addLayout(row);
        widgets.evidence = new QLabel(frame);
        widgets.evidence->setWordWrap(true);
        widgets.evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
        widgets.evidence->setAccessibleName(tr("Evidence: %1").arg(trCore(q.text)));
        fl->addWidget(widgets.evidence);
        layout->addWidget(frame);

        const std::string id = q.id;
        const int key = kChecklistNote + static_cast<int>(i);
        connect(widgets.answer, &QComboBox::activated, this, [this, id, box = widgets.answer] {
            const auto answer = static_cast<ChecklistAnswer>(box->currentData().toInt());
            edit([&](Review &r) { setItem(r, id, [&](ChecklistItem &c) { c.answer = answer; }); },
                 tr("Answer checklist question"));
        });
        connect(widgets.note, &QLineEdit::textEdited, this, [this, id, key](const QString &text) {
            const std::string note = ss(text);
            edit([&](Review &r) { setItem(r, id, [&](ChecklistItem &c) { c.note = note; }); },
                 tr("Edit checklist note"), key);
        });
        m_questions.push_back(widgets);
    }
    layout->addStretch(1);
    return w;
}

QWidget *ReviewPanel::buildDecision()
{
    auto *w = new QWidget;
    auto *form = new QFormLayout(w);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    auto *reviewers = new QWidget(w);
    reviewers->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *rl = new QVBoxLayout(reviewers);
    rl->setContentsMargins(0, 0, 0, 0);
    m_reviewers = new QListWidget(reviewers);
    m_reviewers->setAccessibleName(tr("Reviewers"));
    m_reviewers->setToolTip(tr("Double-click a name to edit it."));
    m_reviewers->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    rl->addWidget(m_reviewers);
    auto *add = new QHBoxLayout;
    auto *name = new QLineEdit(reviewers);
    name->setPlaceholderText(tr("Name, role"));
    name->setAccessibleName(tr("New reviewer"));
    m_addReviewer = new QPushButton(tr("Add"), reviewers);
    m_removeReviewer = new QPushButton(tr("Remove"), reviewers);
    add->addWidget(name, 1);
    add->addWidget(m_addReviewer);
    add->addWidget(m_removeReviewer);
    rl->addLayout(add);
    form->addRow(tr("Re&viewers"), reviewers);
    const auto addReviewer = [this, name] {
        const std::string n = ss(name->text().trimmed());
        if (n.empty())
            return;
        edit([&](Review &r) { r.reviewers.push_back(n); }, tr("Add reviewer"));
        name->clear();
    };
    connect(m_addReviewer, &QPushButton::clicked, this, addReviewer);
    connect(name, &QLineEdit::returnPressed, this, addReviewer);
    connect(m_removeReviewer, &QPushButton::clicked, this, [this] {
        const int row = m_reviewers->currentRow();
        if (row < 0 || row >= static_cast<int>(m_document.review().reviewers.size()))
            return;
        edit([row](Review &r) { r.reviewers.erase(r.reviewers.begin() + row); }, tr("Remove reviewer"));
    });
    connect(m_reviewers, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_reviewers->row(item);
        const std::string n = ss(item->text().trimmed());
        if (row < 0 || row >= static_cast<int>(m_document.review().reviewers.size()))
            return;
        edit(
            [&](Review &r) {
                if (n.empty())
                    r.reviewers.erase(r.reviewers.begin() + row);
                else
                    r.reviewers[static_cast<std::size_t>(row)] = n;
            },
            tr("Edit reviewer"));
    });

    m_date = new QDateEdit(w);
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(kNotSet);
    m_date->setSpecialValueText(tr("not set"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Review date"));
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    auto *today = new QPushButton(tr("Today"), w);
    auto *clear = new QPushButton(tr("Clear"), w);
    dateRow->addWidget(today);
    dateRow->addWidget(clear);
    dateRow->addStretch(1);
    form->addRow(tr("Date"), dateRow);
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) {
        const std::string iso = d <= kNotSet ? std::string() : ss(d.toString(Qt::ISODate));
        edit([&](Review &r) { r.date = iso; }, tr("Change review date"));
    });
    connect(today, &QPushButton::clicked, this, [this] { m_date->setDate(QDate::currentDate()); });
    connect(clear, &QPushButton::clicked, this, [this] { m_date->setDate(kNotSet); });

    m_decision = new QComboBox(w);
    m_decision->setAccessibleName(tr("Decision"));
    m_decision->addItem(tr("Undecided"), static_cast<int>(ReviewDecision::Undecided));
    m_decision->addItem(tr("Approve"), static_cast<int>(ReviewDecision::Approve));
    m_decision->addItem(tr("Approve with conditions"),
                        static_cast<int>(ReviewDecision::ApproveWithConditions));
    m_decision->addItem(tr("Reject"), static_cast<int>(ReviewDecision::Reject));
    form->addRow(tr("De&cision"), m_decision);
    connect(m_decision, &QComboBox::activated, this, [this] {
        const auto d = static_cast<ReviewDecision>(m_decision->currentData().toInt());
        edit([d](Review &r) { r.decision = d; }, tr("Change decision"));
    });
    m_conditions = textField(&Review::conditions, tr("Conditions"),
                             tr("Conditions of the approval: caps, schedule, checkpoints…"),
                             tr("Edit conditions"), kConditions);
    form->addRow(tr("C&onditions"), m_conditions);
    return w;
}

QWidget *ReviewPanel::buildRecommendations()
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    m_recommendationNote = hint(QString(), w);
    layout->addWidget(m_recommendationNote);
    m_recommendations = new RecommendationsModel(m_document, this);
    m_recommendationsView = new QTableView(w);
    m_recommendationsView->setModel(m_recommendations);
    m_recommendationsView->setAccessibleName(tr("Recommendations ranked by CO2e saved"));
    m_recommendationsView->setAlternatingRowColors(true);
    m_recommendationsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recommendationsView->verticalHeader()->setVisible(false);
    // Option names are long (scenario names): wrapped in a fixed column, numbers sized to content.
    m_recommendationsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recommendationsView->horizontalHeader()->setSectionResizeMode(RecommendationsModel::Option,
                                                                    QHeaderView::Interactive);
    m_recommendationsView->horizontalHeader()->resizeSection(
        RecommendationsModel::Option, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
    m_recommendationsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recommendationsView->setWordWrap(true);
    layout->addWidget(m_recommendationsView, 1);
    return w;
}

QComboBox *ReviewPanel::answerBox(int question) const
{
    return m_questions.at(static_cast<std::size_t>(question)).answer;
}

QLineEdit *ReviewPanel::answerNote(int question) const
{
    return m_questions.at(static_cast<std::size_t>(question)).note;
}

QLabel *ReviewPanel::evidenceLabel(int question) const
{
    return m_questions.at(static_cast<std::size_t>(question)).evidence;
}

QComboBox *ReviewPanel::alternativeKindBox(int row) const
{
    return qobject_cast<QComboBox *>(m_alternatives->cellWidget(row, 0));
}

QComboBox *ReviewPanel::alternativeScenarioBox(int row) const
{
    return qobject_cast<QComboBox *>(m_alternatives->cellWidget(row, 1));
}

QLineEdit *ReviewPanel::alternativeNoteEdit(int row) const
{
    return qobject_cast<QLineEdit *>(m_alternatives->cellWidget(row, 2));
}

void ReviewPanel::refresh()
{
    m_refreshing = true;
    const Review &r = m_document.review();
    setPlainText(m_purpose, r.purpose);
    setPlainText(m_benefit, r.expectedBenefit);
    setPlainText(m_measure, r.benefitMeasure);
    setPlainText(m_risks, r.risks);
    setPlainText(m_conditions, r.conditions);
    const auto &questions = Checklist::questions();
    for (std::size_t i = 0; i < questions.size() && i < m_questions.size(); ++i) {
        const ChecklistItem *item = findItem(r, questions[i].id);
        const auto answer = item ? item->answer : ChecklistAnswer::Unanswered;
        m_questions[i].answer->setCurrentIndex(m_questions[i].answer->findData(static_cast<int>(answer)));
        const QString note = item ? qs(item->note) : QString();
        if (m_questions[i].note->text() != note) {
            m_questions[i].note->setText(note);
            m_questions[i].note->setCursorPosition(0); // the beginning of a long note
        }
        m_questions[i].note->setToolTip(note);
    }
    const QDate date = QDate::fromString(qs(r.date), Qt::ISODate);
    m_date->setDate(date.isValid() ? date : kNotSet);
    m_decision->setCurrentIndex(m_decision->findData(static_cast<int>(r.decision)));
    refreshReviewers();
    m_refreshing = false;
    refreshAlternatives();
}

void ReviewPanel::refreshReviewers()
{
    const bool was = m_refreshing;
    m_refreshing = true;
    const auto &names = m_document.review().reviewers;
    const int current = m_reviewers->currentRow();
    m_reviewers->clear();
    for (const std::string &n : names) {
        auto *item = new QListWidgetItem(qs(n), m_reviewers);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_reviewers->setCurrentRow(std::min(current, m_reviewers->count() - 1));
    m_removeReviewer->setEnabled(!names.empty());
    m_refreshing = was;
}

void ReviewPanel::fillScenarioBox(QComboBox *box, const std::string &selected) const
{
    const QSignalBlocker block(box);
    box->clear();
    for (int i = 0; i < m_document.scenarioCount(); ++i) {
        const QString name = qs(m_document.scenario(i).name);
        box->addItem(i == m_document.baselineIndex() ? tr("%1 (baseline)").arg(name) : name, name);
    }
    if (selected.empty()) {
        box->setCurrentIndex(-1);
        return;
    }
    int index = box->findData(qs(selected));
    if (index < 0) { // the scenario was deleted: say so rather than pick another one silently
        box->addItem(tr("%1 (missing)").arg(qs(selected)), qs(selected));
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

void ReviewPanel::refreshAlternatives()
{
    const bool was = m_refreshing;
    m_refreshing = true;
    const auto &alternatives = m_document.review().alternatives;
    const int rows = static_cast<int>(alternatives.size());
    if (m_alternatives->rowCount() != rows) {
        // Rebuild the row widgets; in-place updates below keep focus while typing a note.
        m_alternatives->setRowCount(0);
        m_alternatives->setRowCount(rows);
        for (int row = 0; row < rows; ++row) {
            auto *kind = new QComboBox;
            for (AlternativeKind k : kKinds)
                kind->addItem(kindLabel(k), static_cast<int>(k));
            kind->setAccessibleName(tr("Kind of alternative %1").arg(row + 1));
            auto *scenario = new QComboBox;
            scenario->setAccessibleName(tr("Scenario of alternative %1").arg(row + 1));
            auto *note = new QLineEdit;
            note->setAccessibleName(tr("Note on alternative %1").arg(row + 1));
            note->setPlaceholderText(tr("Why it was or was not chosen"));
            note->setFrame(false);
            m_alternatives->setCellWidget(row, 0, kind);
            m_alternatives->setCellWidget(row, 1, scenario);
            m_alternatives->setCellWidget(row, 2, note);
            connect(kind, &QComboBox::activated, this, [this, row, kind] {
                const auto k = static_cast<AlternativeKind>(kind->currentData().toInt());
                edit(
                    [&](Review &r) {
                        Alternative &a = r.alternatives.at(static_cast<std::size_t>(row));
                        a.kind = k;
                        // Doing nothing has no scenario; any other kind needs one.
                        if (k == AlternativeKind::DoNothing)
                            a.scenario.clear();
                        else if (a.scenario.empty() && m_document.scenarioCount() > 0)
                            a.scenario = m_document
                                             .scenario(m_document.scenarioCount() > 1 &&
                                                               m_document.baselineIndex() == 0
                                                           ? 1
                                                           : 0)
                                             .name;
                    },
                    tr("Change kind of alternative"));
            });
            connect(scenario, &QComboBox::activated, this, [this, row, scenario] {
                const std::string name = ss(scenario->currentData().toString());
                edit([&](Review &r) { r.alternatives.at(static_cast<std::size_t>(row)).scenario = name; },
                     tr("Link alternative to scenario"));
            });
            connect(note, &QLineEdit::textEdited, this, [this, row](const QString &text) {
                const std::string n = ss(text);
                edit([&](Review &r) { r.alternatives.at(static_cast<std::size_t>(row)).note = n; },
                     tr("Edit alternative note"), kAlternativeNote + row);
            });
        }
    }
    for (int row = 0; row < rows; ++row) {
        const Alternative &a = alternatives[static_cast<std::size_t>(row)];
        QComboBox *kind = alternativeKindBox(row);
        kind->setCurrentIndex(kind->findData(static_cast<int>(a.kind)));
        QComboBox *scenario = alternativeScenarioBox(row);
        fillScenarioBox(scenario, a.scenario);
        scenario->setEnabled(a.kind != AlternativeKind::DoNothing);
        QLineEdit *note = alternativeNoteEdit(row);
        if (note->text() != qs(a.note)) {
            note->setText(qs(a.note));
            note->setCursorPosition(0); // show the beginning of a long note
        }
        note->setToolTip(qs(a.note));
    }
    m_removeAlternative->setEnabled(rows > 0 && m_alternatives->currentRow() >= 0);
    m_addAlternative->setEnabled(true);
    m_refreshing = was;
}

void ReviewPanel::refreshEvidence()
{
    const Money &money = m_document.money();
    const auto &evidence = m_document.checklistEvidence();
    const auto &questions = Checklist::questions();
    for (std::size_t i = 0; i < questions.size() && i < m_questions.size(); ++i) {
        auto it = std::find_if(evidence.begin(), evidence.end(),
                               [&](const ChecklistEvidence &e) { return e.id == questions[i].id; });
        QStringList parts;
        if (it != evidence.end()) {
            for (const EvidenceFigure &f : it->figures) {
                // Costs follow the display currency; everything else is shown as the core wrote it.
                const QString value = f.unit == "USD" ? money.format(f.value) : qs(f.text);
                parts << tr("%1: %2").arg(trCore(f.label).toHtmlEscaped(), value.toHtmlEscaped());
            }
            if (!it->note.empty())
                parts << QStringLiteral("<i>%1</i>").arg(trCore(it->note).toHtmlEscaped());
        }
        m_questions[i].evidence->setText(
            parts.isEmpty() ? tr("<small>No figures yet.</small>")
                            : QStringLiteral("<small>%1</small>").arg(parts.join(QStringLiteral(" · "))));
    }
    const int base = m_document.baselineIndex();
    QString note =
        base < 0 ? tr("Add scenarios to get recommendations.")
                 : tr("Levers applied to the baseline “%1” and the other scenarios, ranked by lifecycle "
                      "CO2e saved; costs in %2.")
                       .arg(qs(m_document.scenario(base).name).toHtmlEscaped(), money.code());
    for (const Issue &issue : m_document.recommendationIssues())
        note += QStringLiteral("<br>") + qs(issue.toString()).toHtmlEscaped();
    m_recommendationNote->setText(note);
}

} // namespace greenlight::ui
