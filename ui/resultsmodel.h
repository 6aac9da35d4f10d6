#pragma once

#include "estimate/quantities.h"

#include <QAbstractTableModel>

#include <vector>

namespace greenlight::ui {

class Document;

// Scenarios as rows, key outputs as columns, formatted with units for people; the raw number is
// available under Qt::UserRole for copying and sorting.
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ResultsModel(const Document &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Output outputAt(int column) const { return m_columns.at(static_cast<std::size_t>(column)); }

private:
    const Document &m_document;
    std::vector<Output> m_columns;
};

} // namespace greenlight::ui
