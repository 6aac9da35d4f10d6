#include "tornadochart.h"

#include "document/document.h"
#include "i18n/coretext.h"
#include "plotwidget.h"
#include "qtutil/qtconvert.h"
#include "shell/palette.h"
#include "uncertainty/sensitivity.h"
#include "util/numberformat.h"

namespace greenlight::ui {

namespace {
constexpr int kMaxBars = 10;
}

TornadoChart::TornadoChart(Document &document, PlotWidget *plot, QObject *parent)
    : QObject(parent), m_document(document), m_plot(plot)
{
    m_low = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    m_high = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    m_low->setName(tr("Input at the low end of its range"));
    m_high->setName(tr("Input at the high end of its range"));
    m_low->setBrush(okabeIto(4));
    m_low->setPen(QPen(okabeIto(4).darker(140)));
    m_high->setBrush(okabeIto(5));
    m_high->setPen(QPen(okabeIto(5).darker(140)));
    m_low->setWidth(0.6);
    m_high->setWidth(0.6);
    m_plot->yAxis->setRangeReversed(true);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->moveLegendBelow();
    m_plot->setHoverText([this](const QPointF &pos) -> QString {
        const int k = static_cast<int>(std::lround(m_plot->yAxis->pixelToCoord(pos.y()))) - 1;
        if (k < 0 || k >= m_keys.size())
            return {};
        const int i = m_document.currentIndex();
        if (i < 0 || !m_document.result(i).resolved)
            return {};
        const SensitivityResult r = Sensitivity::analyse(*m_document.result(i).resolved, Output::Co2eTotalKg);
        const SensitivityEntry &e = r.entries.at(static_cast<std::size_t>(k));
        const QuantityInfo &in = info(e.input);
        return tr("<b>%1</b><br>%2 %4 → %5<br>%3 %4 → %6")
            .arg(trCore(in.label).toHtmlEscaped(), qs(formatNumber(e.inputLow, 4)),
                 qs(formatNumber(e.inputHigh, 4)), trCore(in.unit), qs(formatMassKg(e.outputAtLow)),
                 qs(formatMassKg(e.outputAtHigh)));
    });
    connect(&document, &Document::resultsChanged, this, &TornadoChart::refresh);
    connect(&document, &Document::currentChanged, this, &TornadoChart::refresh);
    refresh();
}

void TornadoChart::refresh()
{
    m_keys.clear();
    QVector<double> ticks, low, high;
    QVector<QString> labels;
    const int i = m_document.currentIndex();
    QString title = tr("Sensitivity of total CO2e");
    if (i >= 0 && m_document.result(i).resolved) {
        const SensitivityResult r = Sensitivity::analyse(*m_document.result(i).resolved, Output::Co2eTotalKg);
        title = tr("Sensitivity of total CO2e — %1 (central %2)")
                    .arg(qs(m_document.scenario(i).name), qs(formatMassKg(r.central)));
        const std::size_t n = std::min<std::size_t>(r.entries.size(), kMaxBars);
        for (std::size_t k = 0; k < n; ++k) {
            const SensitivityEntry &e = r.entries[k];
            ticks << static_cast<double>(k + 1);
            labels << trCore(info(e.input).label);
            m_keys << qs(std::string(info(e.input).key));
            low << (e.outputAtLow - r.central) / 1000.0;
            high << (e.outputAtHigh - r.central) / 1000.0;
        }
    }
    m_plot->setTitle(title);
    m_low->setData(ticks, low, true);
    m_high->setData(ticks, high, true);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTicks(ticks, labels);
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(0.4, std::max<double>(1, ticks.size()) + 0.6);
    m_plot->xAxis->setLabel(tr("Change in total CO2e from the central estimate (t)"));
    double extent = 0;
    for (double v : low + high)
        extent = std::max(extent, std::abs(v));
    m_plot->xAxis->setRange(-extent * 1.1 - 1e-9, extent * 1.1 + 1e-9);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace greenlight::ui
