#include "reportdialog.h"

#include "model/project.h"
#include "reportbuilder.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace greenlight::report {

namespace {
constexpr double kPreviewScale = 0.75; // of the 96-dpi page: readable, a few pages in view
}

ReportDialog::ReportDialog(const Project &project, const Catalog &catalog, const AnalysisOptions &analysis,
                           const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), m_project(std::make_unique<Project>(project)), m_catalog(catalog),
      m_suggestedPath(suggestedPath)
{
    setWindowTitle(tr("Export report"));
    m_options.analysis = analysis;
    m_options.locale = QLocale();
    if (QLocale().language() == QLocale::C)
        m_options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    m_options.pageSize = QLocale().measurementSystem() == QLocale::ImperialUSSystem
                             ? ReportOptions::PageSize::Letter
                             : ReportOptions::PageSize::A4;

    auto *form = new QFormLayout;
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A4"), static_cast<int>(ReportOptions::PageSize::A4));
    m_pageSize->addItem(tr("Letter"), static_cast<int>(ReportOptions::PageSize::Letter));
    m_pageSize->setCurrentIndex(m_options.pageSize == ReportOptions::PageSize::Letter ? 1 : 0);
    form->addRow(tr("Page size:"), m_pageSize);
    m_status = new QLabel(this);
    form->addRow(m_status);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Dark);
    m_pages = new QWidget;
    m_pagesLayout = new QVBoxLayout(m_pages);
    m_pagesLayout->setSpacing(12);
    m_pagesLayout->setAlignment(Qt::AlignHCenter);
    scroll->setWidget(m_pages);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save PDF…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(720, 820);

    connect(m_pageSize, &QComboBox::currentIndexChanged, this,
            [this] { setPageSize(static_cast<ReportOptions::PageSize>(m_pageSize->currentData().toInt())); });
    rebuild();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::setPageSize(ReportOptions::PageSize size)
{
    if (m_builder && size == m_options.pageSize)
        return;
    m_options.pageSize = size;
    const int index = size == ReportOptions::PageSize::Letter ? 1 : 0;
    if (m_pageSize->currentIndex() != index)
        m_pageSize->setCurrentIndex(index); // comes back here through the signal with the same size
    rebuild();
}

int ReportDialog::previewPageCount() const
{
    return m_pagesLayout->count();
}

void ReportDialog::rebuild()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_builder = std::make_unique<ReportBuilder>(*m_project, m_catalog, m_options);
    while (QLayoutItem *item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int p = 0; p < m_builder->pageCount(); ++p) {
        auto *page = new QLabel(m_pages);
        page->setPixmap(QPixmap::fromImage(m_builder->pageImage(p, kPreviewScale)));
        page->setFrameShape(QFrame::Box);
        m_pagesLayout->addWidget(page, 0, Qt::AlignHCenter);
    }
    m_status->setText(tr("%n page(s)", nullptr, m_builder->pageCount()));
    QApplication::restoreOverrideCursor();
}

bool ReportDialog::saveTo(const QString &path, QString &error)
{
    return m_builder->writePdf(path, error);
}

void ReportDialog::save()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export report"), m_suggestedPath, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, error)) {
        QMessageBox::warning(this, tr("Export report"), error);
        return;
    }
    accept();
}

} // namespace greenlight::report
