#include "reportbuilder.h"

#include "lifecycle/servingboundaries.h"

#include "catalog/catalog.h"
#include "chartobject.h"
#include "compare/accountingmix.h"
#include "estimate/explainer.h"
#include "i18n/accountingtext.h"
#include "i18n/coretext.h"
#include "model/project.h"
#include "reportcharts.h"
#include "schedule/hourlyprofile.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <qcustomplot.h>

#include <cmath>
#include <map>
#include <tuple>

namespace greenlight::report {

namespace {

// Page furniture in millimetres: side margins, the header band above the text and the footer below.
constexpr double kSideMm = 18;
constexpr double kTopMm = 24;
constexpr double kBottomMm = 20;
constexpr double kHeaderMm = 13; // header baseline from the top edge
constexpr double kFooterMm = 11; // footer baseline from the bottom edge

const QString kChartScheme = QStringLiteral("greenlight-chart:");

enum ChartSlot
{
    ChartCo2e,
    ChartEnergy,
    ChartWater,
    ChartCost,
    ChartLifecycle,
    ChartTornado,
    ChartSchedule,
    ChartCount
};

double mm(double millimetres)
{
    return millimetres / 25.4 * ReportBuilder::kDpi;
}

// User text, shown literally: escaped, line breaks and runs of spaces kept.
QString esc(const std::string &text)
{
    QString s = QString::fromStdString(text).toHtmlEscaped();
    s.replace(QStringLiteral("  "), QStringLiteral(" &nbsp;"));
    s.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return s;
}

QString esc(const QString &text)
{
    return esc(text.toStdString());
}

QString sv(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString td(const QString &content, const QString &attributes = {})
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes, content);
}

QString num(const QString &content)
{
    return td(content, QStringLiteral("align=\"right\""));
}

QString headerRow(const QStringList &titles)
{
    QString row = QStringLiteral("<thead><tr>");
    for (const QString &t : titles)
        row += QStringLiteral("<th>%1</th>").arg(t.toHtmlEscaped());
    return row + QStringLiteral("</tr></thead>");
}

QString table(const QStringList &titles, const QString &rows, const QString &widths = {})
{
    return QStringLiteral(
               "<table class=\"data\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"%1>%2%3</table>")
        .arg(widths, headerRow(titles), rows);
}

const Equivalence *findEquivalence(const Catalog &catalog, const char *id)
{
    return catalog.equivalence(id);
}

} // namespace

ReportBuilder::ReportBuilder(const Project &project, const Catalog &catalog, ReportOptions options)
    : m_project(project), m_catalog(catalog), m_options(std::move(options)),
      m_format(m_options.locale, m_options.analysis.currency),
      m_data(ProjectAnalysis::run(project, catalog, m_options.analysis)),
      m_layoutDevice(1, 1, QImage::Format_ARGB32_Premultiplied)
{
    const QPageSize size(m_options.pageSize == ReportOptions::PageSize::Letter ? QPageSize::Letter
                                                                               : QPageSize::A4);
    const QSizeF inches = size.size(QPageSize::Inch);
    m_page = QSizeF(inches.width() * kDpi, inches.height() * kDpi);
    // Whole units: the layout counts in 1/64 units, a fractional page height drifts from ours.
    m_content = QRectF(mm(kSideMm), mm(kTopMm), std::floor(m_page.width() - 2 * mm(kSideMm)),
                       std::floor(m_page.height() - mm(kTopMm) - mm(kBottomMm)));
    // Fonts are measured on a device of exactly kDpi, not on whatever screen there is.
    const int dotsPerMeter = qRound(kDpi / 0.0254);
    m_layoutDevice.setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice.setDotsPerMeterY(dotsPerMeter);

    m_document = std::make_unique<QTextDocument>();
    m_document->setUseDesignMetrics(true);
    m_document->documentLayout()->setPaintDevice(&m_layoutDevice);
    m_document->setDocumentMargin(0);
    m_document->setPageSize(m_content.size());
    m_document->setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    m_document->setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: 15pt; font-weight: bold; color: #1b4d3e; margin-top: 0px; margin-bottom: 8px; "
        "page-break-before: always; }"
        "h2 { font-size: 11pt; font-weight: bold; color: #1b4d3e; margin-top: 12px; margin-bottom: 4px; }"
        "p { margin-top: 2px; margin-bottom: 6px; }"
        "table.data { border-collapse: collapse; margin-bottom: 8px; }"
        "table.data th { background-color: #dde8e3; font-weight: bold; font-size: 8pt; "
        "border-width: 0.5px; border-style: solid; border-color: #9fb5ab; }"
        "table.data td { font-size: 8pt; border-width: 0.5px; border-style: solid; border-color: #c9d6d0; }"
        ".range { color: #555555; font-size: 7pt; }"
        ".muted { color: #555555; }"
        ".formula { font-family: 'DejaVu Sans Mono'; font-size: 7pt; }"));
    m_charts = new ChartObject(m_document.get());
    m_document->documentLayout()->registerHandler(ChartObject::kType, m_charts);
    addCharts();
    layout();
}

ReportBuilder::~ReportBuilder() = default;

void ReportBuilder::addCharts()
{
    const int width = static_cast<int>(m_content.width());
    const auto add = [&](std::unique_ptr<QCustomPlot> plot, double ratio) {
        m_chartIds << m_charts->add(
            ReportCharts::record(*plot, QSize(width, static_cast<int>(width * ratio))));
    };
    add(ReportCharts::metricBars(m_project, m_data, Output::Co2eTotalKg), 0.46);
    add(ReportCharts::metricBars(m_project, m_data, Output::FacilityEnergyKWh), 0.46);
    add(ReportCharts::metricBars(m_project, m_data, Output::WaterL), 0.46);
    add(ReportCharts::metricBars(m_project, m_data, Output::CostUsd), 0.46);
    add(ReportCharts::lifecycle(m_project, m_data, m_format), 0.55);
    add(ReportCharts::tornado(m_data), 0.55);
    add(ReportCharts::schedule(m_data), 0.5);
}

