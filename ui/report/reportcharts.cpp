#include "reportcharts.h"

#include "analysis/projectanalysis.h"
#include "i18n/coretext.h"
#include "lifecycle/breakeven.h"
#include "model/project.h"
#include "reportformat.h"
#include "schedule/hourlyprofile.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace greenlight::report {

namespace {

// Okabe–Ito, as the GUI's palette (ui/shell/palette.cpp): safe for colour-vision deficiencies and in print.
QColor okabeIto(int index)
{
    static const QColor colors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                    QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                    QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                    QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99)};
    const int n = static_cast<int>(sizeof colors / sizeof colors[0]);
    return colors[((index % n) + n) % n];
}

QColor scenarioColor(const Scenario &s, int index)
{
    const QColor c(QString::fromStdString(s.color));
    return c.isValid() ? c : okabeIto(index);
}

std::unique_ptr<QCustomPlot> newPlot(const QString &title)
{
    auto plot = std::make_unique<QCustomPlot>();
    plot->setAttribute(Qt::WA_DontShowOnScreen);
    const QFont font(QStringLiteral("DejaVu Sans"), 8);
    plot->setFont(font);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
    }
    plot->legend->setFont(font);
    plot->plotLayout()->insertRow(0);
    auto *text = new QCPTextElement(plot.get(), title, QFont(QStringLiteral("DejaVu Sans"), 9, QFont::Bold));
    plot->plotLayout()->addElement(0, 0, text);
    return plot;
}

void legendBelow(QCustomPlot &plot)
{
    plot.legend->setVisible(true);
    auto *row = new QCPLayoutGrid;
    plot.plotLayout()->addElement(plot.plotLayout()->rowCount(), 0, row);
    row->setMargins(QMargins(0, 0, 0, 4));
    row->addElement(0, 0, plot.legend);
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot.legend->setWrap(3);
    plot.legend->setBorderPen(Qt::NoPen);
    plot.plotLayout()->setRowStretchFactor(plot.plotLayout()->rowCount() - 1, 0.001);
}

// Display unit of an axis: the largest value decides, as the core's formatters do for text.
struct AxisUnit
{
    double divisor = 1;
    QString unit;
};

AxisUnit unitFor(Output output, double maxValue)
{
    struct Step
    {
        double divisor;
        const char *unit;
    };
    static const Step energy[] = {{1e6, "GWh"}, {1e3, "MWh"}, {1, "kWh"}};
    static const Step mass[] = {{1e6, "kt CO2e"}, {1e3, "t CO2e"}, {1, "kg CO2e"}};
    static const Step water[] = {{1e6, "ML"}, {1e3, "m³"}, {1, "L"}};
    static const Step cost[] = {{1e9, "bn USD"}, {1e6, "M USD"}, {1e3, "k USD"}, {1, "USD"}};
    const Step *steps = mass;
    std::size_t n = 3;
    if (output == Output::FacilityEnergyKWh) {
        steps = energy;
    } else if (output == Output::WaterL) {
        steps = water;
    } else if (output == Output::CostUsd) {
        steps = cost;
        n = 4;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (std::fabs(maxValue) >= steps[i].divisor || i + 1 == n)
            return {steps[i].divisor, QString::fromUtf8(steps[i].unit)};
    return {};
}

} // namespace

