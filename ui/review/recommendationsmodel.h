#pragma once

#include <QAbstractTableModel>

namespace greenlight::ui {

class Document;

// The core's recommendations (Document::recommendations(), ranked by CO2e saved) as a table:
// option, CO2e saved with its P5-P95, cost change and cost per tonne saved, in the display
// currency. Qt::UserRole gives the raw number (kg, USD, USD/t).
class RecommendationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Option,
        Saved,
        SavedRange,
        CostDelta,
        CostPerTonne,
        ColumnCount
    };

    explicit RecommendationsModel(const Document &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    // The plain title of a column (one line), as the report and tests name it.
    static QString columnTitle(int section);
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reset();

    const Document &m_document;
};

} // namespace greenlight::ui
