#pragma once

#include "model/measuredrun.h"

#include <QUndoCommand>

#include <vector>

namespace greenlight::ui {

class Document;

// Adds the runs read from one imported file (a CodeCarbon task file gives several) as one step.
class AddMeasuredRunCommand : public QUndoCommand
{
public:
    AddMeasuredRunCommand(Document *document, int index, std::vector<MeasuredRun> runs, const QString &text);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    int m_index;
    std::vector<MeasuredRun> m_runs;
};

} // namespace greenlight::ui