std::unique_ptr<QCustomPlot> ReportCharts::metricBars(const Project &project, const ProjectAnalysis &data,
                                                      Output output)
{
    QString title;
    switch (output) {
    case Output::FacilityEnergyKWh:
        title = tr("Facility energy per scenario (P5–P95 whiskers)");
        break;
    case Output::WaterL:
        title = tr("Water per scenario (P5–P95 whiskers)");
        break;
    case Output::CostUsd:
        title = tr("Cost per scenario (P5–P95 whiskers)");
        break;
    default:
        title = tr("Total CO2e per scenario (P5–P95 whiskers)");
        break;
    }
    auto plot = newPlot(title);
    double maxValue = 0;
    for (const ScenarioAnalysis &r : data.scenarios)
        if (r.evaluation)
            maxValue = std::max(
                {maxValue, r.evaluation->estimate[output], r.ranges ? (*r.ranges)[output].p95 : 0.0});
    // Costs in the display currency of the analysis: the window's Preferences or --currency.
    const bool cost = output == Output::CostUsd;
    const double scale = cost ? data.options.currency.perUsd : 1.0;
    AxisUnit unit = unitFor(output, maxValue * scale);
    if (cost)
        unit.unit.replace(QStringLiteral("USD"), QString::fromStdString(data.options.currency.code));
    unit.divisor /= scale;

    QVector<double> ticks, values, whiskerLow, whiskerHigh;
    QVector<QString> labels;
    QCPBars *bars = nullptr;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (std::size_t i = 0; i < project.scenarios.size(); ++i) {
        const ScenarioAnalysis &r = data.scenarios[i];
        if (!r.evaluation)
            continue;
        const auto key = static_cast<double>(i + 1);
        const double v = r.evaluation->estimate[output] / unit.divisor;
        // One QCPBars per scenario so every bar keeps the scenario's colour.
        auto *b = new QCPBars(plot->xAxis, plot->yAxis);
        const QColor colour = scenarioColor(project.scenarios[i], static_cast<int>(i));
        b->setBrush(colour);
        b->setPen(QPen(colour.darker(130)));
        b->setWidth(0.65);
        b->addData(key, v);
        bars = b;
        ticks << key;
        values << v;
        labels << QStringLiteral("S%1").arg(i + 1);
        const OutputRange range = r.ranges ? (*r.ranges)[output] : OutputRange{};
        whiskerLow << (r.ranges ? std::max(0.0, v - range.p5 / unit.divisor) : 0.0);
        whiskerHigh << (r.ranges ? std::max(0.0, range.p95 / unit.divisor - v) : 0.0);
    }
    ticker->addTicks(ticks, labels);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setRange(0.4, std::max<double>(1, static_cast<double>(project.scenarios.size())) + 0.6);
    plot->yAxis->setLabel(unit.unit);
    if (bars != nullptr) {
        // The whiskers sit on an invisible graph through the bar tops.
        QCPGraph *tops = plot->addGraph();
        tops->setLineStyle(QCPGraph::lsNone);
        tops->setScatterStyle(QCPScatterStyle::ssNone);
        tops->setData(ticks, values, true);
        auto *whiskers = new QCPErrorBars(plot->xAxis, plot->yAxis);
        whiskers->setDataPlottable(tops);
        whiskers->setData(whiskerLow, whiskerHigh);
        whiskers->setPen(QPen(Qt::black, 1));
        whiskers->setWhiskerWidth(8);
    }
    double top = 0;
    for (int k = 0; k < values.size(); ++k)
        top = std::max(top, values[k] + whiskerHigh[k]);
    plot->yAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    return plot;
}

std::unique_ptr<QCustomPlot> ReportCharts::lifecycle(const Project &project, const ProjectAnalysis &data,
                                                     const ReportFormat &format)
{
    auto plot = newPlot(tr("Lifecycle: cumulative CO2e, training then inference"));
    plot->xAxis->setLabel(tr("Months after deployment start"));
    plot->yAxis->setLabel(tr("Cumulative CO2e (t)"));
    double maxMonth = 1, maxValue = 0;
    for (std::size_t i = 0; i < project.scenarios.size(); ++i) {
        const ScenarioAnalysis &r = data.scenarios[i];
        if (!r.evaluation || !r.evaluation->deployment)
            continue;
        QVector<double> x, y;
        for (const LifecyclePoint &p : r.evaluation->deployment->curve) {
            x << p.month;
            y << p.co2eKg / 1000.0;
            maxMonth = std::max(maxMonth, static_cast<double>(p.month));
            maxValue = std::max(maxValue, p.co2eKg / 1000.0);
        }
        QCPGraph *g = plot->addGraph();
        g->setName(QStringLiteral("S%1").arg(i + 1));
        g->setPen(QPen(scenarioColor(project.scenarios[i], static_cast<int>(i)),
                       static_cast<int>(i) == data.baseline ? 2.5 : 1.5));
        g->setData(x, y, true);
    }
    for (const BreakEvenResult &be : data.breakEvens)
        for (const BreakEvenMetric &m : be.metrics) {
            if (m.metric != "co2eKg" || m.status != "crossing" || !m.days || !m.requests)
                continue;
            const double month = BreakEven::monthsFromDays(*m.days);
            if (month > maxMonth)
                continue; // beyond the deployment: the table states it
            const double value = BreakEven::valueAtCrossing(m) / 1000.0;
            auto *marker = new QCPItemTracer(plot.get());
            marker->position->setCoords(month, value);
            marker->setStyle(QCPItemTracer::tsCircle);
            marker->setSize(8);
            marker->setPen(QPen(Qt::black, 1.5));
            auto *label = new QCPItemText(plot.get());
            label->position->setCoords(month, value);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
            label->setPadding(QMargins(6, 3, 0, 0));
            label->setFont(QFont(QStringLiteral("DejaVu Sans"), 7));
            label->setText(tr("break-even after %1 requests").arg(format.count(*m.requests)));
        }
    plot->xAxis->setRange(0, maxMonth);
    plot->yAxis->setRange(0, maxValue > 0 ? maxValue * 1.1 : 1);
    legendBelow(*plot);
    return plot;
}

