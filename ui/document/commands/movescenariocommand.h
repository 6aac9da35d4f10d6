#pragma once

#include <QUndoCommand>

namespace greenlight::ui {

class Document;

class MoveScenarioCommand : public QUndoCommand
{
public:
    MoveScenarioCommand(Document *document, int from, int to);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    int m_from;
    int m_to;
};

} // namespace greenlight::ui
