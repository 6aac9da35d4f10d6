#include "comparisonmodel.h"

#include "compare/comparison.h"
#include "document.h"
#include "palette.h"
#include "qtconvert.h"
#include "util/numberformat.h"

#include <QFont>
#include <QLocale>

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

QString outputLabel(Output o)
{
    switch (o) {
    case Output::FacilityEnergyKWh:
        return QObject::tr("Energy (facility)");
    case Output::Co2eLocationKg:
        return QObject::tr("CO2e, location-based");
    case Output::Co2eMarketKg:
        return QObject::tr("CO2e, market-based");
    case Output::Co2eEmbodiedKg:
        return QObject::tr("CO2e, embodied");
    case Output::Co2eTotalKg:
        return QObject::tr("CO2e, total");
    case Output::WaterL:
        return QObject::tr("Water");
    case Output::CostUsd:
        return QObject::tr("Cost");
    case Output::AcceleratorHours:
        return QObject::tr("Accelerator-hours");
    case Output::WallClockHours:
        return QObject::tr("Wall-clock time");
    default:
        return qs(std::string(info(o).label));
    }
}

} // namespace

ComparisonModel::ComparisonModel(Document &document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(&document, &Document::resultsChanged, this, &ComparisonModel::rebuild);
    connect(&document, &Document::scenariosChanged, this, &ComparisonModel::rebuild);
    rebuild();
}

void ComparisonModel::rebuild()
{
    std::vector<int> columns;
    for (int i = 0; i < m_document.scenarioCount(); ++i)
        if (m_document.scenario(i).includeInComparison)
            columns.push_back(i);
    if (columns != m_columns) {
        beginResetModel();
        m_columns = columns;
        endResetModel();
    } else if (!m_columns.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(comparedOutputs().size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

Output ComparisonModel::outputAt(int row) const
{
    return comparedOutputs().at(static_cast<std::size_t>(row));
}

int ComparisonModel::scenarioAt(int column) const
{
    return m_columns.at(static_cast<std::size_t>(column));
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int si = scenarioAt(index.column());
    const Output o = outputAt(index.row());
    const auto &r = m_document.result(si);
    const int baseline = m_document.baselineIndex();
    const bool isBaseline = si == baseline;
    if (!r.resolved) {
        if (role == Qt::DisplayRole)
            return tr("cannot estimate");
        if (role == Qt::ToolTipRole && !r.issues.empty())
            return qs(r.issues.front().toString());
        return {};
    }
    const bool baselineOk = baseline >= 0 && m_document.result(baseline).resolved.has_value();
    const Delta d = baselineOk ? deltaAgainst(r.estimate, m_document.result(baseline).estimate, o) : Delta{};
    switch (role) {
    case Qt::DisplayRole: {
        QString text = formatted(o, r.estimate[o]);
        if (!isBaseline && baselineOk) {
            const QString sign = d.absolute > 0 ? QStringLiteral("+") : QString();
            text += QStringLiteral("\n%1%2").arg(sign, formatted(o, d.absolute));
            if (d.percent)
                text += QStringLiteral(" (%1%2 %)").arg(sign, QLocale().toString(*d.percent, 'f', 1));
        }
        return text;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!isBaseline && baselineOk && d.absolute != 0 && o != Output::WallClockHours)
            return d.absolute < 0 ? QColor(0x00, 0x9E, 0x73) : QColor(0xD5, 0x5E, 0x00);
        return {};
    case Qt::ToolTipRole:
        return tr("%1 = %2 %3 — select to see how it was computed")
            .arg(outputLabel(o), qs(formatNumber(r.estimate[o], 8)), qs(std::string(info(o).unit)));
    case ValueRole:
        return r.estimate[o];
    case DeltaRole:
        return baselineOk ? QVariant(d.absolute) : QVariant();
    case PercentRole:
        return d.percent ? QVariant(*d.percent) : QVariant();
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return outputLabel(outputAt(section));
        return {};
    }
    const int si = scenarioAt(section);
    const Scenario &s = m_document.scenario(si);
    switch (role) {
    case Qt::DisplayRole:
        return si == m_document.baselineIndex() ? tr("%1\n(baseline)").arg(qs(s.name)) : qs(s.name);
    case Qt::DecorationRole:
        return scenarioColor(s, si);
    case Qt::FontRole: {
        QFont f;
        f.setBold(si == m_document.baselineIndex());
        return f;
    }
    default:
        return {};
    }
}

QString ComparisonModel::toTsv() const
{
    QStringList header{tr("Quantity"), tr("Unit")};
    for (int c = 0; c < columnCount(); ++c) {
        QString name = qs(m_document.scenario(scenarioAt(c)).name);
        name.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        header << name << tr("%1 Δ").arg(name) << tr("%1 Δ%").arg(name);
    }
    QStringList lines{header.join(QLatin1Char('\t'))};
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells{outputLabel(outputAt(r)), qs(std::string(info(outputAt(r)).unit))};
        for (int c = 0; c < columnCount(); ++c) {
            const QModelIndex i = index(r, c);
            cells << QString::number(i.data(ValueRole).toDouble(), 'g', 10);
            const QVariant d = i.data(DeltaRole);
            cells << (d.isValid() ? QString::number(d.toDouble(), 'g', 10) : QString());
            const QVariant p = i.data(PercentRole);
            cells << (p.isValid() ? QString::number(p.toDouble(), 'f', 2) : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace greenlight::ui
