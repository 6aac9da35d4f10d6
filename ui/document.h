#pragma once

#include "catalog/catalog.h"
#include "estimate/estimate.h"
#include "estimate/resolvedscenario.h"
#include "model/project.h"
#include "util/issue.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace greenlight::ui {

// The open project. Owns the core Project, recomputes every scenario's estimate on change (it
// costs microseconds) and tells the views. Widgets never talk to each other, only to this.
class Document : public QObject
{
    Q_OBJECT

public:
    struct Evaluated
    {
        std::optional<ResolvedScenario> resolved;
        Estimate estimate;
        Issues issues;
    };

    explicit Document(const Catalog &catalog, QObject *parent = nullptr);

    const Catalog &catalog() const { return m_catalog; }
    const Project &project() const { return m_project; }
    const std::vector<Evaluated> &results() const { return m_results; }
    QString filePath() const { return m_filePath; }

    // Replaces the document only when the file is valid; on failure the open project is kept
    // and `issues` says why.
    bool open(const QString &path, Issues &issues);
    bool openText(const std::string &text, const QString &displayName, Issues &issues);
    void setProject(Project project, const QString &path);

signals:
    void projectChanged();

private:
    void recompute();

    const Catalog &m_catalog;
    Project m_project;
    std::vector<Evaluated> m_results;
    QString m_filePath;
};

} // namespace greenlight::ui