QString ReportBuilder::chart(int slot, double heightRatio) const
{
    const int width = static_cast<int>(m_content.width());
    return QStringLiteral("<p align=\"center\"><img src=\"%1%2\" width=\"%3\" height=\"%4\"/></p>")
        .arg(kChartScheme)
        .arg(m_chartIds.value(slot))
        .arg(width)
        .arg(static_cast<int>(width * heightRatio));
}

void ReportBuilder::layout()
{
    // Twice: the first pass finds the page of every section, the second prints those numbers in
    // the contents (same number of lines, so the pages do not move).
    for (int pass = 0; pass < 2; ++pass) {
        m_document->setHtml(html());
        // Swap the image placeholders for chart objects (one character each: positions hold).
        QList<QPair<int, int>> charts;
        for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                const QTextCharFormat cf = f.charFormat();
                if (cf.isImageFormat() && cf.toImageFormat().name().startsWith(kChartScheme))
                    charts.append({f.position(), cf.toImageFormat().name().mid(kChartScheme.size()).toInt()});
            }
        for (const auto &[position, id] : charts) {
            QTextCursor cursor(m_document.get());
            cursor.setPosition(position);
            cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
            QTextCharFormat f;
            f.setObjectType(ChartObject::kType);
            f.setProperty(ChartObject::kChartIndex, id);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
        }
        // Lay the whole document out again: the incremental relayout after those edits leaves the
        // layout's y-position checkpoints stale, and drawing a page then skips blocks.
        m_document->markContentsDirty(0, m_document->characterCount());
        QList<QPair<QString, int>> found;
        QAbstractTextDocumentLayout *layout = m_document->documentLayout();
        const double pageHeight = m_content.height();
        for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next())
            if (b.blockFormat().headingLevel() == 1) {
                // The first line, not the block's rectangle: a page break before the block moves
                // its lines but the rectangle can still start on the previous page.
                double top = layout->blockBoundingRect(b).top();
                if (b.layout() != nullptr && b.layout()->lineCount() > 0)
                    top = b.layout()->position().y() + b.layout()->lineAt(0).y();
                found.append({b.text(), static_cast<int>((top + 0.5) / pageHeight) + 1});
            }
        const bool stable = found == m_contents;
        m_contents = found;
        if (stable && pass > 0)
            break;
    }
}

int ReportBuilder::pageCount() const
{
    return m_document->pageCount();
}

QString ReportBuilder::section(const QString &title, bool newPage) const
{
    return newPage ? QStringLiteral("<h1>%1</h1>").arg(title.toHtmlEscaped())
                   : QStringLiteral("<h1 style=\"page-break-before: auto; margin-top: 18px;\">%1</h1>")
                         .arg(title.toHtmlEscaped());
}

QString ReportBuilder::scenarioLabel(int index) const
{
    return QStringLiteral("S%1 — %2")
        .arg(index + 1)
        .arg(esc(m_project.scenarios.at(static_cast<std::size_t>(index)).name));
}

QString ReportBuilder::html() const
{
    QString h = QStringLiteral("<html><body>");
    h += cover();
    h += tableOfContents();
    h += summary();
    h += comparison();
    h += charts();
    h += lifecycle();
    h += sensitivity();
    h += schedule();
    h += review();
    h += recommendations();
    h += measuredRuns();
    h += assumptions();
    h += methodology();
    h += signOff();
    return h + QStringLiteral("</body></html>");
}

namespace {

QString decisionText(ReviewDecision d)
{
    switch (d) {
    case ReviewDecision::Approve:
        return ReportBuilder::tr("Approved");
    case ReviewDecision::ApproveWithConditions:
        return ReportBuilder::tr("Approved with conditions");
    case ReviewDecision::Reject:
        return ReportBuilder::tr("Rejected");
    case ReviewDecision::Undecided:
        break;
    }
    return ReportBuilder::tr("Not decided yet");
}

QString answerText(ChecklistAnswer a)
{
    switch (a) {
    case ChecklistAnswer::Yes:
        return ReportBuilder::tr("Yes");
    case ChecklistAnswer::Partly:
        return ReportBuilder::tr("Partly");
    case ChecklistAnswer::No:
        return ReportBuilder::tr("No");
    case ChecklistAnswer::Unanswered:
        break;
    }
    return ReportBuilder::tr("Not answered");
}

QString alternativeText(AlternativeKind k)
{
    switch (k) {
    case AlternativeKind::DoNothing:
        return ReportBuilder::tr("Do nothing");
    case AlternativeKind::SmallerModel:
        return ReportBuilder::tr("Smaller model");
    case AlternativeKind::FineTune:
        return ReportBuilder::tr("Fine-tune an existing model");
    case AlternativeKind::Distil:
        return ReportBuilder::tr("Distil");
    case AlternativeKind::OtherRegion:
        return ReportBuilder::tr("Other region");
    case AlternativeKind::OtherTime:
        return ReportBuilder::tr("Other time");
    case AlternativeKind::Other:
        break;
    }
    return ReportBuilder::tr("Other");
}

} // namespace

