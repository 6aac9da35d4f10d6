#include "metricbarchart.h"

#include "document/document.h"
#include "i18n/localformat.h"
#include "plotwidget.h"
#include "qtutil/qtconvert.h"
#include "shell/palette.h"
#include "util/numberformat.h"

#include <cmath>
#include <limits>

namespace greenlight::ui {

namespace {

// The display unit for the largest bar: keeps axis numbers short.
void chooseUnit(Breakdown::Metric metric, double largest, double &divisor, QString &unit, const Money &money)
{
    struct Step
    {
        double divisor;
        const char *unit;
    };
    std::vector<Step> steps;
    switch (metric) {
    case Breakdown::Metric::Co2e:
        steps = {{1, "kg CO2e"}, {1e3, "t CO2e"}, {1e6, "kt CO2e"}};
        break;
    case Breakdown::Metric::Energy:
        steps = {{1, "kWh"}, {1e3, "MWh"}, {1e6, "GWh"}};
        break;
    case Breakdown::Metric::Cost: {
        // Costs in the display currency: the steps apply to converted values, the divisor
        // turns a USD value into display units.
        const double perUsd = money.convert(1.0);
        const double shown = money.convert(largest);
        const std::pair<double, QString> costSteps[] = {{1, money.code()},
                                                        {1e3, QObject::tr("thousand %1").arg(money.code())},
                                                        {1e6, QObject::tr("million %1").arg(money.code())}};
        divisor = 1 / perUsd;
        unit = money.code();
        for (const auto &[d, u] : costSteps)
            if (shown >= d) {
                divisor = d / perUsd;
                unit = u;
            }
        return;
    }
    case Breakdown::Metric::Water:
        // "million L" is words, not a symbol: it is translated.
        divisor = largest >= 1e6 ? 1e6 : (largest >= 1e3 ? 1e3 : 1);
        unit = largest >= 1e6 ? QObject::tr("million L")
                              : (largest >= 1e3 ? QStringLiteral("m³") : QStringLiteral("L"));
        return;
    }
    if (steps.empty())
        return;
    divisor = steps.front().divisor;
    unit = QString::fromUtf8(steps.front().unit);
    for (const Step &s : steps)
        if (largest >= s.divisor) {
            divisor = s.divisor;
            unit = QString::fromUtf8(s.unit);
        }
}

// Translatable names of the core's component keys (the core has no Qt).
QString componentLabel(const std::string &key)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("training"), QObject::tr("Training")},
        {QStringLiteral("experiments"), QObject::tr("Experiments")},
        {QStringLiteral("embodied"), QObject::tr("Embodied (amortised)")},
        {QStringLiteral("inference"), QObject::tr("Inference")},
        {QStringLiteral("idle"), QObject::tr("Idle")},
        {QStringLiteral("facility"), QObject::tr("Facility overhead (PUE)")},
        {QStringLiteral("carbon"), QObject::tr("Carbon price")},
        {QStringLiteral("onsite"), QObject::tr("On-site (cooling)")},
        {QStringLiteral("offsite"), QObject::tr("Off-site (electricity)")}};
    return labels.value(qs(key), qs(key));
}

QString metricTitle(Breakdown::Metric metric)
{
    switch (metric) {
    case Breakdown::Metric::Co2e:
        return QObject::tr("CO2e per scenario");
    case Breakdown::Metric::Energy:
        return QObject::tr("Facility energy per scenario");
    case Breakdown::Metric::Cost:
        return QObject::tr("Cost per scenario");
    case Breakdown::Metric::Water:
        return QObject::tr("Water per scenario");
    }
    return {};
}

QString metricAxis(Breakdown::Metric metric)
{
    switch (metric) {
    case Breakdown::Metric::Co2e:
        return QObject::tr("CO2e");
    case Breakdown::Metric::Energy:
        return QObject::tr("Energy");
    case Breakdown::Metric::Cost:
        return QObject::tr("Cost");
    case Breakdown::Metric::Water:
        return QObject::tr("Water");
    }
    return {};
}

// Decades labelled as people write numbers ("0.1", "1,000"), never "1e+03".
class LogTicker : public QCPAxisTickerLog
{
protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar, int) override
    {
        return LocalFormat(locale).number(tick, 3);
    }
};

} // namespace

