#pragma once

#include "calibration/measuredcheck.h"
#include "estimate/quantities.h"

#include <QAbstractTableModel>

#include <vector>

namespace greenlight::ui {

class Document;

// The delta table: outputs as rows, included scenarios as columns; each cell shows the value and,
// for non-baseline scenarios, the difference to the baseline (absolute and %). Qt::UserRole gives
// the raw value, UserRole + 1 the absolute delta, UserRole + 2 the percentage (or invalid).
// When measured runs are linked to an included scenario, four rows follow (issue 8): measured
// energy and CO2e (median of the runs) and estimate / measured with whether the measurement lies
// inside the estimate's P5-P95 (InsideRangeRole).
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ValueRole = Qt::UserRole,
        DeltaRole,
        PercentRole,
        InsideRangeRole // measured rows: bool, or invalid without ranges or runs
    };
    enum class MeasuredRow
    {
        None,
        Energy,
        EnergyRatio,
        Co2e,
        Co2eRatio
    };

    explicit ComparisonModel(Document &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The output a row shows (measured rows: the estimate they are compared with).
    Output outputAt(int row) const;
    MeasuredRow measuredRowAt(int row) const;
    QString rowLabel(int row) const;
    QString rowUnit(int row) const;
    int scenarioAt(int column) const;
    // Tab-separated values of the whole table (value, delta and % per scenario) for the clipboard.
    QString toTsv() const;

private:
    void rebuild();
    QVariant measuredData(int row, int column, int role) const;
    QString formatted(Output o, double v) const;

    Document &m_document;
    std::vector<int> m_columns;                  // scenario indices
    std::vector<MeasuredCheckResult> m_measured; // per column; empty when no column has runs
};

} // namespace greenlight::ui
