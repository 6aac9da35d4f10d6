#pragma once

#include "estimate/quantities.h"

#include <QAbstractTableModel>

#include <vector>

namespace greenlight::ui {

class Document;

// The delta table: outputs as rows, included scenarios as columns; each cell shows the value and,
// for non-baseline scenarios, the difference to the baseline (absolute and %). Qt::UserRole gives
// the raw value, UserRole + 1 the absolute delta, UserRole + 2 the percentage (or invalid).
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ValueRole = Qt::UserRole,
        DeltaRole,
        PercentRole
    };

    explicit ComparisonModel(Document &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Output outputAt(int row) const;
    int scenarioAt(int column) const;
    // Tab-separated values of the whole table (value, delta and % per scenario) for the clipboard.
    QString toTsv() const;

private:
    void rebuild();

    Document &m_document;
    std::vector<int> m_columns; // scenario indices
};

} // namespace greenlight::ui
