#pragma once

#include "model/review.h"

#include <QUndoCommand>

namespace greenlight::ui {

class Document;

// Replaces the project's review by an edited copy. Consecutive edits with the same non-zero merge
// key (typing in one field) become one undo step.
class EditReviewCommand : public QUndoCommand
{
public:
    static constexpr int kId = 1101;

    EditReviewCommand(Document *document, Review before, Review after, const QString &text, int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey > 0 ? kId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    Review m_before;
    Review m_after;
    int m_mergeKey;
};

} // namespace greenlight::ui
