#include "addscenariocommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace greenlight::ui {

AddScenarioCommand::AddScenarioCommand(Document *document, int index, Scenario scenario, const QString &text)
    : QUndoCommand(text.isEmpty() ? QCoreApplication::translate("Commands", "Add scenario") : text),
      m_document(document), m_index(index), m_scenario(std::move(scenario))
{}

void AddScenarioCommand::undo()
{
    m_document->applyRemove(m_index);
}

void AddScenarioCommand::redo()
{
    m_document->applyInsert(m_index, m_scenario);
}

} // namespace greenlight::ui
