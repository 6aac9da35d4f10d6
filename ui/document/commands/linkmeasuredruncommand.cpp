#include "linkmeasuredruncommand.h"

#include "document/document.h"
#include "qtutil/qtconvert.h"

#include <QCoreApplication>

namespace greenlight::ui {

LinkMeasuredRunCommand::LinkMeasuredRunCommand(Document *document, int index, std::string before,
                                               std::string after)
    : QUndoCommand(after.empty()
                       ? QCoreApplication::translate("Commands", "Unlink measured run")
                       : QCoreApplication::translate("Commands", "Link measured run to “%1”").arg(qs(after))),
      m_document(document), m_index(index), m_before(std::move(before)), m_after(std::move(after))
{}

void LinkMeasuredRunCommand::undo()
{
    m_document->applyRunLink(m_index, m_before);
}

void LinkMeasuredRunCommand::redo()
{
    m_document->applyRunLink(m_index, m_after);
}

} // namespace greenlight::ui
