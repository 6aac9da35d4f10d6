#include "schedulechart.h"

#include "catalog/catalog.h"
#include "document/document.h"
#include "plotwidget.h"
#include "qtutil/qtconvert.h"
#include "schedule/scheduler.h"
#include "shell/palette.h"
#include "util/numberformat.h"

namespace greenlight::ui {

ScheduleChart::ScheduleChart(Document &document, PlotWidget *plot, QObject *parent)
    : QObject(parent), m_document(document), m_plot(plot)
{
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    ticker->setDateTimeSpec(Qt::UTC);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("Time (UTC)"));
    m_plot->yAxis->setLabel(tr("Grid intensity (g CO2e/kWh)"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->moveLegendBelow();
    connect(&document, &Document::resultsChanged, this, &ScheduleChart::refresh);
    connect(&document, &Document::currentChanged, this, &ScheduleChart::refresh);
    refresh();
}

void ScheduleChart::refresh()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_window = {0, 0};
    const int i = m_document.currentIndex();
    const Region *region = i >= 0 ? m_document.catalog().region(m_document.scenario(i).regionId) : nullptr;
    const HourlyProfile *profile = region != nullptr && !region->hourlyProfile.empty()
                                       ? HourlyProfile::builtIn(region->hourlyProfile)
                                       : nullptr;
    m_plot->legend->setVisible(profile != nullptr);
    m_plot->xAxis->setVisible(profile != nullptr);
    m_plot->yAxis->setVisible(profile != nullptr);
    if (profile == nullptr) {
        m_plot->setTitle(
            tr("Schedule: the selected scenario's region has no hourly profile.\nHourly profiles "
               "ship for eight US balancing areas (e.g. US-CISO, US-ERCO, US-PJM);\nthe CLI's "
               "schedule command imports others."));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    QVector<double> x, y;
    x.reserve(static_cast<int>(profile->size()));
    y.reserve(static_cast<int>(profile->size()));
    for (std::size_t h = 0; h < profile->size(); ++h) {
        x << static_cast<double>(profile->hourStart(h));
        y << profile->gPerKWh[h];
    }
    QCPGraph *g = m_plot->addGraph();
    g->setName(qs(profile->name));
    g->setPen(QPen(okabeIto(0), 1));
    g->setData(x, y, true);

    QString title = tr("Schedule: %1").arg(qs(profile->name));
    const auto &r = m_document.result(i);
    if (r.resolved) {
        ScheduleJob job;
        job.durationHours = std::max(1.0, r.estimate[Output::WallClockHours]);
        job.energyKWh = r.estimate[Output::FacilityEnergyKWh];
        Issues issues;
        if (const auto plan = Scheduler::plan(*profile, job, issues)) {
            const SchedulePlacement &best = plan->best;
            auto *shade = new QCPItemRect(m_plot);
            shade->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
            shade->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
            shade->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
            shade->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
            shade->topLeft->setCoords(static_cast<double>(best.startUtc), 0);
            shade->bottomRight->setCoords(static_cast<double>(best.endUtc), 1);
            QColor fill = okabeIto(2);
            fill.setAlpha(90);
            shade->setBrush(fill);
            shade->setPen(QPen(okabeIto(2)));
            m_window = {static_cast<double>(best.startUtc), static_cast<double>(best.endUtc)};
            title =
                tr("Schedule: %1\nbest start of a %2 run: %3 UTC (%4, vs %5 starting at the window's start)")
                    .arg(qs(profile->name), qs(formatHours(static_cast<double>(plan->jobHours))),
                         QDateTime::fromSecsSinceEpoch(best.startUtc, Qt::UTC)
                             .toString(QStringLiteral("yyyy-MM-dd hh:mm")),
                         qs(formatMassKg(best.co2eKg)), qs(formatMassKg(plan->startNow.co2eKg)));
        }
    }
    m_plot->setTitle(title);
    m_plot->rescaleAxes();
    m_plot->yAxis->setRangeLower(0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace greenlight::ui
