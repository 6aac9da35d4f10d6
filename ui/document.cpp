#include "document.h"

#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "io/projectfile.h"
#include "qtconvert.h"

namespace greenlight::ui {

Document::Document(const Catalog &catalog, QObject *parent) : QObject(parent), m_catalog(catalog) {}

bool Document::open(const QString &path, Issues &issues)
{
    ProjectLoadResult r = ProjectFile::load(ss(path), m_catalog);
    issues = r.issues;
    if (!r.project)
        return false;
    setProject(std::move(*r.project), path);
    return true;
}

bool Document::openText(const std::string &text, const QString &displayName, Issues &issues)
{
    ProjectLoadResult r = ProjectFile::parse(text, m_catalog);
    issues = r.issues;
    if (!r.project)
        return false;
    setProject(std::move(*r.project), displayName);
    return true;
}

void Document::setProject(Project project, const QString &path)
{
    m_project = std::move(project);
    m_filePath = path;
    recompute();
    emit projectChanged();
}

void Document::recompute()
{
    const Resolver resolver(m_catalog);
    m_results.clear();
    m_results.reserve(m_project.scenarios.size());
    for (const Scenario &s : m_project.scenarios) {
        Evaluated e;
        e.resolved = resolver.resolve(s, e.issues);
        if (e.resolved)
            e.estimate = Estimator::compute(*e.resolved);
        m_results.push_back(std::move(e));
    }
}

} // namespace greenlight::ui