QString ReportBuilder::cover() const
{
    QString h;
    h += QStringLiteral("<p style=\"margin-top: 120px; font-size: 11pt; color: #1b4d3e;\">%1</p>")
             .arg(tr("Greenlight — need-and-impact report").toHtmlEscaped());
    h += QStringLiteral("<p style=\"font-size: 24pt; font-weight: bold; margin-top: 6px;\">%1</p>")
             .arg(esc(m_project.name.empty() ? tr("Untitled project").toStdString() : m_project.name));
    if (!m_project.notes.empty())
        h += QStringLiteral("<p class=\"muted\" style=\"font-size: 10pt;\">%1</p>").arg(esc(m_project.notes));
    QString rows;
    const auto row = [&](const QString &label, const QString &value) {
        rows += QStringLiteral("<tr><td width=\"32%\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value);
    };
    row(tr("Report date"), m_format.locale().toString(m_options.date, QLocale::LongFormat).toHtmlEscaped());
    row(tr("Scenarios"), QString::number(m_project.scenarios.size()));
    if (m_data.baseline >= 0)
        row(tr("Baseline"), scenarioLabel(m_data.baseline));
    row(tr("Decision"),
        QStringLiteral("<b>%1</b>").arg(decisionText(m_project.review.decision).toHtmlEscaped()));
    if (!m_project.review.date.empty())
        row(tr("Review date"), esc(m_format.date(m_project.review.date)));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top: "
                        "40px;\">%1</table>")
             .arg(rows);
    h += QStringLiteral("<p class=\"muted\" style=\"margin-top: 60px; font-size: 8pt;\">%1</p>")
             .arg(tr("Estimates computed by Greenlight from the project's scenarios and the cited catalog. "
                     "Ranges are the 5th to 95th percentiles of a Monte Carlo simulation "
                     "(%1 samples, seed %2).")
                      .arg(m_data.options.monteCarlo.samples)
                      .arg(m_data.options.monteCarlo.seed)
                      .toHtmlEscaped());
    return h;
}

QString ReportBuilder::tableOfContents() const
{
    QString h = QStringLiteral("<p style=\"page-break-before: always; font-size: 15pt; font-weight: bold; "
                               "color: #1b4d3e; margin-bottom: 12px;\">%1</p>")
                    .arg(tr("Contents").toHtmlEscaped());
    QString rows;
    // Before the first pass the sections are not known: the list has the same entries as html().
    for (const auto &[title, page] : m_contents)
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(title.toHtmlEscaped())
                    .arg(page);
    if (m_contents.isEmpty())
        for (int i = 0; i < 14; ++i)
            rows += QStringLiteral("<tr><td>—</td><td align=\"right\">0</td></tr>");
    return h +
           QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">%1</table>").arg(rows);
}

QString ReportBuilder::summary() const
{
    QString h = section(tr("Executive summary"));
    const ScenarioAnalysis *base = m_data.baselineResult();
    if (base == nullptr) {
        return h + QStringLiteral("<p>%1</p>")
                       .arg(tr("No scenario of this project could be evaluated; "
                               "see the comparison table for the reasons.")
                                .toHtmlEscaped());
    }
    const ScenarioEvaluation &ev = *base->evaluation;
    const UncertaintyResult &ranges = *base->ranges;
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Baseline scenario: %1. %2 scenario(s) compared in total.")
                      .toHtmlEscaped()
                      .arg(scenarioLabel(m_data.baseline))
                      .arg(m_project.scenarios.size()));
    QString rows;
    using Fmt = QString (ReportFormat::*)(double) const;
    const auto row = [&](const QString &label, Output o, Fmt f) {
        const OutputRange &r = ranges[o];
        rows += QStringLiteral("<tr>") + td(label.toHtmlEscaped()) +
                num(QStringLiteral("<b>%1</b>").arg((m_format.*f)(ev.estimate[o]))) +
                num(m_format.range(r.p5, r.p95, f)) + QStringLiteral("</tr>");
    };
    row(tr("Facility energy (training)"), Output::FacilityEnergyKWh, &ReportFormat::energy);
    row(tr("Total CO2e (training)"), Output::Co2eTotalKg, &ReportFormat::mass);
    row(tr("Water (training)"), Output::WaterL, &ReportFormat::volume);
    row(tr("Cost (training)"), Output::CostUsd, &ReportFormat::cost);
    row(tr("Wall-clock time"), Output::WallClockHours, &ReportFormat::hours);
    if (ev.deployment) {
        row(tr("Lifecycle CO2e (training + inference)"), Output::LifecycleCo2eKg, &ReportFormat::mass);
        row(tr("Lifecycle energy (training + inference)"), Output::LifecycleEnergyKWh, &ReportFormat::energy);
    }
    h += table({tr("Key number"), tr("Central estimate"), tr("P5 – P95")}, rows);
    const Scenario &baseline = m_project.scenarios.at(static_cast<std::size_t>(m_data.baseline));
    if (baseline.offsetsTCo2e)
        h +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("Offsets retired: %1. They are reported beside the emissions and not subtracted: the "
                        "location-based (%2) and market-based (%3) figures above stand as computed.")
                         .arg(m_format.mass(*baseline.offsetsTCo2e * 1000.0),
                              m_format.mass(ev.estimate[Output::Co2eLocationKg]),
                              m_format.mass(ev.estimate[Output::Co2eMarketKg]))
                         .toHtmlEscaped());

    h += QStringLiteral("<h2>%1</h2>").arg(tr("Recommendation").toHtmlEscaped());
    const Recommendation *top = nullptr;
    // Doing nothing saves everything by definition: the recommendation is the best real option.
    for (const Recommendation &r : m_data.recommendations)
        if (r.co2eSavedKg > 0 && r.id != alternativeKindName(AlternativeKind::DoNothing)) {
            top = &r;
            break;
        }
    if (top == nullptr) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(tr("No lever or alternative in this project lowers the baseline's CO2e.")
                          .toHtmlEscaped());
    } else {
        QString cost;
        if (top->usdPerTonneSaved)
            cost = *top->usdPerTonneSaved < 0
                       ? tr("it also saves %1 per tonne of CO2e avoided")
                             .arg(m_format.cost(-*top->usdPerTonneSaved))
                       : tr("at %1 per tonne of CO2e avoided").arg(m_format.cost(*top->usdPerTonneSaved));
        h += QStringLiteral("<p>%1</p>")
                 .arg(tr("Largest saving: <b>%1</b> saves %2 (P5–P95: %3); %4.")
                          .arg(esc(top->label), m_format.mass(top->co2eSavedKg),
                               m_format.range(top->co2eSavedP5Kg, top->co2eSavedP95Kg, &ReportFormat::mass),
                               cost.toHtmlEscaped()));
    }

    h += QStringLiteral("<h2>%1</h2>").arg(tr("Equivalences").toHtmlEscaped());
    const double kg = ev.estimate[Output::Co2eTotalKg];
    QString items;
    for (const char *id : {"car-km-eu", "flight-ny-sf", "household-year", "tree-month"})
        if (const Equivalence *e = findEquivalence(m_catalog, id))
            items +=
                QStringLiteral("<li>%1 %2 — %3 <span class=\"muted\">(%4, %5)</span></li>")
                    .arg(m_format.count(kg * 1000.0 / e->gCo2ePerUnit), esc(e->unit), esc(e->name),
                         esc(e->citation.source.substr(0, 90) + (e->citation.source.size() > 90 ? "…" : "")))
                    .arg(e->citation.year);
    h += QStringLiteral("<p>%1</p><ul>%2</ul>")
             .arg(tr("The baseline's training CO2e (%1) is about as much as:")
                      .toHtmlEscaped()
                      .arg(m_format.mass(kg)),
                  items);

    h += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(tr("Decision").toHtmlEscaped(), decisionText(m_project.review.decision).toHtmlEscaped());
    if (!m_project.review.conditions.empty())
        h += QStringLiteral("<p>%1 %2</p>")
                 .arg(tr("Conditions:").toHtmlEscaped(), esc(m_project.review.conditions));
    return h;
}

