#include "addmeasuredruncommand.h"

#include "document/document.h"

namespace greenlight::ui {

AddMeasuredRunCommand::AddMeasuredRunCommand(Document *document, int index, std::vector<MeasuredRun> runs,
                                             const QString &text)
    : QUndoCommand(text), m_document(document), m_index(index), m_runs(std::move(runs))
{}

void AddMeasuredRunCommand::undo()
{
    m_document->applyRemoveRuns(m_index, static_cast<int>(m_runs.size()));
}

void AddMeasuredRunCommand::redo()
{
    m_document->applyInsertRuns(m_index, m_runs);
}

} // namespace greenlight::ui
