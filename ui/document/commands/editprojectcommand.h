#pragma once

#include <QUndoCommand>

#include <string>

namespace greenlight::ui {

class Document;

// Project-level fields: name, notes, baseline.
class EditProjectCommand : public QUndoCommand
{
public:
    EditProjectCommand(Document *document, std::string oldName, std::string oldNotes, std::string oldBaseline,
                       std::string newName, std::string newNotes, std::string newBaseline,
                       const QString &text);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    std::string m_oldName, m_oldNotes, m_oldBaseline;
    std::string m_newName, m_newNotes, m_newBaseline;
};

} // namespace greenlight::ui
