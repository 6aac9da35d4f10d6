#pragma once

#include <QWidget>

class QListView;
class QToolButton;

namespace greenlight::ui {

class Document;
class ScenarioListModel;

// Add, duplicate, rename (double-click), delete, reorder, colour, baseline, include/exclude.
class ScenarioListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioListPanel(Document &document, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }

private:
    void addScenario();
    void chooseColor();
    void syncSelection();
    void updateButtons();

    Document &m_document;
    ScenarioListModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QToolButton *m_duplicate = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QToolButton *m_color = nullptr;
    QToolButton *m_baseline = nullptr;
};

} // namespace greenlight::ui
