#include "mainwindow.h"

#include "co2echart.h"
#include "document.h"
#include "explanationpanel.h"
#include "qtconvert.h"
#include "resultsmodel.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <qcustomplot.h>

namespace greenlight::ui {

MainWindow::MainWindow(Document &document, QWidget *parent) : QMainWindow(parent), m_document(document)
{
    m_model = new ResultsModel(document, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Scenario results"));

    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(220);
    m_plot->setAccessibleName(tr("CO2e per scenario chart"));
    m_chart = new Co2eChart(document, m_plot, this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_plot);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    m_explanation = new ExplanationPanel(document, this);
    auto *dock = new QDockWidget(tr("Explanation"), this);
    dock->setObjectName(QStringLiteral("explanationDock"));
    dock->setWidget(m_explanation);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openFile);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(dock->toggleViewAction());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Greenlight"), this, &MainWindow::showAbout);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_explanation->explain(current.row(), m_model->outputAt(current.column()));
            });
    connect(&document, &Document::projectChanged, this, &MainWindow::updateTitle);
    updateTitle();
    resize(1280, 720);
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("Greenlight projects (*.greenlight.json *.json)"));
    if (path.isEmpty())
        return;
    Issues issues;
    if (!m_document.open(path, issues)) {
        QStringList lines;
        for (const Issue &i : issues)
            if (i.isError())
                lines << qs(i.toString());
        QMessageBox box(
            QMessageBox::Warning, tr("Cannot open project"),
            tr("%1 could not be opened. The open project is unchanged.").arg(QFileInfo(path).fileName()),
            QMessageBox::Ok, this);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.setInformativeText(lines.isEmpty() ? QString() : lines.first());
        box.exec();
        return;
    }
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
}

void MainWindow::updateTitle()
{
    const QString name = m_document.project().name.empty() ? tr("Untitled") : qs(m_document.project().name);
    setWindowTitle(tr("%1 — Greenlight").arg(name));
}

void MainWindow::showAbout()
{
    QString credits;
    for (const Credit &c : m_document.catalog().credits())
        credits +=
            QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                .arg(qs(c.name).toHtmlEscaped(), qs(c.licence).toHtmlEscaped(), qs(c.credit).toHtmlEscaped());
    QMessageBox::about(this, tr("About Greenlight"),
                       tr("<h3>Greenlight %1</h3><p>Plan, compare and justify the energy, carbon, water and "
                          "cost of training machine-learning models.</p><p>Data credits:</p><ul>%2</ul>")
                           .arg(QStringLiteral(GREENLIGHT_VERSION), credits));
}

} // namespace greenlight::ui
