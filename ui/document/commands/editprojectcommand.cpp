#include "editprojectcommand.h"

#include "document/document.h"

namespace greenlight::ui {

EditProjectCommand::EditProjectCommand(Document *document, std::string oldName, std::string oldNotes,
                                       std::string oldBaseline, std::string newName, std::string newNotes,
                                       std::string newBaseline, const QString &text)
    : QUndoCommand(text), m_document(document), m_oldName(std::move(oldName)),
      m_oldNotes(std::move(oldNotes)), m_oldBaseline(std::move(oldBaseline)), m_newName(std::move(newName)),
      m_newNotes(std::move(newNotes)), m_newBaseline(std::move(newBaseline))
{}

void EditProjectCommand::undo()
{
    m_document->applyProjectInfo(m_oldName, m_oldNotes, m_oldBaseline);
}

void EditProjectCommand::redo()
{
    m_document->applyProjectInfo(m_newName, m_newNotes, m_newBaseline);
}

} // namespace greenlight::ui
