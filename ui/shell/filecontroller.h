#pragma once

#include <QObject>
#include <QStringList>

#include <string>

class QTimer;
class QWidget;

namespace greenlight::ui {

class Document;

// File workflows around the Document: new, open (with validation errors shown and the open
// document kept), save / save as (atomic), recent files, the unsaved-changes prompt, and a
// periodic autosave that is offered back after a crash.
class FileController : public QObject
{
    Q_OBJECT

public:
    FileController(Document &document, QWidget *window, QObject *parent = nullptr);

    void newProject();
    void open();
    bool openPath(const QString &path);
    // Opens a project shipped inside the program (an example or a workshop exercise), after the
    // unsaved-changes prompt. fileName is what the title shows.
    bool openBuiltIn(const std::string &text, const QString &fileName);
    bool save();
    bool saveAs();
    // True when it is fine to discard the document (saved, or the user said so).
    bool maybeSave();
    QStringList recentFiles() const;
    void clearRecentFiles();

    QString autosavePath() const;
    // Called at start-up: offers an autosave left by a crashed session. True if restored.
    bool offerRecovery();
    void autosaveNow();
    // Autosave period (default 30 s); the test hook GREENLIGHT_AUTOSAVE_INTERVAL_MS shortens it.
    void setAutosaveInterval(int milliseconds);
    // Clean exit: the autosave is no longer needed.
    void discardAutosave();

signals:
    void recentFilesChanged();

private:
    void addRecent(const QString &path);
    void showLoadErrors(const QString &path, const QStringList &errors);

    Document &m_document;
    QWidget *m_window;
    QTimer *m_autosave = nullptr;
};

} // namespace greenlight::ui
