#pragma once

#include "model/measuredrun.h"

#include <QUndoCommand>

namespace greenlight::ui {

class Document;

class RemoveMeasuredRunCommand : public QUndoCommand
{
public:
    RemoveMeasuredRunCommand(Document *document, int index, MeasuredRun run);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    int m_index;
    MeasuredRun m_run;
};

} // namespace greenlight::ui
