#include "review/recommendationsmodel.h"

#include "document/document.h"
#include "i18n/coretext.h"
#include "i18n/localformat.h"
#include "qtutil/qtconvert.h"
#include "util/numberformat.h"

#include <QColor>

#include <cstdlib>

namespace greenlight::ui {

namespace {

// Breaks a title at the space nearest its middle ("Cost per t saved" → "Cost per\nt saved").
QString twoLines(QString title)
{
    const qsizetype middle = title.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < title.size(); ++i)
        if (title.at(i) == QLatin1Char(' ') && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    if (best > 0)
        title[best] = QLatin1Char('\n');
    return title;
}

// "13.1 t": the header says CO2e, the cells need not repeat it (the dock is narrow).
QString mass(double kg)
{
    QString text = LocalFormat().mass(kg);
    text.remove(QStringLiteral(" CO2e"));
    return text;
}

} // namespace

RecommendationsModel::RecommendationsModel(const Document &document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(&document, &Document::recommendationsChanged, this, &RecommendationsModel::reset);
    connect(&document, &Document::currencyChanged, this, &RecommendationsModel::reset);
}

void RecommendationsModel::reset()
{
    beginResetModel();
    endResetModel();
}

int RecommendationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_document.recommendations().size());
}

int RecommendationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Recommendation &r = m_document.recommendations().at(static_cast<std::size_t>(index.row()));
    const Money &money = m_document.money();
    const bool lever = r.kind == Recommendation::Kind::Lever;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Option:
            // Lever labels are the core's English; scenario names are the user's, shown literally.
            return lever ? tr("Lever: %1").arg(trCore(r.label)) : qs(r.label);
        case Saved:
            return mass(r.co2eSavedKg);
        case SavedRange:
            return QStringLiteral("%1 – %2").arg(mass(r.co2eSavedP5Kg), mass(r.co2eSavedP95Kg));
        case CostDelta:
            return QString((r.costDeltaUsd > 0 ? QStringLiteral("+") : QString()) +
                           money.format(r.costDeltaUsd));
        case CostPerTonne:
            return r.usdPerTonneSaved ? tr("%1/t").arg(money.format(*r.usdPerTonneSaved))
                                      : QStringLiteral("—");
        }
        return {};
    case Qt::UserRole:
        switch (index.column()) {
        case Saved:
            return r.co2eSavedKg;
        case SavedRange:
            return r.co2eSavedP5Kg;
        case CostDelta:
            return r.costDeltaUsd;
        case CostPerTonne:
            return r.usdPerTonneSaved ? QVariant(*r.usdPerTonneSaved) : QVariant();
        default:
            return qs(r.id);
        }
    case Qt::TextAlignmentRole:
        return index.column() == Option ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Colour-blind-safe pair (Okabe-Ito bluish green / vermilion), as in the delta table.
        if (index.column() == Saved && r.co2eSavedKg != 0)
            return r.co2eSavedKg > 0 ? QColor(0x00, 0x9E, 0x73) : QColor(0xD5, 0x5E, 0x00);
        if ((index.column() == CostDelta || index.column() == CostPerTonne) && r.costDeltaUsd != 0)
            return r.costDeltaUsd < 0 ? QColor(0x00, 0x9E, 0x73) : QColor(0xD5, 0x5E, 0x00);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Option: {
            QString quality = trCore(r.qualityCost);
            if (r.qualityRetained)
                quality += QStringLiteral(" (%1 %)").arg(LocalFormat().number(*r.qualityRetained * 100, 3));
            const QString option =
                lever ? tr("The lever applied to the baseline scenario “%1”").arg(qs(r.scenario))
                      : tr("Scenario “%1” instead of the baseline").arg(qs(r.scenario));
            return QString(option + QLatin1Char('\n') + tr("Quality cost: %1").arg(quality));
        }
        case Saved:
            return tr("Lifecycle CO2e (training + inference) of the baseline minus this option; energy "
                      "saved %1")
                .arg(LocalFormat().energy(r.energySavedKWh));
        case CostPerTonne:
            return tr("Cost change per tonne of CO2e saved; negative when the option also saves money");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RecommendationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Two lines: the dock is narrow and the numbers are short (in every language).
    return twoLines(columnTitle(section));
}

QString RecommendationsModel::columnTitle(int section)
{
    switch (section) {
    case Option:
        return tr("Option");
    case Saved:
        return tr("CO2e saved");
    case SavedRange:
        return tr("P5–P95 saved");
    case CostDelta:
        return tr("Cost change");
    case CostPerTonne:
        return tr("Cost per t saved");
    }
    return {};
}

} // namespace greenlight::ui