QString ReportBuilder::comparison() const
{
    QString h = section(tr("Scenario comparison"));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Training footprint of every scenario: central estimate, "
                     "P5–P95 range underneath. S-numbers label the charts.")
                      .toHtmlEscaped());
    QString rows;
    for (std::size_t i = 0; i < m_project.scenarios.size(); ++i) {
        const ScenarioAnalysis &r = m_data.scenarios[i];
        const int index = static_cast<int>(i);
        QString name = scenarioLabel(index);
        if (index == m_data.baseline)
            name += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(tr("baseline").toHtmlEscaped());
        rows += QStringLiteral("<tr>") + td(name, QStringLiteral("width=\"32%\""));
        if (!r.evaluation) {
            QString why;
            for (const Issue &issue : r.issues)
                if (issue.isError()) {
                    why = QString::fromStdString(issue.toString());
                    break;
                }
            rows += td(tr("not evaluated: %1").arg(why).toHtmlEscaped(), QStringLiteral("colspan=\"4\"")) +
                    QStringLiteral("</tr>");
            continue;
        }
        using Fmt = QString (ReportFormat::*)(double) const;
        const auto cell = [&](Output o, Fmt f) {
            const OutputRange &range = (*r.ranges)[o];
            return num(
                QStringLiteral("%1<br/><span class=\"range\">%2</span>")
                    .arg((m_format.*f)(r.evaluation->estimate[o]), m_format.range(range.p5, range.p95, f)));
        };
        rows += cell(Output::FacilityEnergyKWh, &ReportFormat::energy) +
                cell(Output::Co2eTotalKg, &ReportFormat::mass) + cell(Output::WaterL, &ReportFormat::volume) +
                cell(Output::CostUsd, &ReportFormat::cost) + QStringLiteral("</tr>");
    }
    h += table({tr("Scenario"), tr("Facility energy"), tr("Total CO2e"), tr("Water"), tr("Cost")}, rows);
    std::vector<std::pair<std::string, const ResolvedScenario *>> compared;
    compared.reserve(m_project.scenarios.size());
    for (std::size_t i = 0; i < m_project.scenarios.size(); ++i) {
        const auto &e = m_data.scenarios[i].evaluation;
        compared.emplace_back("S" + std::to_string(i + 1) + " — " + m_project.scenarios[i].name,
                              e ? &e->resolved : nullptr);
    }
    for (const QString &note : ui::accountingNotes(AccountingMix::of(compared)))
        h += QStringLiteral("<p class=\"muted\">⚠ %1</p>").arg(note.toHtmlEscaped());
    for (std::size_t i = 0; i < m_project.scenarios.size(); ++i)
        if (const auto offsets = m_project.scenarios[i].offsetsTCo2e)
            h += QStringLiteral("<p class=\"muted\">%1</p>")
                     .arg(tr("%1: %2 of offsets retired, reported beside the emissions and not subtracted.")
                              .toHtmlEscaped()
                              .arg(scenarioLabel(static_cast<int>(i)), m_format.mass(*offsets * 1000.0)));
    return h;
}

QString ReportBuilder::charts() const
{
    QString h = section(tr("Charts"));
    h += chart(ChartCo2e, 0.46) + chart(ChartEnergy, 0.46);
    h += chart(ChartWater, 0.46) + chart(ChartCost, 0.46);
    return h;
}

