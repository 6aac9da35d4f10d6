#pragma once

#include "reportoptions.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace greenlight {
class Catalog;
struct Project;
} // namespace greenlight

namespace greenlight::report {

class ReportBuilder;

// File → Export report: the pages as they will print, a page-size choice, then Save. Works on a
// copy of the project taken when the dialog opens.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    // `analysis`: the window's options, so the PDF has the numbers on screen.
    ReportDialog(const Project &project, const Catalog &catalog, const AnalysisOptions &analysis,
                 const QString &suggestedPath, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setPageSize(ReportOptions::PageSize size);
    const ReportBuilder *builder() const { return m_builder.get(); }
    int previewPageCount() const;
    // Writes the PDF without asking for a name (tests; the Save button asks first).
    bool saveTo(const QString &path, QString &error);

private:
    void rebuild();
    void save();

    std::unique_ptr<Project> m_project;
    const Catalog &m_catalog;
    QString m_suggestedPath;
    ReportOptions m_options;
    std::unique_ptr<ReportBuilder> m_builder;
    QComboBox *m_pageSize = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_pages = nullptr;
    QVBoxLayout *m_pagesLayout = nullptr;
};

} // namespace greenlight::report
