#include "resultsmodel.h"

#include "document.h"
#include "qtconvert.h"
#include "util/numberformat.h"

#include <QColor>

namespace greenlight::ui {

namespace {

QString formatted(Output o, double v)
{
    switch (o) {
    case Output::AcceleratorHours:
    case Output::WallClockHours:
        return qs(formatHours(v));
    case Output::FacilityEnergyKWh:
    case Output::ItEnergyKWh:
        return qs(formatEnergyKWh(v));
    case Output::Co2eLocationKg:
    case Output::Co2eMarketKg:
    case Output::Co2eEmbodiedKg:
    case Output::Co2eTotalKg:
        return qs(formatMassKg(v));
    case Output::WaterL:
        return qs(formatVolumeL(v));
    case Output::CostUsd:
        return qs(formatUsd(v));
    default:
        return qs(formatNumber(v, 4));
    }
}

} // namespace

ResultsModel::ResultsModel(const Document &document, QObject *parent)
    : QAbstractTableModel(parent),
      m_document(document), m_columns{
                                Output::AcceleratorHours, Output::WallClockHours, Output::FacilityEnergyKWh,
                                Output::Co2eLocationKg,   Output::Co2eMarketKg,   Output::Co2eEmbodiedKg,
                                Output::Co2eTotalKg,      Output::WaterL,         Output::CostUsd}
{
    connect(&document, &Document::projectChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_document.project().scenarios.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const Document::Evaluated &e = m_document.results().at(row);
    const Output o = outputAt(index.column());
    if (!e.resolved) {
        if (role == Qt::DisplayRole)
            return tr("invalid");
        if (role == Qt::ToolTipRole && !e.issues.empty())
            return qs(e.issues.front().toString());
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return formatted(o, e.estimate[o]);
    case Qt::UserRole:
        return e.estimate[o];
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1: %2 %3 — select to see how it was computed")
            .arg(qs(std::string(info(o).label)), qs(formatNumber(e.estimate[o], 8)),
                 qs(std::string(info(o).unit)));
    default:
        return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::DecorationRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (role != Qt::DisplayRole)
            return {};
        return qs(std::string(info(outputAt(section)).label));
    }
    const Scenario &s = m_document.project().scenarios.at(static_cast<std::size_t>(section));
    if (role == Qt::DecorationRole)
        return s.color.empty() ? QVariant() : QVariant(QColor(qs(s.color)));
    return qs(s.name);
}

} // namespace greenlight::ui
