#pragma once

#include "model/scenario.h"

#include <QUndoCommand>

namespace greenlight::ui {

class Document;

class AddScenarioCommand : public QUndoCommand
{
public:
    AddScenarioCommand(Document *document, int index, Scenario scenario, const QString &text = {});

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    int m_index;
    Scenario m_scenario;
};

} // namespace greenlight::ui
