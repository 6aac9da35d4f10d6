#include "editscenariocommand.h"

#include "document/document.h"

namespace greenlight::ui {

EditScenarioCommand::EditScenarioCommand(Document *document, int index, Scenario before, Scenario after,
                                         const QString &text, int mergeKey)
    : QUndoCommand(text), m_document(document), m_index(index), m_before(std::move(before)),
      m_after(std::move(after)), m_mergeKey(mergeKey)
{}

void EditScenarioCommand::undo()
{
    m_document->applyScenario(m_index, m_before);
}

void EditScenarioCommand::redo()
{
    m_document->applyScenario(m_index, m_after);
}

bool EditScenarioCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditScenarioCommand *>(other);
    if (o->m_index != m_index || o->m_mergeKey != m_mergeKey)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace greenlight::ui
