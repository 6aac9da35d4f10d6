#include "shell/presentationmode.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>
#include <QToolBar>

namespace greenlight::ui {

PresentationMode::PresentationMode(QMainWindow *window) : QObject(window), m_window(window)
{
    m_action = new QAction(tr("&Presentation Mode"), this);
    m_action->setObjectName(QStringLiteral("presentationModeAction"));
    m_action->setCheckable(true);
    m_action->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_action->setShortcutContext(Qt::ApplicationShortcut);
    m_action->setToolTip(tr("Full screen with large text and charts, for projectors and workshops (F11)"));
    connect(m_action, &QAction::toggled, this, &PresentationMode::setActive);
}

const QStringList &PresentationMode::keptDocks()
{
    static const QStringList kept{QStringLiteral("scenariosDock"), QStringLiteral("editorDock"),
                                  QStringLiteral("explanationDock")};
    return kept;
}

void PresentationMode::setActive(bool active)
{
    if (active == m_active)
        return;
    if (active)
        enter();
    else
        leave();
    m_active = active;
    m_action->setChecked(active);
    emit activeChanged(active);
}

void PresentationMode::enter()
{
    m_state = m_window->saveState();
    m_geometry = m_window->saveGeometry();
    m_wasMaximized = m_window->isMaximized();
    m_font = QApplication::font();
    m_raised.clear();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
        if (dock->isVisible() && keptDocks().contains(dock->objectName()))
            m_raised << dock->objectName();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
        if (!keptDocks().contains(dock->objectName()))
            dock->hide();
    for (QToolBar *bar : m_window->findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly))
        bar->hide();
    QFont large = m_font;
    if (large.pointSizeF() > 0)
        large.setPointSizeF(large.pointSizeF() * kFontScale);
    else
        large.setPixelSize(qRound(large.pixelSize() * kFontScale));
    QApplication::setFont(large);
    m_window->showFullScreen();
}

void PresentationMode::leave()
{
    QApplication::setFont(m_font);
    if (m_wasMaximized)
        m_window->showMaximized();
    else
        m_window->showNormal();
    m_window->restoreGeometry(m_geometry);
    m_window->restoreState(m_state);
    // The window leaves full screen asynchronously: once its normal size is back, lay the docks
    // out again so their sizes are exactly the saved ones.
    // restoreState does not bring back which tab of a dock group was in front: raise those.
    QTimer::singleShot(0, m_window, [window = m_window, state = m_state, raised = m_raised] {
        window->restoreState(state);
        for (QDockWidget *dock : window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
            if (raised.contains(dock->objectName()))
                dock->raise();
    });
}

} // namespace greenlight::ui
