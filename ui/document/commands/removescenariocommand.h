#pragma once

#include "model/scenario.h"

#include <QUndoCommand>

#include <string>

namespace greenlight::ui {

class Document;

class RemoveScenarioCommand : public QUndoCommand
{
public:
    RemoveScenarioCommand(Document *document, int index, Scenario scenario, std::string baseline);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    int m_index;
    Scenario m_scenario;
    std::string m_baseline; // restored on undo when the baseline itself was removed
};

} // namespace greenlight::ui