std::unique_ptr<QCustomPlot> ReportCharts::tornado(const ProjectAnalysis &data)
{
    constexpr std::size_t kMaxBars = 10;
    auto plot = newPlot(tr("Sensitivity of the baseline's total CO2e"));
    auto *low = new QCPBars(plot->yAxis, plot->xAxis);
    auto *high = new QCPBars(plot->yAxis, plot->xAxis);
    low->setName(tr("Input at the low end of its range"));
    high->setName(tr("Input at the high end of its range"));
    low->setBrush(okabeIto(4));
    low->setPen(QPen(okabeIto(4).darker(140)));
    high->setBrush(okabeIto(5));
    high->setPen(QPen(okabeIto(5).darker(140)));
    low->setWidth(0.6);
    high->setWidth(0.6);
    QVector<double> ticks, lows, highs;
    QVector<QString> labels;
    if (data.sensitivity) {
        const SensitivityResult &r = *data.sensitivity;
        for (std::size_t k = 0; k < std::min(r.entries.size(), kMaxBars); ++k) {
            const SensitivityEntry &e = r.entries[k];
            ticks << static_cast<double>(k + 1);
            labels << ui::trCore(info(e.input).label);
            lows << (e.outputAtLow - r.central) / 1000.0;
            highs << (e.outputAtHigh - r.central) / 1000.0;
        }
    }
    low->setData(ticks, lows, true);
    high->setData(ticks, highs, true);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTicks(ticks, labels);
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRangeReversed(true);
    plot->yAxis->grid()->setVisible(false);
    plot->yAxis->setRange(0.4, std::max<double>(1, static_cast<double>(ticks.size())) + 0.6);
    plot->xAxis->setLabel(tr("Change in total CO2e from the central estimate (t)"));
    double extent = 0;
    for (double v : lows + highs)
        extent = std::max(extent, std::abs(v));
    plot->xAxis->setRange(-extent * 1.1 - 1e-9, extent * 1.1 + 1e-9);
    legendBelow(*plot);
    return plot;
}

std::unique_ptr<QCustomPlot> ReportCharts::schedule(const ProjectAnalysis &data)
{
    const HourlyProfile *profile =
        data.scheduleProfileId.empty() ? nullptr : HourlyProfile::builtIn(data.scheduleProfileId);
    auto plot = newPlot(profile ? tr("Hourly grid intensity: %1").arg(QString::fromStdString(profile->name))
                                : tr("Hourly grid intensity"));
    if (profile == nullptr)
        return plot;
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    ticker->setDateTimeSpec(Qt::UTC);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setLabel(tr("Time (UTC)"));
    plot->yAxis->setLabel(tr("Grid intensity (g CO2e/kWh)"));
    QVector<double> x, y;
    for (std::size_t h = 0; h < profile->size(); ++h) {
        x << static_cast<double>(profile->hourStart(h));
        y << profile->gPerKWh[h];
    }
    QCPGraph *g = plot->addGraph();
    g->setName(QString::fromStdString(profile->name));
    g->setPen(QPen(okabeIto(0), 0.6));
    g->setData(x, y, true);
    if (data.schedule) {
        const SchedulePlacement &best = data.schedule->best;
        auto *shade = new QCPItemRect(plot.get());
        for (QCPItemPosition *p : {shade->topLeft, shade->bottomRight}) {
            p->setTypeX(QCPItemPosition::ptPlotCoords);
            p->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        shade->topLeft->setCoords(static_cast<double>(best.startUtc), 0);
        shade->bottomRight->setCoords(static_cast<double>(best.endUtc), 1);
        QColor fill = okabeIto(2);
        fill.setAlpha(90);
        shade->setBrush(fill);
        shade->setPen(QPen(okabeIto(2)));
        // The shaded band joins the legend through an empty graph of the same colour.
        QCPGraph *key = plot->addGraph();
        key->setName(tr("Best start window"));
        key->setPen(QPen(okabeIto(2), 6));
    }
    plot->rescaleAxes();
    plot->yAxis->setRangeLower(0);
    legendBelow(*plot);
    return plot;
}

QPicture ReportCharts::record(QCustomPlot &plot, QSize size)
{
    plot.resize(size);
    plot.replot(QCustomPlot::rpImmediateRefresh);
    QPicture picture;
    QCPPainter painter(&picture);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot.toPainter(&painter, size.width(), size.height());
    painter.end();
    picture.setBoundingRect(QRect(QPoint(0, 0), size));
    return picture;
}

} // namespace greenlight::report
