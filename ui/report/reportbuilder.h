#pragma once

#include "analysis/projectanalysis.h"
#include "reportformat.h"
#include "reportoptions.h"

#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;
class QPainter;
class QTextDocument;

namespace greenlight {
class Catalog;
struct Project;
} // namespace greenlight

namespace greenlight::report {

class ChartObject;

// The need-and-impact report of a project as a PDF (issue 5). The content is one QTextDocument
// (user text escaped, so it always shows literally) laid out on pages of the chosen size; headers,
// footers and the table of contents' page numbers are added per page. Needs a QApplication
// (the charts are QCustomPlot widgets, never shown).
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    // Layout resolution: 96 units per inch for the text, the charts and the PDF alike, so fonts
    // given in points have one size everywhere (the PDF stays vector at any zoom).
    static constexpr int kDpi = 96;

    ReportBuilder(const Project &project, const Catalog &catalog, ReportOptions options = {});
    ~ReportBuilder();
    ReportBuilder(const ReportBuilder &) = delete;
    ReportBuilder &operator=(const ReportBuilder &) = delete;

    const ProjectAnalysis &data() const { return m_data; }
    const ReportFormat &format() const { return m_format; }
    int pageCount() const;
    QSizeF pageSize() const { return m_page; } // layout units
    // Section titles in order with their page numbers (1-based), as the contents page lists them.
    const QList<QPair<QString, int>> &contents() const { return m_contents; }

    // Draws one page (0-based) in layout units, origin at the page's top-left corner.
    void renderPage(QPainter &painter, int page) const;
    // A preview image of one page, `scale` × the layout size.
    QImage pageImage(int page, double scale) const;
    // Writes the PDF; the file is replaced only when everything was written (QSaveFile).
    bool writePdf(const QString &path, QString &error) const;
    bool writePdf(QIODevice &device) const;

private:
    void addCharts();
    QString html() const;
    void layout();
    QString section(const QString &title, bool newPage = true) const; // a level-1 heading

    QString cover() const;
    QString tableOfContents() const;
    QString summary() const;
    QString comparison() const;
    QString charts() const;
    QString lifecycle() const;
    QString serving() const; // per-request energy by boundary, inside the lifecycle section
    QString qualityText(const Recommendation &r) const;
    QString sensitivity() const;
    QString schedule() const;
    QString review() const;
    QString recommendations() const;
    QString measuredRuns() const;
    QString assumptions() const;
    QString methodology() const;
    QString signOff() const;

    QString scenarioLabel(int index) const; // "S3 — name", escaped
    QString chart(int index, double heightRatio) const;

    const Project &m_project;
    const Catalog &m_catalog;
    ReportOptions m_options;
    ReportFormat m_format;
    ProjectAnalysis m_data;
    QSizeF m_page;    // whole page, layout units
    QRectF m_content; // the text area on a page
    QImage m_layoutDevice;
    std::unique_ptr<QTextDocument> m_document;
    ChartObject *m_charts = nullptr; // owned by m_document
    QList<int> m_chartIds;           // index in ChartObject per chart slot
    QList<QPair<QString, int>> m_contents;
};

} // namespace greenlight::report