QString ReportBuilder::lifecycle() const
{
    QString h = section(tr("Lifecycle and break-even"));
    bool any = false;
    QString rows;
    for (std::size_t i = 0; i < m_project.scenarios.size(); ++i) {
        const ScenarioAnalysis &r = m_data.scenarios[i];
        if (!r.evaluation || !r.evaluation->deployment)
            continue;
        any = true;
        const Estimate &e = r.evaluation->estimate;
        const OutputRange &life = (*r.ranges)[Output::LifecycleCo2eKg];
        rows += QStringLiteral("<tr>") +
                td(scenarioLabel(static_cast<int>(i)), QStringLiteral("width=\"34%\"")) +
                num(m_format.mass(e[Output::Co2eTotalKg])) + num(m_format.mass(e[Output::InferenceCo2eKg])) +
                num(QStringLiteral("%1<br/><span class=\"range\">%2</span>")
                        .arg(m_format.mass(e[Output::LifecycleCo2eKg]),
                             m_format.range(life.p5, life.p95, &ReportFormat::mass))) +
                num(m_format.number(e[Output::Co2ePerRequestG], 3) + QStringLiteral(" g")) +
                QStringLiteral("</tr>");
    }
    if (!any)
        return h + QStringLiteral("<p>%1</p>")
                       .arg(tr("No scenario of this project has a deployment, so there is "
                               "no inference phase or break-even to show.")
                                .toHtmlEscaped());
    h += chart(ChartLifecycle, 0.55);
    h += table({tr("Scenario"), tr("Training CO2e"), tr("Inference CO2e"), tr("Lifecycle CO2e"),
                tr("CO2e per request")},
               rows);
    if (!m_data.breakEvens.empty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(tr("Break-even against the baseline (CO2e)").toHtmlEscaped());
        QString be;
        for (const BreakEvenResult &r : m_data.breakEvens)
            for (const BreakEvenMetric &m : r.metrics) {
                if (m.metric != "co2eKg")
                    continue;
                QString text;
                if (m.status == "crossing" && m.requests)
                    text = tr("%1, costlier to train, is cleaner overall after %2 requests")
                               .toHtmlEscaped()
                               .arg(esc(m.costlierToTrain), m_format.count(*m.requests));
                else if (m.status == "identical")
                    text = tr("identical lifecycles").toHtmlEscaped();
                else
                    text = tr("never: the scenario costlier to train does not catch up").toHtmlEscaped();
                if (!m.date.empty())
                    text += QStringLiteral(" (%1)").arg(esc(m_format.date(m.date)));
                if (!m.note.empty())
                    text += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(m.note));
                if (m.status == "crossing")
                    text += m.withinDeployment ? tr(", within the deployment").toHtmlEscaped()
                                               : tr(", after the deployment ends").toHtmlEscaped();
                be += QStringLiteral("<tr>") + td(esc(r.b), QStringLiteral("width=\"34%\"")) + td(text) +
                      QStringLiteral("</tr>");
            }
        h += table({tr("Scenario"), tr("Break-even")}, be);
    }
    return h + serving();
}

QString ReportBuilder::serving() const
{
    QString rows;
    for (std::size_t i = 0; i < m_project.scenarios.size(); ++i) {
        const ScenarioAnalysis &r = m_data.scenarios[i];
        if (!r.evaluation || !r.evaluation->deployment)
            continue;
        const DeploymentResult &d = *r.evaluation->deployment;
        const ServingBoundaries b = servingBoundaries(d);
        const QString point =
            d.servingModelUsed
                ? tr("%1 × %2, %3, batch %4, %5 in + %6 out tokens, %7 % busy")
                      .arg(esc(d.acceleratorId), QString::number(d.point.devices), esc(d.profile.precision),
                           m_format.number(d.point.batch, 4), m_format.count(d.point.inputTokens),
                           m_format.count(d.point.outputTokens), m_format.count(d.utilisation * 100))
                : tr("measured energy per request").toHtmlEscaped();
        const auto wh = [this](double v) {
            return num(m_format.number(v, 3));
        };
        rows += QStringLiteral("<tr>") +
                td(scenarioLabel(static_cast<int>(i)) + QStringLiteral("<br/>") +
                       QStringLiteral("<span class=\"muted\">%1</span>").arg(point),
                   QStringLiteral("width=\"34%\"")) +
                wh(b.acceleratorsWh) + wh(b.hostWh) + wh(b.idleWh) + wh(b.facilityOverheadWh) +
                wh(d.energyPerRequestWh) + num(m_format.number(b.embodiedG, 3) + QStringLiteral(" g")) +
                QStringLiteral("</tr>");
    }
    if (rows.isEmpty())
        return {};
    QString h =
        QStringLiteral("<h2>%1</h2>").arg(tr("Serving: energy per request by boundary (Wh)").toHtmlEscaped());
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("From the serving model calibrated on published inference measurements "
                     "(docs/validation-inference.md). Accelerator-only figures (what GPU power meters "
                     "report) are the first column; IT adds the host and the idle capacity of the "
                     "provisioned fleet; the facility figure adds the data-centre overhead (PUE). "
                     "Embodied carbon of the serving hardware is shown beside the energy, not in it.")
                      .toHtmlEscaped());
    return h + table({tr("Scenario and operating point"), tr("Accelerators"), tr("Host"), tr("Idle capacity"),
                      tr("Facility overhead"), tr("Total (facility)"), tr("Embodied CO2e")},
                     rows);
}

QString ReportBuilder::sensitivity() const
{
    QString h = section(tr("Sensitivity"));
    if (!m_data.sensitivity || m_data.sensitivity->entries.empty())
        return h +
               QStringLiteral("<p>%1</p>").arg(tr("No input of the baseline has a range.").toHtmlEscaped());
    const SensitivityResult &s = *m_data.sensitivity;
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("How far the baseline's total CO2e (central %1) moves when one input goes to the low or "
                     "the "
                     "high end of its range, every other input at its central value.")
                      .arg(m_format.mass(s.central))
                      .toHtmlEscaped());
    h += chart(ChartTornado, 0.55);
    QString rows;
    for (const SensitivityEntry &e : s.entries) {
        rows += QStringLiteral("<tr>") + td(ui::trCore(info(e.input).label).toHtmlEscaped()) +
                num(QStringLiteral("%1 – %2 %3")
                        .arg(m_format.number(e.inputLow), m_format.number(e.inputHigh),
                             sv(info(e.input).unit).toHtmlEscaped())) +
                num(m_format.mass(e.outputAtLow)) + num(m_format.mass(e.outputAtHigh)) +
                num(m_format.mass(e.swing)) + QStringLiteral("</tr>");
    }
    return h + table({tr("Input"), tr("Range"), tr("CO2e at low"), tr("CO2e at high"), tr("Swing")}, rows);
}

