#pragma once

#include <QMainWindow>

class QTableView;
class QCustomPlot;

namespace greenlight::ui {

class Co2eChart;
class Document;
class ExplanationPanel;
class ResultsModel;

// Lays out the views and the actions; the work happens in Document and the views.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Document &document, QWidget *parent = nullptr);

    QTableView *resultsView() const { return m_table; }
    Co2eChart *co2eChart() const { return m_chart; }
    ExplanationPanel *explanationPanel() const { return m_explanation; }

private:
    void openFile();
    void updateTitle();
    void showAbout();

    Document &m_document;
    ResultsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QCustomPlot *m_plot = nullptr;
    Co2eChart *m_chart = nullptr;
    ExplanationPanel *m_explanation = nullptr;
};

} // namespace greenlight::ui
