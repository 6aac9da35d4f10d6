#include "co2echart.h"

#include "document.h"
#include "qtconvert.h"

#include <qcustomplot.h>

namespace greenlight::ui {

namespace {

// Okabe–Ito colours: distinguishable for colour-blind readers, in light and dark palettes.
const QColor kOperational(0x00, 0x72, 0xB2);
const QColor kEmbodied(0xE6, 0x9F, 0x00);

QVector<double> values(const QCPBars *bars)
{
    QVector<double> out;
    if (bars == nullptr)
        return out;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        out.push_back(it->value);
    return out;
}

} // namespace

Co2eChart::Co2eChart(const Document &document, QCustomPlot *plot, QObject *parent)
    : QObject(parent), m_document(document), m_plot(plot)
{
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(
        0, 0,
        new QCPTextElement(m_plot, tr("CO2e per scenario"), QFont(m_plot->font().family(), 11, QFont::Bold)));
    m_operational = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_embodied = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_operational->setName(tr("Operational (location-based)"));
    m_embodied->setName(tr("Embodied (amortised)"));
    m_operational->setBrush(kOperational);
    m_operational->setPen(kOperational.darker(130));
    m_embodied->setBrush(kEmbodied);
    m_embodied->setPen(kEmbodied.darker(130));
    m_embodied->moveAbove(m_operational);
    m_plot->yAxis->setLabel(tr("CO2e (t)"));
    m_plot->xAxis->setLabel(tr("Scenario"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    connect(&document, &Document::projectChanged, this, &Co2eChart::refresh);
    refresh();
}

void Co2eChart::refresh()
{
    QVector<double> ticks;
    QVector<double> operational;
    QVector<double> embodied;
    QVector<QString> labels;
    const auto &results = m_document.results();
    const auto &scenarios = m_document.project().scenarios;
    for (std::size_t i = 0; i < results.size(); ++i) {
        ticks.push_back(static_cast<double>(i + 1));
        operational.push_back(results[i].estimate[Output::Co2eLocationKg] / 1000.0);
        embodied.push_back(results[i].estimate[Output::Co2eEmbodiedKg] / 1000.0);
        QString label = qs(scenarios[i].name);
        if (label.size() > 28)
            label = label.left(27) + QChar(0x2026);
        labels.push_back(label);
    }
    m_operational->setData(ticks, operational, true);
    m_embodied->setData(ticks, embodied, true);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTicks(ticks, labels);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabelRotation(ticks.size() > 3 ? 25 : 0);
    m_plot->xAxis->setRange(0.4, static_cast<double>(ticks.size()) + 0.6);
    m_plot->yAxis->rescale();
    const QCPRange y = m_plot->yAxis->range();
    m_plot->yAxis->setRange(0, y.upper > 0 ? y.upper * 1.1 : 1);
    m_plot->replot();
}

QVector<double> Co2eChart::operationalTonnes() const
{
    return values(m_operational);
}

QVector<double> Co2eChart::embodiedTonnes() const
{
    return values(m_embodied);
}

} // namespace greenlight::ui