QString ReportBuilder::schedule() const
{
    // A chart follows: start a page so the heading stays with it.
    QString h = section(tr("Schedule"), m_data.schedule.has_value());
    if (!m_data.schedule)
        return h + QStringLiteral("<p>%1</p>")
                       .arg(tr("The baseline's region has no hourly grid-intensity profile in "
                               "the catalog (profiles ship for eight US balancing areas), or "
                               "the run is longer than the profile; no start window is "
                               "proposed.")
                                .toHtmlEscaped());
    const ScheduleResult &s = *m_data.schedule;
    const auto when = [&](UtcSeconds t) -> QString {
        return m_format.locale().toString(QDateTime::fromSecsSinceEpoch(t, Qt::UTC),
                                          QStringLiteral("yyyy-MM-dd hh:mm")) +
               QStringLiteral(" UTC");
    };
    h += chart(ChartSchedule, 0.5);
    QString rows;
    const auto row = [&](const QString &label, const SchedulePlacement &p) {
        rows += QStringLiteral("<tr>") + td(label.toHtmlEscaped()) + td(when(p.startUtc)) +
                num(m_format.number(p.meanGPerKWh, 3) + QStringLiteral(" g/kWh")) +
                num(m_format.mass(p.co2eKg)) + QStringLiteral("</tr>");
    };
    row(tr("Best start window"), s.best);
    row(tr("Start at the window's start"), s.startNow);
    row(tr("Worst start"), s.worst);
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("A run of %1 using %2 of facility energy, placed on the hourly profile of its region "
                     "(operational CO2e only).")
                      .arg(m_format.hours(static_cast<double>(s.jobHours)), m_format.energy(s.energyKWh))
                      .toHtmlEscaped());
    return h + table({tr("Placement"), tr("Start"), tr("Mean intensity"), tr("CO2e")}, rows);
}

QString ReportBuilder::review() const
{
    const Review &r = m_project.review;
    QString h = section(tr("Need assessment and decision"));
    QString rows;
    const auto row = [&](const QString &label, const QString &value) {
        rows += QStringLiteral("<tr><td width=\"26%\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(),
                         value.isEmpty() ? QStringLiteral("<span class=\"muted\">—</span>") : value);
    };
    row(tr("Purpose"), esc(r.purpose));
    row(tr("Expected benefit"), esc(r.expectedBenefit));
    row(tr("How the benefit is measured"), esc(r.benefitMeasure));
    row(tr("Risks"), esc(r.risks));
    QStringList reviewers;
    for (const std::string &name : r.reviewers)
        reviewers << esc(name);
    row(tr("Reviewers"), reviewers.join(QStringLiteral(", ")));
    row(tr("Review date"), r.date.empty() ? QString() : esc(m_format.date(r.date)));
    row(tr("Decision"), QStringLiteral("<b>%1</b>").arg(decisionText(r.decision).toHtmlEscaped()));
    row(tr("Conditions"), esc(r.conditions));
    h += QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%1</table>")
             .arg(rows);

    h += QStringLiteral("<h2>%1</h2>").arg(tr("Alternatives considered").toHtmlEscaped());
    if (r.alternatives.empty()) {
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(tr("None recorded.").toHtmlEscaped());
    } else {
        QString alt;
        for (const Alternative &a : r.alternatives)
            alt += QStringLiteral("<tr>") + td(alternativeText(a.kind).toHtmlEscaped()) +
                   td(esc(a.scenario)) + td(esc(a.note)) + QStringLiteral("</tr>");
        h += table({tr("Alternative"), tr("Scenario"), tr("Note")}, alt);
    }

    h += QStringLiteral("<h2>%1</h2>").arg(tr("Reviewer checklist").toHtmlEscaped());
    QString items;
    for (const ChecklistQuestion &q : Checklist::questions()) {
        const ChecklistItem *answer = nullptr;
        for (const ChecklistItem &c : r.checklist)
            if (c.id == q.id)
                answer = &c;
        QStringList evidence;
        for (const ChecklistEvidence &e : m_data.evidence)
            if (e.id == q.id) {
                for (const EvidenceFigure &f : e.figures) {
                    // As the review panel shows them: costs in the display currency, labels translated.
                    const QString value =
                        f.unit == "USD" ? m_format.cost(f.value) : QString::fromStdString(f.text);
                    evidence << ui::trCore(f.label).toHtmlEscaped() + QStringLiteral(": ") +
                                    value.toHtmlEscaped();
                }
                if (!e.note.empty())
                    evidence << QStringLiteral("<span class=\"muted\">%1</span>")
                                    .arg(ui::trCore(e.note).toHtmlEscaped());
            }
        items +=
            QStringLiteral("<tr>") + td(ui::trCore(q.text).toHtmlEscaped(), QStringLiteral("width=\"30%\"")) +
            td(QStringLiteral("<b>%1</b>")
                   .arg(answerText(answer ? answer->answer : ChecklistAnswer::Unanswered).toHtmlEscaped())) +
            td(answer ? esc(answer->note) : QString(), QStringLiteral("width=\"24%\"")) +
            td(evidence.join(QStringLiteral("<br/>")), QStringLiteral("width=\"34%\"")) +
            QStringLiteral("</tr>");
    }
    return h + table({tr("Question"), tr("Answer"), tr("Note"), tr("Evidence from the estimates")}, items);
}

