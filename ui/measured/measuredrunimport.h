#pragma once

#include <QObject>

class QWidget;

namespace greenlight::ui {

class Document;

// File → Import measured run… and dropped log files: reads through Document::importMeasuredRuns
// (the core's importers) and shows what went wrong or was skipped in a message box.
class MeasuredRunImport : public QObject
{
    Q_OBJECT

public:
    MeasuredRunImport(Document &document, QWidget *window, QObject *parent = nullptr);

    // Extensions the importer is offered (the format itself is recognised from the content).
    static bool isImportable(const QString &path);
    void importDialog();
    bool importPath(const QString &path);

signals:
    void imported(const QStringList &names);

private:
    Document &m_document;
    QWidget *m_window;
};

} // namespace greenlight::ui