MetricBarChart::MetricBarChart(Document &document, Breakdown::Metric metric, PlotWidget *plot,
                               QObject *parent)
    : QObject(parent), m_document(document), m_metric(metric), m_plot(plot)
{
    m_plot->setTitle(metricTitle(metric));
    // Horizontal bars: scenario names are long and read best on the vertical axis.
    m_plot->yAxis->setRangeReversed(true);
    QFont tickFont = m_plot->font();
    tickFont.setPointSizeF(tickFont.pointSizeF() * 0.85);
    m_plot->yAxis->setTickLabelFont(tickFont);
    m_plot->xAxis->setTickLabelFont(tickFont);
    // Three ticks: with four, labels such as 0.25 0.5 0.75 run into each other in the 2×2 grid.
    m_plot->xAxis->ticker()->setTickCount(3);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->moveLegendBelow();
    m_totals = new QCPGraph(m_plot->yAxis, m_plot->xAxis);
    m_totals->setLineStyle(QCPGraph::lsNone);
    m_totals->setScatterStyle(QCPScatterStyle::ssNone);
    m_totals->removeFromLegend();
    m_whiskers = new QCPErrorBars(m_plot->yAxis, m_plot->xAxis);
    m_whiskers->setDataPlottable(m_totals);
    m_whiskers->setErrorType(QCPErrorBars::etValueError);
    m_whiskers->setName(tr("P5–P95 (Monte Carlo)"));
    m_whiskers->setPen(QPen(m_plot->palette().color(QPalette::WindowText), 1.5));
    m_whiskers->setWhiskerWidth(6);
    m_plot->setHoverText([this](const QPointF &pos) { return hoverText(pos); });
    connect(m_plot, &QCustomPlot::afterLayout, this, &MetricBarChart::fitLabels);
    connect(m_plot, &PlotWidget::pointClicked, this, [this](QCPAbstractPlottable *, int dataIndex) {
        if (dataIndex >= 0 && static_cast<std::size_t>(dataIndex) < m_indices.size())
            emit barClicked(m_indices[static_cast<std::size_t>(dataIndex)], m_metric);
    });
    connect(&document, &Document::resultsChanged, this, &MetricBarChart::refresh);
    connect(&document, &Document::currencyChanged, this, &MetricBarChart::refresh);
    refresh();
}

