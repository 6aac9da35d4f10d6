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
        QString language; // the text's language: the UI language if translated, else "en"
        QString title;    // the text's first heading
        QString markdown; // the text
        std::string project;
    };

    WorkshopsDialog(FileController &files, QWidget *parent = nullptr);

    // The embedded exercises, in file-name order, with their texts in the UI language
    // (NN-name.<lang>.md, falling back to the English NN-name.md).
    static std::vector<Exercise> exercises();
    // The same with the texts in language ("de"; "en" or empty: the English texts).
    static std::vector<Exercise> exercises(const QString &language);

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
