#include "dashboard/comparisonmodel.h"

#include "compare/comparison.h"
#include "document/document.h"
#include "i18n/coretext.h"
#include "i18n/localformat.h"
#include "qtutil/qtconvert.h"
#include "qtutil/textwrap.h"
#include "shell/palette.h"
#include "util/numberformat.h"

#include <QFont>
#include <QLocale>

namespace greenlight::ui {

namespace {

QString formattedQuantity(Output o, double v)
{
    switch (o) {
    case Output::AcceleratorHours:
    case Output::WallClockHours:
        return LocalFormat().hours(v);
    case Output::FacilityEnergyKWh:
    case Output::ItEnergyKWh:
        return LocalFormat().energy(v);
    case Output::Co2eLocationKg:
    case Output::Co2eMarketKg:
    case Output::Co2eEmbodiedKg:
    case Output::Co2eTotalKg:
        return LocalFormat().mass(v);
    case Output::WaterL:
        return LocalFormat().volume(v);
    default:
        return LocalFormat().number(v, 4);
    }
}

constexpr int kMeasuredRows = 4;
// About what a default-width (160 px) column header holds beside the colour swatch, in bold.
constexpr int kHeaderLineChars = 20;
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
        return trCore(info(o).label);
    }
}

} // namespace

QString ComparisonModel::formatted(Output o, double v) const
{
    // Costs in the display currency of the Preferences.
    return o == Output::CostUsd ? m_document.money().format(v) : formattedQuantity(o, v);
}

ComparisonModel::ComparisonModel(Document &document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(&document, &Document::resultsChanged, this, &ComparisonModel::rebuild);
    connect(&document, &Document::scenariosChanged, this, &ComparisonModel::rebuild);
    connect(&document, &Document::measuredRunsChanged, this, &ComparisonModel::rebuild);
    connect(&document, &Document::currencyChanged, this, &ComparisonModel::rebuild);
    rebuild();
}

