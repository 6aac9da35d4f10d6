#include "movescenariocommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace greenlight::ui {

MoveScenarioCommand::MoveScenarioCommand(Document *document, int from, int to)
    : QUndoCommand(QCoreApplication::translate("Commands", "Move scenario")), m_document(document),
      m_from(from), m_to(to)
{}

void MoveScenarioCommand::undo()
{
    m_document->applyMove(m_to, m_from);
}

void MoveScenarioCommand::redo()
{
    m_document->applyMove(m_from, m_to);
}

} // namespace greenlight::ui
