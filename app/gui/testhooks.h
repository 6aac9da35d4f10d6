#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace greenlight::ui {

class Document;
class MainWindow;

// Test hooks for tests that drive the real program as a second process
// (tests/ui/tst_autosaverecovery.cpp). Compiled only into the test-only executable
// greenlight-testhooks (app/gui/CMakeLists.txt), never into the shipped `greenlight`. Each hook
// reads one environment variable and does nothing at all when it is unset:
//
//   GREENLIGHT_AUTOSAVE_INTERVAL_MS=N   autosave every N ms instead of every 30 s
//   GREENLIGHT_RECOVERY_ANSWER=restore|discard
//                                       answers the start-up "Recover unsaved work?" box by
//                                       clicking Yes / No on it (and prints its text to stderr)
//   GREENLIGHT_TEST_SCRIPT=FILE         applies FILE's steps once start-up is over, one per line
//                                       ('#' starts a comment), each through the Document's undo
//                                       commands like an edit in the window:
//       name TEXT                       rename the project
//       edit I {JSON}                   JSON merge patch (RFC 7386) of scenario I's file object
//       remove I                        remove scenario I
//       save PATH                       save the project to PATH (atomic, as File > Save does)
//       exit CODE                       leave without the close prompt (the autosave is kept)
//   A step that cannot be applied prints "test script: line N: ..." and exits with code 3.
class TestHooks : public QObject
{
    Q_OBJECT

public:
    // Applies the autosave interval and starts answering the recovery box.
    TestHooks(Document &document, MainWindow &window, QObject *parent = nullptr);
    // Called once start-up (including the recovery offer) is over: runs the script, if any.
    void startupDone();

private:
    void answerRecovery();
    void runScript(const QString &path);
    bool runStep(const QString &line, QString &error);

    Document &m_document;
    MainWindow &m_window;
    QString m_answer;
    QTimer *m_answerer = nullptr;
};

} // namespace greenlight::ui
