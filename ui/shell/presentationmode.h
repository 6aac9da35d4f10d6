#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QStringList>

class QAction;
class QMainWindow;

namespace greenlight::ui {

// Workshop presentation mode: full screen, the application font × kFontScale (charts follow, see
// PlotWidget), and only the scenario list, editor, explanation and dashboard left visible. One
// checkable action (F11 or Ctrl+Shift+P) enters and leaves it; leaving restores the exact dock
// layout, geometry and font.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    static constexpr double kFontScale = 1.5;

    explicit PresentationMode(QMainWindow *window);

    QAction *action() const { return m_action; }
    bool isActive() const { return m_active; }
    void setActive(bool active);
    // Docks (object names) that stay visible in presentation mode.
    static const QStringList &keptDocks();

signals:
    void activeChanged(bool active);

private:
    void enter();
    void leave();

    QMainWindow *m_window;
    QAction *m_action = nullptr;
    bool m_active = false;
    QByteArray m_state;
    QByteArray m_geometry;
    QFont m_font;
    QStringList m_raised; // docks that were the visible tab of their group
    bool m_wasMaximized = false;
};

} // namespace greenlight::ui
