#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace greenlight::ui {

class Document;

// The ranges of the current scenario's inputs: the catalog's range where sources disagree, or a
// distribution the user gives (triangular, uniform, lognormal, or fixed), and the resulting
// P5–P95 of the total CO2e. Edits are undo commands.
class UncertaintyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit UncertaintyEditor(Document &document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Sets a user distribution from code (tests, and the table's own widgets). kind: "catalog" to
    // remove the user's, or fixed/triangular/uniform/lognormal.
    void setDistribution(const QString &key, const QString &kind, double low, double mode, double high);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    Document &m_document;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    bool m_refreshing = false;
    // A hidden tab skips rebuilding its rows on every what-if step and catches up when shown.
    bool m_stale = false;
};

} // namespace greenlight::ui