QString ReportBuilder::recommendations() const
{
    QString h = section(tr("Recommendations"));
    h +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("Levers applied to the baseline and the other scenarios, ranked by the CO2e they save "
                    "over "
                    "the lifecycle (training, plus inference when deployed). A negative cost per tonne means "
                    "the option also saves money.")
                     .toHtmlEscaped());
    if (m_data.recommendations.empty())
        return h +
               QStringLiteral("<p class=\"muted\">%1</p>").arg(tr("No option to compare.").toHtmlEscaped());
    QString rows;
    int rank = 0;
    for (const Recommendation &r : m_data.recommendations) {
        rows += QStringLiteral("<tr>") + num(QString::number(++rank)) +
                td((r.id == alternativeKindName(AlternativeKind::DoNothing)
                        ? alternativeText(AlternativeKind::DoNothing).toHtmlEscaped()
                        : esc(r.label)) +
                       QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(qualityText(r)),
                   QStringLiteral("width=\"30%\"")) +
                td(r.kind == Recommendation::Kind::Lever ? tr("Lever").toHtmlEscaped()
                                                         : tr("Alternative").toHtmlEscaped()) +
                num(QStringLiteral("%1<br/><span class=\"range\">%2</span>")
                        .arg(m_format.mass(r.co2eSavedKg),
                             m_format.range(r.co2eSavedP5Kg, r.co2eSavedP95Kg, &ReportFormat::mass))) +
                num(m_format.energy(r.energySavedKWh)) + num(m_format.cost(r.costDeltaUsd)) +
                num(r.usdPerTonneSaved ? m_format.cost(*r.usdPerTonneSaved) : QStringLiteral("—")) +
                QStringLiteral("</tr>");
    }
    return h + table({tr("#"), tr("Option"), tr("Kind"), tr("CO2e saved"), tr("Energy saved"),
                      tr("Cost change"), tr("Cost per tonne saved")},
                     rows);
}

QString ReportBuilder::qualityText(const Recommendation &r) const
{
    QString q = ui::trCore(r.qualityCost);
    if (r.qualityRetained)
        q += QStringLiteral(" (%1 %)").arg(m_format.number(*r.qualityRetained * 100, 3));
    return tr("Quality cost: %1").arg(q).toHtmlEscaped();
}

QString ReportBuilder::measuredRuns() const
{
    if (m_data.measured.empty())
        return {};
    QString h = section(tr("Measured runs against the estimate"));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Runs measured with CodeCarbon or Carbontracker and linked to a scenario. Ratios are "
                     "measured "
                     "divided by estimated (facility energy; operational, location-based CO2e).")
                      .toHtmlEscaped());
    const auto ratio = [&](const std::optional<double> &v) -> QString {
        return v ? QStringLiteral("× ") + m_format.number(*v, 3) : QStringLiteral("—");
    };
    QString rows;
    for (const RunComparison &c : m_data.measured)
        rows += QStringLiteral("<tr>") + td(esc(c.runName)) + td(esc(c.scenarioName)) +
                num(m_format.energy(c.measuredEnergyKWh)) + num(m_format.energy(c.estimatedEnergyKWh)) +
                num(ratio(c.energyRatio)) + num(m_format.mass(c.measuredCo2eKg)) +
                num(m_format.mass(c.estimatedCo2eKg)) + num(ratio(c.co2eRatio)) + QStringLiteral("</tr>");
    return h + table({tr("Run"), tr("Scenario"), tr("Measured energy"), tr("Estimated energy"), tr("Ratio"),
                      tr("Measured CO2e"), tr("Estimated CO2e"), tr("Ratio")},
                     rows);
}

QString ReportBuilder::assumptions() const
{
    QString h = section(tr("Assumptions"));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Every input the estimates used, with its source and year. Values the scenario sets are "
                     "marked as such; the others come from the catalog. Identical values shared by several "
                     "scenarios are listed once.")
                      .toHtmlEscaped());
    // (input, phase, value, source, year) → scenarios that use it, in project order.
    using Key = std::tuple<std::size_t, int, double, std::string, int, std::string>;
    std::map<Key, QStringList> rows;
    std::vector<Key> order;
    const auto add = [&](const ResolvedScenario &resolved, int phase, int scenario) {
        for (std::size_t k = 0; k < kInputCount; ++k) {
            const Provenance &p = resolved.provenance[k];
            if (!p.used)
                continue;
            const Key key{k,      phase, resolved.values[k], p.fromScenario ? std::string() : p.source,
                          p.year, p.note};
            auto [it, inserted] = rows.try_emplace(key);
            if (inserted)
                order.push_back(key);
            it->second << QStringLiteral("S%1").arg(scenario + 1);
        }
    };
    int evaluated = 0;
    for (std::size_t i = 0; i < m_data.scenarios.size(); ++i) {
        const ScenarioAnalysis &r = m_data.scenarios[i];
        if (!r.evaluation)
            continue;
        ++evaluated;
        add(r.evaluation->resolved, 0, static_cast<int>(i));
        if (r.evaluation->deployment)
            add(r.evaluation->deployment->servingResolved, 1, static_cast<int>(i));
    }
    std::stable_sort(order.begin(), order.end(), [](const Key &a, const Key &b) {
        return std::tie(std::get<1>(a), std::get<0>(a)) < std::tie(std::get<1>(b), std::get<0>(b));
    });
    QString body;
    for (const Key &key : order) {
        const auto [k, phase, value, source, year, note] = key;
        const QuantityInfo &in = info(static_cast<Input>(k));
        QString label = ui::trCore(in.label).toHtmlEscaped();
        if (phase == 1)
            label +=
                QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(tr("inference").toHtmlEscaped());
        QString src = source.empty()
                          ? QStringLiteral("<i>%1</i>").arg(tr("set in the scenario").toHtmlEscaped())
                          : esc(source);
        if (!note.empty())
            src += QStringLiteral("<br/><span class=\"range\">%1</span>").arg(esc(note));
        const QStringList &users = rows[key];
        body += QStringLiteral("<tr>") + td(label, QStringLiteral("width=\"20%\"")) +
                num(m_format.value(value)) + td(sv(in.unit).toHtmlEscaped(), QStringLiteral("width=\"9%\"")) +
                td(src, QStringLiteral("width=\"45%\"")) +
                num(year > 0 ? QString::number(year) : QStringLiteral("—")) +
                td(users.size() == evaluated && evaluated > 1 ? tr("all").toHtmlEscaped()
                                                              : users.join(QStringLiteral(", ")));
        body += QStringLiteral("</tr>");
    }
    return h + table({tr("Input"), tr("Value"), tr("Unit"), tr("Source"), tr("Year"), tr("Scenarios")}, body);
}

