#include "removemeasuredruncommand.h"

#include "document/document.h"
#include "qtutil/qtconvert.h"

#include <QCoreApplication>

namespace greenlight::ui {

RemoveMeasuredRunCommand::RemoveMeasuredRunCommand(Document *document, int index, MeasuredRun run)
    : QUndoCommand(QCoreApplication::translate("Commands", "Remove measured run “%1”").arg(qs(run.name))),
      m_document(document), m_index(index), m_run(std::move(run))
{}

void RemoveMeasuredRunCommand::undo()
{
    m_document->applyInsertRuns(m_index, {m_run});
}

void RemoveMeasuredRunCommand::redo()
{
    m_document->applyRemoveRuns(m_index, 1);
}

} // namespace greenlight::ui
