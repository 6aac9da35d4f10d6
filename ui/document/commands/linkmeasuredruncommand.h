#pragma once

#include <QUndoCommand>

#include <string>

namespace greenlight::ui {

class Document;

// Links a measured run to a scenario by name, or unlinks it (empty name).
class LinkMeasuredRunCommand : public QUndoCommand
{
public:
    LinkMeasuredRunCommand(Document *document, int index, std::string before, std::string after);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    int m_index;
    std::string m_before;
    std::string m_after;
};

} // namespace greenlight::ui
