#pragma once

#include "model/scenario.h"

#include <QUndoCommand>

namespace greenlight::ui {

class Document;

// Replaces one scenario by an edited copy. Consecutive edits of the same scenario with the same
// non-zero merge key become one undo step (a slider drag, typing in a spin box).
class EditScenarioCommand : public QUndoCommand
{
public:
    static constexpr int kId = 1001;

    EditScenarioCommand(Document *document, int index, Scenario before, Scenario after, const QString &text,
                        int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey > 0 ? kId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    int m_index;
    Scenario m_before;
    Scenario m_after;
    int m_mergeKey;
};

} // namespace greenlight::ui
