#include "editreviewcommand.h"

#include "document/document.h"

namespace greenlight::ui {

EditReviewCommand::EditReviewCommand(Document *document, Review before, Review after, const QString &text,
                                     int mergeKey)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey)
{}

void EditReviewCommand::undo()
{
    m_document->applyReview(m_before);
}

void EditReviewCommand::redo()
{
    m_document->applyReview(m_after);
}

bool EditReviewCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditReviewCommand *>(other);
    if (o->m_mergeKey != m_mergeKey)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace greenlight::ui
