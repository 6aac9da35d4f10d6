#pragma once

#include "estimate/quantities.h"
#include "reportformat.h"

#include <QCoreApplication>
#include <QPicture>
#include <QSize>

#include <memory>

class QCustomPlot;

namespace greenlight {
struct Project;
struct ProjectAnalysis;
} // namespace greenlight

namespace greenlight::report {

// The report's charts: QCustomPlot built straight from the core's results (the GUI adapters need
// a Document; these need only the ProjectAnalysis), recorded as vector drawing commands in a QPicture so
// the PDF keeps lines and selectable text instead of pixels.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    // One metric per scenario with P5–P95 whiskers; bars labelled S1, S2, … as in the comparison table.
    static std::unique_ptr<QCustomPlot> metricBars(const Project &project, const ProjectAnalysis &data,
                                                   Output output);
    // Cumulative CO2e of every deployed scenario, break-even points against the baseline marked.
    static std::unique_ptr<QCustomPlot> lifecycle(const Project &project, const ProjectAnalysis &data,
                                                  const ReportFormat &format);
    // The baseline's sensitivity of total CO2e (ten largest swings).
    static std::unique_ptr<QCustomPlot> tornado(const ProjectAnalysis &data);
    // The baseline region's hourly intensity with the best start window shaded.
    static std::unique_ptr<QCustomPlot> schedule(const ProjectAnalysis &data);

    // Draws the plot at `size` (layout pixels) into a picture, vector commands only.
    static QPicture record(QCustomPlot &plot, QSize size);
};

} // namespace greenlight::report