QString ReportBuilder::methodology() const
{
    QString h = section(tr("Methodology and explanation traces"));
    h +=
        QStringLiteral("<p>%1</p>")
            .arg(
                tr("Greenlight computes the training footprint from first principles (accelerator-hours × "
                   "power "
                   "× PUE × grid intensity, plus amortised embodied carbon), adds the inference phase when a "
                   "deployment is defined, and propagates every input's range by Monte Carlo sampling "
                   "(%1 samples, seed %2; inputs independent). Levers scale the training run afterwards. The "
                   "traces below give every formula with the values put in (before levers); the full "
                   "methodology with its citations is in docs/methodology.md.")
                    .arg(m_data.options.monteCarlo.samples)
                    .arg(m_data.options.monteCarlo.seed)
                    .toHtmlEscaped());
    // Every output for the baseline; the headline outputs for the others (same formulas).
    static const Output kHeadline[] = {Output::FacilityEnergyKWh, Output::Co2eTotalKg, Output::WaterL,
                                       Output::CostUsd};
    for (std::size_t i = 0; i < m_data.scenarios.size(); ++i) {
        const ScenarioAnalysis &r = m_data.scenarios[i];
        if (!r.evaluation)
            continue;
        const bool full = static_cast<int>(i) == m_data.baseline;
        h += QStringLiteral("<h2>%1</h2>").arg(scenarioLabel(static_cast<int>(i)));
        std::vector<TraceStep> steps;
        if (full) {
            steps = Explainer::explainAll(r.evaluation->resolved, r.evaluation->base);
        } else {
            for (Output o : kHeadline)
                steps.push_back(Explainer::explain(r.evaluation->resolved, r.evaluation->base, o));
        }
        QString rows;
        for (const TraceStep &t : steps) {
            const QuantityInfo &out = info(t.output);
            rows += QStringLiteral("<tr>") +
                    td(ui::trCore(out.label).toHtmlEscaped(), QStringLiteral("width=\"24%\"")) +
                    td(QStringLiteral("<span class=\"formula\">%1<br/>%2</span>")
                           .arg(esc(t.formula), esc(t.substituted))) +
                    num(m_format.value(t.value) + QStringLiteral(" ") + sv(out.unit).toHtmlEscaped()) +
                    QStringLiteral("</tr>");
        }
        h += table({tr("Output"), tr("Formula, then with the values"), tr("Result")}, rows);
    }
    return h;
}

QString ReportBuilder::signOff() const
{
    QString h = section(tr("Sign-off"));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Decision: %1").arg(decisionText(m_project.review.decision)).toHtmlEscaped());
    QStringList names;
    for (const std::string &n : m_project.review.reviewers)
        names << esc(n);
    while (names.size() < 3)
        names << QString();
    const QString line = QStringLiteral("<br/><br/>______________________________");
    const QString dateLine = QStringLiteral("<br/><br/>________________");
    QString rows;
    for (const QString &name : names)
        rows += QStringLiteral("<tr>") +
                td(name.isEmpty() ? line : name + line, QStringLiteral("width=\"40%\"")) + td(dateLine) +
                td(line) + QStringLiteral("</tr>");
    return h + table({tr("Name"), tr("Date"), tr("Signature")}, rows);
}

void ReportBuilder::renderPage(QPainter &painter, int page) const
{
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), m_page), Qt::white);
    const QFont small(QStringLiteral("DejaVu Sans"), 7);
    painter.setFont(small);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const double left = m_content.left();
    const double right = m_content.right();
    if (page > 0) {
        const QRectF header(left, mm(kHeaderMm) - 14, right - left, 14);
        const QString name = QString::fromStdString(m_project.name);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom,
                         QFontMetrics(small, &m_layoutDevice)
                             .elidedText(name, Qt::ElideRight, static_cast<int>(header.width() * 0.7)));
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, tr("Greenlight report"));
        painter.setPen(QPen(QColor(0x9f, 0xb5, 0xab), 0.6));
        painter.drawLine(QPointF(left, mm(kHeaderMm) + 3), QPointF(right, mm(kHeaderMm) + 3));
        painter.setPen(QColor(0x55, 0x55, 0x55));
    }
    const QRectF footer(left, m_page.height() - mm(kFooterMm) - 12, right - left, 14);
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop,
                     tr("Page %1 of %2").arg(page + 1).arg(pageCount()));

    painter.translate(m_content.left(), m_content.top() - page * m_content.height());
    const QRectF clip(0, page * m_content.height(), m_content.width(), m_content.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(clip);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
}

QImage ReportBuilder::pageImage(int page, double scale) const
{
    QImage image((m_page * scale).toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(m_layoutDevice.dotsPerMeterX());
    image.setDotsPerMeterY(m_layoutDevice.dotsPerMeterY());
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    renderPage(painter, page);
    return image;
}

bool ReportBuilder::writePdf(QIODevice &device) const
{
    QPdfWriter writer(&device);
    writer.setResolution(kDpi);
    writer.setPageSize(
        QPageSize(m_options.pageSize == ReportOptions::PageSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(tr("Greenlight report: %1").arg(QString::fromStdString(m_project.name)));
    writer.setCreator(QStringLiteral("Greenlight"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (int p = 0; p < pageCount(); ++p) {
        if (p > 0 && !writer.newPage())
            return false;
        renderPage(painter, p);
    }
    return painter.end();
}

bool ReportBuilder::writePdf(const QString &path, QString &error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("%1: cannot write (%2)").arg(path, file.errorString());
        return false;
    }
    if (!writePdf(file)) {
        file.cancelWriting();
        error = tr("%1: the PDF could not be produced").arg(path);
        return false;
    }
    if (!file.commit()) {
        error = tr("%1: cannot write (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace greenlight::report
