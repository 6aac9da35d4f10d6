#pragma once

#include "estimate/quantities.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace greenlight::ui {

class ComparisonModel;
class Document;
class MetricBarChart;
class PlotWidget;
class LifecycleChart;
class ScheduleChart;
class TornadoChart;
class TradeoffChart;
class ServingChart;

// The comparison dashboard: the charts side by side (tabs for the larger ones) above the delta
// table against the baseline. Emits which number the user picked, for the explanation panel.
class Dashboard : public QWidget
{
    Q_OBJECT

public:
    explicit Dashboard(Document &document, QWidget *parent = nullptr);

    MetricBarChart *chart(int metric) const;
    TradeoffChart *tradeoff() const { return m_tradeoff; }
    LifecycleChart *lifecycle() const { return m_lifecycle; }
    ServingChart *serving() const { return m_serving; }
    TornadoChart *tornado() const { return m_tornado; }
    ScheduleChart *schedule() const { return m_schedule; }
    QTableView *table() const { return m_table; }
    // The comparison's accounting notes (mixed grid bases, data years, PUE sources); empty if none.
    QString accountingNotes() const;
    ComparisonModel *comparisonModel() const { return m_model; }
    QTabWidget *tabs() const { return m_tabs; }
    QList<PlotWidget *> plots() const;
    void copyTableToClipboard() const;
    // Presentation mode: the charts take most of the height (the table stays, smaller); leaving
    // restores the split the user had.
    void setPresenting(bool presenting);
    // The bar charts' logarithmic axis (a display preference, kept by MainWindow in Preferences).
    void setLogScale(bool on);
    bool logScale() const;

signals:
    void explainRequested(int scenarioIndex, int output); // an Output (int: moc needs a streamable type)
    void logScaleChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fitRowsAfterThisRound();
    QWidget *withNotes(QWidget *table);
    void updateNotes();

    Document &m_document;
    QTabWidget *m_tabs = nullptr;
    QList<MetricBarChart *> m_charts;
    TradeoffChart *m_tradeoff = nullptr;
    LifecycleChart *m_lifecycle = nullptr;
    ServingChart *m_serving = nullptr;
    TornadoChart *m_tornado = nullptr;
    ScheduleChart *m_schedule = nullptr;
    ComparisonModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_notes = nullptr;
    QCheckBox *m_logScale = nullptr;
    class QTimer *m_fitRows = nullptr;
    class QSplitter *m_splitter = nullptr;
    QByteArray m_splitterState;
};

} // namespace greenlight::ui