void MetricBarChart::refresh()
{
    // Scenarios in the comparison, with valid estimates.
    m_indices.clear();
    for (int i = 0; i < m_document.scenarioCount(); ++i)
        if (m_document.scenario(i).includeInComparison && m_document.result(i).resolved)
            m_indices.push_back(i);

    std::vector<std::vector<Component>> parts;
    double largest = 0;
    double smallest = std::numeric_limits<double>::infinity(); // positive: the log axis's lower end
    for (int i : m_indices) {
        const auto &r = m_document.result(i);
        parts.push_back(Breakdown::of(*r.resolved, r.estimate, m_metric));
        const double total = Breakdown::total(r.estimate, m_metric);
        largest = std::max(largest, total);
        const double low =
            r.ranges ? Breakdown::totalPercentile(*r.ranges, m_metric, &OutputRange::p5) : total;
        for (double v : {total, low})
            if (v > 0)
                smallest = std::min(smallest, v);
        if (r.ranges)
            largest = std::max(largest, Breakdown::totalPercentile(*r.ranges, m_metric, &OutputRange::p95));
    }
    chooseUnit(m_metric, largest, m_divisor, m_unit, m_document.money());
    m_plot->xAxis->setLabel(QStringLiteral("%1 (%2)").arg(metricAxis(m_metric), m_unit));

    const std::vector<Component> layout =
        parts.empty() ? std::vector<Component>{} : parts.front(); // same keys for every scenario
    if (m_bars.size() != layout.size()) {
        for (QCPBars *b : m_bars)
            m_plot->removePlottable(b);
        m_bars.clear();
        m_keys.clear();
        QCPBars *below = nullptr;
        for (std::size_t c = 0; c < layout.size(); ++c) {
            auto *bars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
            const QColor color = okabeIto(static_cast<int>(c));
            bars->setBrush(color);
            bars->setPen(QPen(color.darker(140)));
            bars->setWidth(0.6);
            bars->setName(componentLabel(layout[c].key));
            if (below != nullptr)
                bars->moveAbove(below);
            below = bars;
            m_bars.push_back(bars);
            m_keys.push_back(qs(layout[c].key));
        }
    }
    QVector<double> ticks;
    QVector<QString> labels;
    for (std::size_t k = 0; k < m_indices.size(); ++k) {
        ticks.push_back(static_cast<double>(k + 1));
        QString label = qs(m_document.scenario(m_indices[k]).name);
        if (label.size() > 24)
            label = label.left(23) + QChar(0x2026);
        labels.push_back(label);
    }
    for (std::size_t c = 0; c < m_bars.size(); ++c) {
        QVector<double> values;
        for (const auto &p : parts)
            values.push_back(p[c].value / m_divisor);
        m_bars[c]->setData(ticks, values, true);
        // Components that are zero everywhere only clutter the legend.
        const bool any = std::any_of(values.begin(), values.end(), [](double v) { return v > 0; });
        if (m_plot->legend->hasItemWithPlottable(m_bars[c]) != any) {
            if (any)
                m_bars[c]->addToLegend();
            else
                m_bars[c]->removeFromLegend();
        }
    }
    // Whiskers: P5–P95 of the total around the bar's end.
    QVector<double> totals, minus, plus;
    bool anyRange = false;
    for (int i : m_indices) {
        const auto &r = m_document.result(i);
        const double total = Breakdown::total(r.estimate, m_metric);
        totals << total / m_divisor;
        double lo = total, hi = total;
        if (r.ranges) {
            lo = std::min(total, Breakdown::totalPercentile(*r.ranges, m_metric, &OutputRange::p5));
            hi = std::max(total, Breakdown::totalPercentile(*r.ranges, m_metric, &OutputRange::p95));
            anyRange = anyRange || hi > lo;
        }
        minus << (total - lo) / m_divisor;
        plus << (hi - total) / m_divisor;
    }
    m_totals->setData(ticks, totals, true);
    m_whiskers->setData(minus, plus);
    m_whiskers->setVisible(anyRange);
    if (m_plot->legend->hasItemWithPlottable(m_whiskers) != anyRange) {
        if (anyRange)
            m_whiskers->addToLegend();
        else
            m_whiskers->removeFromLegend();
    }
    m_ticks = ticks;
    m_labels = labels;
    applyLabels();
    m_plot->yAxis->setRange(0.4, static_cast<double>(ticks.size()) + 0.6);
    applyScale(ticks, totals, smallest, largest);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricBarChart::setLogScale(bool on)
{
    if (on == m_log)
        return;
    m_log = on;
    refresh();
}

void MetricBarChart::applyScale(const QVector<double> &ticks, const QVector<double> &totals, double smallest,
                                double largest)
{
    if (m_totalBars == nullptr) {
        m_totalBars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
        m_totalBars->setName(tr("Total"));
        m_totalBars->setBrush(okabeIto(0));
        m_totalBars->setPen(QPen(okabeIto(0).darker(140)));
        m_totalBars->setWidth(0.6);
        m_totalBars->removeFromLegend();
    }
    const bool log = m_log && largest > 0 && std::isfinite(smallest);
    for (QCPBars *b : m_bars) {
        b->setVisible(!log);
        if (log)
            b->removeFromLegend();
    }
    m_totalBars->setVisible(log);
    if (log != m_plot->legend->hasItemWithPlottable(m_totalBars)) {
        if (log)
            m_totalBars->addToLegend();
        else
            m_totalBars->removeFromLegend();
    }
    if (!log) {
        m_plot->xAxis->setScaleType(QCPAxis::stLinear);
        if (m_plot->xAxis->ticker().dynamicCast<LogTicker>())
            m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        m_plot->xAxis->ticker()->setTickCount(3);
        m_plot->xAxis->setRange(0, largest > 0 ? largest / m_divisor * 1.08 : 1);
        m_totalBars->data()->clear();
        return;
    }
    // Whole decades around the data: the bars start at the lower end (a log axis has no zero).
    const double lower = std::pow(10.0, std::floor(std::log10(smallest / m_divisor)));
    const double upper = std::pow(10.0, std::ceil(std::log10(largest / m_divisor * 1.08)));
    m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    if (!m_plot->xAxis->ticker().dynamicCast<LogTicker>()) {
        QSharedPointer<QCPAxisTicker> ticker(new LogTicker);
        ticker->setTickCount(3); // every other decade when there are many: labels stay apart
        m_plot->xAxis->setTicker(ticker);
    }
    m_plot->xAxis->setRange(lower, std::max(upper, lower * 10));
    m_totalBars->setBaseValue(lower);
    m_totalBars->setData(ticks, totals, true);
}

void MetricBarChart::applyLabels()
{
    QVector<QString> shown = m_labels;
    for (qsizetype k = 0; k < shown.size(); ++k)
        if (k % m_labelStep != 0)
            shown[k].clear();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTicks(m_ticks, shown);
    m_plot->yAxis->setTicker(ticker);
}

// Names that would overlap (many scenarios, a short chart, presentation-size fonts) are thinned
// to every n-th one; hovering a bar still names it. Runs after the layout, so a change is drawn
// by one more (queued) replot.
void MetricBarChart::fitLabels()
{
    const int rows = static_cast<int>(m_labels.size());
    const int height = m_plot->axisRect()->height();
    if (rows == 0 || height <= 0)
        return;
    const double perRow = static_cast<double>(height) / rows;
    const int line = QFontMetrics(m_plot->yAxis->tickLabelFont()).height();
    const int step = perRow >= line ? 1 : static_cast<int>(std::ceil(line / perRow));
    if (step == m_labelStep)
        return;
    m_labelStep = step;
    applyLabels();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QVector<double> MetricBarChart::componentValues(const QString &key) const
{
    QVector<double> out;
    for (std::size_t c = 0; c < m_keys.size(); ++c) {
        if (m_keys[c] != key)
            continue;
        for (auto it = m_bars[c]->data()->constBegin(); it != m_bars[c]->data()->constEnd(); ++it)
            out.push_back(it->value);
    }
    return out;
}

QVector<double> MetricBarChart::whiskerLow() const
{
    QVector<double> out;
    if (!m_whiskers->visible())
        return out;
    for (int k = 0; k < m_totals->dataCount(); ++k)
        out << (m_totals->data()->at(k)->value - m_whiskers->data()->at(k).errorMinus);
    return out;
}

QVector<double> MetricBarChart::whiskerHigh() const
{
    QVector<double> out;
    if (!m_whiskers->visible())
        return out;
    for (int k = 0; k < m_totals->dataCount(); ++k)
        out << (m_totals->data()->at(k)->value + m_whiskers->data()->at(k).errorPlus);
    return out;
}

QString MetricBarChart::hoverText(const QPointF &pos) const
{
    const double x = m_plot->yAxis->pixelToCoord(pos.y());
    const int k = static_cast<int>(std::lround(x)) - 1;
    if (k < 0 || static_cast<std::size_t>(k) >= m_indices.size() || std::abs(x - (k + 1)) > 0.35)
        return {};
    const int i = m_indices[static_cast<std::size_t>(k)];
    const auto &r = m_document.result(i);
    QString text = QStringLiteral("<b>%1</b>").arg(qs(m_document.scenario(i).name).toHtmlEscaped());
    const auto format = [this](double v) {
        switch (m_metric) {
        case Breakdown::Metric::Co2e:
            return qs(formatMassKg(v));
        case Breakdown::Metric::Energy:
            return qs(formatEnergyKWh(v));
        case Breakdown::Metric::Cost:
            return m_document.money().format(v);
        case Breakdown::Metric::Water:
            return qs(formatVolumeL(v));
        }
        return QString();
    };
    for (const Component &c : Breakdown::of(*r.resolved, r.estimate, m_metric))
        if (c.value > 0)
            text += QStringLiteral("<br>%1: %2").arg(componentLabel(c.key), format(c.value));
    text +=
        QStringLiteral("<br><b>%1: %2</b>").arg(tr("Total"), format(Breakdown::total(r.estimate, m_metric)));
    if (r.ranges)
        text +=
            QStringLiteral("<br>%1: %2 – %3")
                .arg(tr("P5–P95"), format(Breakdown::totalPercentile(*r.ranges, m_metric, &OutputRange::p5)),
                     format(Breakdown::totalPercentile(*r.ranges, m_metric, &OutputRange::p95)));
    return text;
}

} // namespace greenlight::ui
