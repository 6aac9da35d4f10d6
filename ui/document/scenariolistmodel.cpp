#include "document/scenariolistmodel.h"

#include "document/document.h"
#include "qtutil/qtconvert.h"
#include "shell/palette.h"

#include <QFont>

namespace greenlight::ui {

ScenarioListModel::ScenarioListModel(Document &document, QObject *parent)
    : QAbstractListModel(parent), m_document(document)
{
    connect(&document, &Document::scenariosChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&document, &Document::scenarioChanged, this,
            [this](int row) { emit dataChanged(index(row), index(row)); });
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document.scenarioCount();
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_document.scenarioCount())
        return {};
    const Scenario &s = m_document.scenario(index.row());
    const bool baseline = index.row() == m_document.baselineIndex();
    switch (role) {
    case Qt::DisplayRole:
        return baseline ? tr("%1 (baseline)").arg(qs(s.name)) : qs(s.name);
    case Qt::EditRole:
        return qs(s.name);
    case Qt::DecorationRole:
        return scenarioColor(s, index.row());
    case Qt::CheckStateRole:
        return s.includeInComparison ? Qt::Checked : Qt::Unchecked;
    case Qt::FontRole: {
        QFont f;
        f.setBold(baseline);
        return f;
    }
    case Qt::ToolTipRole: {
        const auto &r = m_document.result(index.row());
        QString tip = s.notes.empty() ? qs(s.name) : qs(s.notes);
        if (!r.resolved && !r.issues.empty())
            tip += QStringLiteral("\n") + tr("Cannot be estimated: %1").arg(qs(r.issues.front().toString()));
        return tip;
    }
    default:
        return {};
    }
}

bool ScenarioListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    Scenario s = m_document.scenario(index.row());
    if (role == Qt::EditRole) {
        const std::string name = ss(value.toString().trimmed());
        if (name.empty() || name == s.name)
            return false;
        if (m_document.project().findScenario(name) != nullptr)
            return false; // names identify scenarios (CLI --scenario, baseline): keep them unique
        s.name = name;
        m_document.editScenario(index.row(), s, tr("Rename scenario"));
        return true;
    }
    if (role == Qt::CheckStateRole) {
        s.includeInComparison = value.toInt() == Qt::Checked;
        m_document.editScenario(index.row(), s,
                                s.includeInComparison ? tr("Include in comparison")
                                                      : tr("Exclude from comparison"));
        return true;
    }
    return false;
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsUserCheckable;
}

} // namespace greenlight::ui