void ComparisonModel::rebuild()
{
    std::vector<int> columns;
    for (int i = 0; i < m_document.scenarioCount(); ++i)
        if (m_document.scenario(i).includeInComparison)
            columns.push_back(i);
    std::vector<MeasuredCheckResult> measured;
    bool anyRuns = false;
    for (int si : columns) {
        const auto &r = m_document.result(si);
        measured.push_back(r.resolved
                               ? MeasuredCheck::check(m_document.project(), m_document.scenario(si).name,
                                                      r.estimate, r.ranges ? &*r.ranges : nullptr)
                               : MeasuredCheckResult{});
        anyRuns = anyRuns || measured.back().runs > 0;
    }
    if (!anyRuns)
        measured.clear();
    if (columns != m_columns || measured.empty() != m_measured.empty()) {
        beginResetModel();
        m_columns = columns;
        m_measured = std::move(measured);
        endResetModel();
    } else if (!m_columns.empty()) {
        m_measured = std::move(measured);
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(comparedOutputs().size()) + (m_measured.empty() ? 0 : kMeasuredRows);
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

Output ComparisonModel::outputAt(int row) const
{
    switch (measuredRowAt(row)) {
    case MeasuredRow::Energy:
    case MeasuredRow::EnergyRatio:
        return Output::FacilityEnergyKWh;
    case MeasuredRow::Co2e:
    case MeasuredRow::Co2eRatio:
        return Output::Co2eLocationKg;
    case MeasuredRow::None:
        break;
    }
    return comparedOutputs().at(static_cast<std::size_t>(row));
}

ComparisonModel::MeasuredRow ComparisonModel::measuredRowAt(int row) const
{
    const int first = static_cast<int>(comparedOutputs().size());
    if (m_measured.empty() || row < first || row >= first + kMeasuredRows)
        return MeasuredRow::None;
    static const MeasuredRow rows[] = {MeasuredRow::Energy, MeasuredRow::EnergyRatio, MeasuredRow::Co2e,
                                       MeasuredRow::Co2eRatio};
    return rows[row - first];
}

QString ComparisonModel::rowLabel(int row) const
{
    switch (measuredRowAt(row)) {
    case MeasuredRow::Energy:
        return tr("Measured energy");
    case MeasuredRow::EnergyRatio:
        return tr("Energy: estimate / measured");
    case MeasuredRow::Co2e:
        return tr("Measured CO2e");
    case MeasuredRow::Co2eRatio:
        return tr("CO2e: estimate / measured");
    case MeasuredRow::None:
        break;
    }
    return outputLabel(outputAt(row));
}

QString ComparisonModel::rowUnit(int row) const
{
    switch (measuredRowAt(row)) {
    case MeasuredRow::EnergyRatio:
    case MeasuredRow::Co2eRatio:
        return tr("ratio");
    case MeasuredRow::None:
        if (outputAt(row) == Output::CostUsd)
            return m_document.money().unit();
        break;
    default:
        break;
    }
    return trCore(info(outputAt(row)).unit);
}

QVariant ComparisonModel::measuredData(int row, int column, int role) const
{
    const MeasuredRow kind = measuredRowAt(row);
    const MeasuredCheckResult &m = m_measured.at(static_cast<std::size_t>(column));
    const bool energy = kind == MeasuredRow::Energy || kind == MeasuredRow::EnergyRatio;
    const bool ratioRow = kind == MeasuredRow::EnergyRatio || kind == MeasuredRow::Co2eRatio;
    const MeasuredValue &v = energy ? m.energyKWh : m.co2eKg;
    const Output o = energy ? Output::FacilityEnergyKWh : Output::Co2eLocationKg;
    if (m.runs == 0) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("—");
        if (role == Qt::ToolTipRole)
            return tr("No measured run is linked to this scenario (Measured runs panel).");
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const QString range = v.p5 && v.p95 ? tr("P5–P95 of the estimate: %1 – %2")
                                              .arg(formattedQuantity(o, *v.p5), formattedQuantity(o, *v.p95))
                                        : tr("no uncertainty range for this estimate");
    switch (role) {
    case Qt::DisplayRole:
        if (!ratioRow)
            return m.runs > 1
                       ? tr("%1\nmedian of %n runs", nullptr, m.runs).arg(formattedQuantity(o, v.measured))
                       : formattedQuantity(o, v.measured);
        if (!v.ratio)
            return tr("n/a");
        if (!v.insideRange)
            return QStringLiteral("×%1").arg(LocalFormat().number(*v.ratio, 3));
        return (*v.insideRange ? tr("×%1\ninside P5–P95") : tr("×%1\noutside P5–P95"))
            .arg(LocalFormat().number(*v.ratio, 3));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (ratioRow && v.insideRange)
            return *v.insideRange ? QColor(0x00, 0x9E, 0x73) : QColor(0xD5, 0x5E, 0x00);
        return {};
    case Qt::ToolTipRole:
        return ratioRow
                   ? tr("Estimated %1 against measured %2; %3")
                         .arg(formattedQuantity(o, v.estimated), formattedQuantity(o, v.measured), range)
                   : tr("Median of %n linked run(s), as the measuring tool reported it", nullptr, m.runs);
    case ValueRole:
        if (ratioRow)
            return v.ratio ? QVariant(*v.ratio) : QVariant();
        return v.measured;
    case InsideRangeRole:
        return v.insideRange ? QVariant(*v.insideRange) : QVariant();
    default:
        return {};
    }
}

int ComparisonModel::scenarioAt(int column) const
{
    return m_columns.at(static_cast<std::size_t>(column));
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (measuredRowAt(index.row()) != MeasuredRow::None)
        return measuredData(index.row(), index.column(), role);
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
        if (o == Output::CostUsd && !m_document.money().isUsd())
            return tr("%1 = %2 (%3 USD; %4) — select to see how it was computed")
                .arg(outputLabel(o), formatted(o, r.estimate[o]), LocalFormat().number(r.estimate[o], 8),
                     m_document.money().rateNote());
        return tr("%1 = %2 %3 — select to see how it was computed")
            .arg(outputLabel(o), LocalFormat().number(r.estimate[o], 8), trCore(info(o).unit));
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
            return rowLabel(section);
        return {};
    }
    const int si = scenarioAt(section);
    const Scenario &s = m_document.scenario(si);
    switch (role) {
    case Qt::DisplayRole: {
        // Broken into short lines: a header neither wraps nor elides a name beside its colour
        // swatch, and long scenario names are common.
        const QString name =
            wordWrapped(qs(s.name), [](const QString &line) { return line.size() <= kHeaderLineChars; });
        return si == m_document.baselineIndex() ? tr("%1\n(baseline)").arg(name) : name;
    }
    case Qt::ToolTipRole:
        return qs(s.name);
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
        // Values as computed (costs in USD, the core's unit); the label says so.
        const bool cost = measuredRowAt(r) == MeasuredRow::None && outputAt(r) == Output::CostUsd;
        QStringList cells{rowLabel(r), cost ? QStringLiteral("USD") : rowUnit(r)};
        for (int c = 0; c < columnCount(); ++c) {
            const QModelIndex i = index(r, c);
            const QVariant v = i.data(ValueRole);
            cells << (v.isValid() ? QString::number(v.toDouble(), 'g', 10) : QString());
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
