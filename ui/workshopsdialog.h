#pragma once

#include <QDialog>

#include <string>
#include <vector>

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace greenlight::ui {

class FileController;

// Help → Workshops: the exercises shipped in resources/workshops (a project file and a short text
// each), the text beside the list, and one click (Open, or a double click) to open the project
// through the FileController, so unsaved edits are asked about first.
class WorkshopsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Exercise
    {
        QString base;     // "01-five-regions"
        QString title;    // the text's first heading
        QString markdown; // the text
        std::string project;
    };

    WorkshopsDialog(FileController &files, QWidget *parent = nullptr);

    // The embedded exercises, in file-name order.
    static std::vector<Exercise> exercises();

    QListWidget *list() const { return m_list; }
    QTextBrowser *text() const { return m_text; }
    // Opens the selected exercise; true when it was opened (the dialog then closes).
    bool openSelected();

private:
    void showSelected();

    FileController &m_files;
    std::vector<Exercise> m_exercises;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_text = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace greenlight::ui
