#include "shell/filecontroller.h"

#include "document/document.h"
#include "io/projectfile.h"
#include "qtutil/qtconvert.h"
#include "util/textfile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace greenlight::ui {

namespace {
constexpr int kMaxRecent = 8;
constexpr int kAutosaveMs = 30 * 1000;
const char *const kRecentKey = "files/recent";
} // namespace

FileController::FileController(Document &document, QWidget *window, QObject *parent)
    : QObject(parent), m_document(document), m_window(window), m_autosave(new QTimer(this))
{
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &FileController::autosaveNow);
    m_autosave->start();
}

void FileController::newProject()
{
    if (maybeSave())
        m_document.newProject();
}

void FileController::open()
{
    if (!maybeSave())
        return;
    const QString dir =
        m_document.filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document.filePath()).path();
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open project"), dir,
                                     tr("Greenlight projects (*.greenlight.json);;JSON files (*.json)"));
    if (!path.isEmpty())
        openPath(path);
}

bool FileController::openPath(const QString &path)
{
    Issues issues;
    if (!m_document.open(path, issues)) {
        QStringList errors;
        for (const Issue &i : issues)
            if (i.isError())
                errors << qs(i.toString());
        showLoadErrors(path, errors);
        return false;
    }
    addRecent(path);
    if (m_document.migratedFrom() > 0)
        if (auto *window = qobject_cast<QMainWindow *>(m_window))
            window->statusBar()->showMessage(
                tr("“%1” was written with file format %2 and has been converted to format %3; the first "
                   "save keeps the original as “%4”.")
                    .arg(QFileInfo(path).fileName())
                    .arg(m_document.migratedFrom())
                    .arg(Project::kSchemaVersion)
                    .arg(QFileInfo(qs(ProjectFile::originalBackupPath(ss(path), m_document.migratedFrom())))
                             .fileName()));
    return true;
}

bool FileController::openBuiltIn(const std::string &text, const QString &fileName)
{
    if (!maybeSave())
        return false;
    Issues issues;
    if (!m_document.openText(text, fileName, issues)) {
        QStringList errors;
        for (const Issue &i : issues)
            if (i.isError())
                errors << qs(i.toString());
        showLoadErrors(fileName, errors);
        return false;
    }
    return true;
}

void FileController::showLoadErrors(const QString &path, const QStringList &errors)
{
    QMessageBox box(
        QMessageBox::Warning, tr("Cannot open project"),
        tr("“%1” could not be opened; the open project is unchanged.").arg(QFileInfo(path).fileName()),
        QMessageBox::Ok, m_window);
    box.setInformativeText(errors.isEmpty() ? QString() : errors.mid(0, 5).join(QLatin1Char('\n')));
    if (errors.size() > 5)
        box.setDetailedText(errors.join(QLatin1Char('\n')));
    box.setObjectName(QStringLiteral("loadErrorBox"));
    box.exec();
}

bool FileController::save()
{
    const QString path = m_document.filePath();
    if (path.isEmpty() || !path.endsWith(QLatin1String(".json")) || !QFileInfo(path).isAbsolute())
        return saveAs();
    QString error;
    if (!m_document.save(path, error)) {
        QMessageBox::warning(m_window, tr("Save failed"), tr("Could not save “%1”: %2").arg(path, error));
        return false;
    }
    addRecent(path);
    discardAutosave();
    return true;
}

bool FileController::saveAs()
{
    QString suggestion = qs(m_document.project().name);
    if (suggestion.isEmpty())
        suggestion = tr("project");
    suggestion.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString dir = m_document.filePath().isEmpty() || !QFileInfo(m_document.filePath()).isAbsolute()
                            ? QDir::homePath()
                            : QFileInfo(m_document.filePath()).path();
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save project"),
                                     dir + QLatin1Char('/') + suggestion + QStringLiteral(".greenlight.json"),
                                     tr("Greenlight projects (*.greenlight.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".greenlight.json");
    QString error;
    if (!m_document.save(path, error)) {
        QMessageBox::warning(m_window, tr("Save failed"), tr("Could not save “%1”: %2").arg(path, error));
        return false;
    }
    addRecent(path);
    discardAutosave();
    return true;
}

bool FileController::maybeSave()
{
    if (!m_document.isModified())
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved changes"),
        tr("“%1” has unsaved changes. Save them first?").arg(qs(m_document.project().name)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QStringList FileController::recentFiles() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void FileController::clearRecentFiles()
{
    QSettings().remove(QLatin1String(kRecentKey));
    emit recentFilesChanged();
}

void FileController::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), files);
    emit recentFilesChanged();
}

QString FileController::autosavePath() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/autosave.greenlight.json");
}

void FileController::autosaveNow()
{
    if (!m_document.isModified())
        return;
    const QString path = autosavePath();
    QDir().mkpath(QFileInfo(path).path());
    // The autosave records where the work belongs, so a restore can offer the right file name.
    std::string error;
    writeTextFileAtomic(ss(path), m_document.serialized(), error);
    QSettings().setValue(QStringLiteral("files/autosaveOrigin"), m_document.filePath());
}

void FileController::setAutosaveInterval(int milliseconds)
{
    m_autosave->setInterval(milliseconds);
}

void FileController::discardAutosave()
{
    QFile::remove(autosavePath());
    QSettings().remove(QStringLiteral("files/autosaveOrigin"));
}

bool FileController::offerRecovery()
{
    const QString path = autosavePath();
    if (!QFileInfo::exists(path))
        return false;
    const QString origin = QSettings().value(QStringLiteral("files/autosaveOrigin")).toString();
    QMessageBox box(
        QMessageBox::Question, tr("Recover unsaved work?"),
        tr("Greenlight was not closed properly last time. Unsaved changes%1 were kept from %2. Restore them?")
            .arg(origin.isEmpty() ? QString() : tr(" to “%1”").arg(QFileInfo(origin).fileName()),
                 QFileInfo(path).lastModified().toString(QStringLiteral("yyyy-MM-dd hh:mm"))),
        QMessageBox::Yes | QMessageBox::No, m_window);
    box.setDefaultButton(QMessageBox::Yes);
    box.setObjectName(QStringLiteral("recoveryBox")); // found by tests and the recovery test hook
    if (box.exec() != QMessageBox::Yes) {
        discardAutosave();
        return false;
    }
    std::string text;
    std::string error;
    Issues issues;
    if (!readTextFile(ss(path), text, error) || !m_document.openText(text, origin, issues)) {
        QMessageBox::warning(m_window, tr("Recovery failed"), tr("The autosaved work could not be read."));
        return false;
    }
    // Restored work is unsaved by definition: mark it so the user is asked before closing.
    m_document.markRecovered();
    return true;
}

} // namespace greenlight::ui
