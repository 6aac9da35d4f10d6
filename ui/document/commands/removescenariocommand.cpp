#include "removescenariocommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace greenlight::ui {

RemoveScenarioCommand::RemoveScenarioCommand(Document *document, int index, Scenario scenario,
                                             std::string baseline)
    : QUndoCommand(QCoreApplication::translate("Commands", "Delete scenario")), m_document(document),
      m_index(index), m_scenario(std::move(scenario)), m_baseline(std::move(baseline))
{}

void RemoveScenarioCommand::undo()
{
    m_document->applyInsert(m_index, m_scenario);
    const Project &p = m_document->project();
    m_document->applyProjectInfo(p.name, p.notes, m_baseline);
}

void RemoveScenarioCommand::redo()
{
    m_document->applyRemove(m_index);
    const Project &p = m_document->project();
    if (p.baseline == m_scenario.name)
        m_document->applyProjectInfo(p.name, p.notes, std::string());
}

} // namespace greenlight::ui
