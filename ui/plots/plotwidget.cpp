#include "plotwidget.h"

#include "qtutil/textwrap.h"
#include "titleelement.h"

#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSvgGenerator>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <vector>

namespace greenlight::ui {

PlotWidget::PlotWidget(const QString &title, QWidget *parent) : QCustomPlot(parent)
{
    plotLayout()->insertRow(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title = new TitleElement(this, title, titleFont);
    m_fullTitle = title;
    plotLayout()->addElement(0, 0, m_title);
    legend->setVisible(true);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    legend->setFont(legendFont);
    // Compact entries: the legend competes with the bars for height in the 2×2 overview.
    legend->setIconSize(16, 10);
    legend->setRowSpacing(0);
    setMinimumSize(260, 200);
    setAccessibleName(title);
    setMouseTracking(true);
    m_fontPointSize = font().pointSizeF();
    connect(
        this, &QCustomPlot::plottableClick, this,
        [this](QCPAbstractPlottable *p, int dataIndex, QMouseEvent *) { emit pointClicked(p, dataIndex); });
    applyPalette();
    connect(this, &QCustomPlot::beforeReplot, this, &PlotWidget::fitLegendColumns);
    connect(this, &QCustomPlot::beforeReplot, this, &PlotWidget::fitTitle);
}

void PlotWidget::setTitle(const QString &title)
{
    m_fullTitle = title;
    m_title->setText(title);
    setAccessibleName(title);
}

QString PlotWidget::title() const
{
    return m_fullTitle;
}

void PlotWidget::fitTitle()
{
    // Every replot asks; only a new width, font or title re-wraps.
    const QFont font = m_title->font();
    const int available = std::max(80, width() - 16);
    if (available == m_titleWidth && font == m_titleFont && m_title->text() == m_wrappedTitle)
        return;
    const QFontMetrics metrics(font);
    m_wrappedTitle = wordWrapped(m_fullTitle, [&metrics, available](const QString &line) {
        return metrics.horizontalAdvance(line) <= available;
    });
    m_titleWidth = available;
    m_titleFont = font;
    m_title->setText(m_wrappedTitle);
}

void PlotWidget::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor base = pal.color(QPalette::Base);
    QColor grid = text;
    grid.setAlpha(40);
    setBackground(base);
    for (QCPAxis *axis : {xAxis, yAxis, xAxis2, yAxis2}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    m_title->setTextColor(text);
    legend->setBrush(base);
    legend->setTextColor(text);
    legend->setBorderPen(QPen(grid));
}

void PlotWidget::moveLegendBelow()
{
    auto *row = new QCPLayoutGrid;
    plotLayout()->addElement(plotLayout()->rowCount(), 0, row);
    row->setMargins(QMargins(0, 0, 0, 4));
    row->addElement(0, 0, legend);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(2);
    plotLayout()->setRowStretchFactor(plotLayout()->rowCount() - 1, 0.001);
    m_legendBelow = true;
}

void PlotWidget::fitLegendColumns()
{
    if (!m_legendBelow || !legend->visible())
        return;
    std::vector<int> widths; // in fill order (row by row)
    for (int i = 0; i < legend->elementCount(); ++i)
        if (QCPLayoutElement *entry = legend->elementAt(i)) // empty cells of a wrapped legend are null
            widths.push_back(entry->minimumOuterSizeHint().width());
    if (widths.empty())
        return;
    const QMargins m = legend->margins();
    const int available = width() - m.left() - m.right() - 2 * legend->borderPen().width() - 8;
    const int spacing = legend->columnSpacing();
    // The most columns whose widest entries still fit side by side (a grid column is as wide as
    // its widest entry).
    int columns = 1;
    for (int c = static_cast<int>(widths.size()); c > 1; --c) {
        std::vector<int> column(static_cast<std::size_t>(c), 0);
        for (std::size_t k = 0; k < widths.size(); ++k)
            column[k % static_cast<std::size_t>(c)] =
                std::max(column[k % static_cast<std::size_t>(c)], widths[k]);
        int total = spacing * (c - 1);
        for (int w : column)
            total += w;
        if (total <= available) {
            columns = c;
            break;
        }
    }
    if (columns == legend->wrap() &&
        legend->columnCount() == std::min(columns, static_cast<int>(widths.size())))
        return;
    legend->setWrap(columns);
    legend->setFillOrder(legend->fillOrder(), true); // re-flow the existing entries
}

void PlotWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        replot();
    }
    if (event->type() == QEvent::FontChange && m_fontPointSize > 0 && font().pointSizeF() > 0) {
        const double factor = font().pointSizeF() / m_fontPointSize;
        m_fontPointSize = font().pointSizeF();
        scaleFonts(factor);
        replot();
    }
    QCustomPlot::changeEvent(event);
}

void PlotWidget::scaleFonts(double factor)
{
    if (!(factor > 0) || qFuzzyCompare(factor, 1.0))
        return;
    const auto scaled = [factor](QFont f) {
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * factor);
        else if (f.pixelSize() > 0)
            f.setPixelSize(qRound(f.pixelSize() * factor));
        return f;
    };
    m_title->setFont(scaled(m_title->font()));
    // The legend grows less (√factor, so leaving undoes entering): it competes with the plot for
    // room, and the axes are what is read.
    const double legendFactor = std::sqrt(factor);
    const auto legendScaled = [legendFactor](QFont f) {
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * legendFactor);
        return f;
    };
    legend->setFont(legendScaled(legend->font()));
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem *entry = legend->item(i)) // empty cells of a wrapped legend are null
            entry->setFont(legendScaled(entry->font()));
    for (QCPAxis *axis : {xAxis, yAxis, xAxis2, yAxis2}) {
        axis->setTickLabelFont(scaled(axis->tickLabelFont()));
        axis->setLabelFont(scaled(axis->labelFont()));
    }
    for (int i = 0; i < itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(item(i)))
            text->setFont(scaled(text->font()));
}

void PlotWidget::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (!m_hover)
        return;
    const QString text = m_hover(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

bool PlotWidget::exportTo(const QString &path, QString &error)
{
    const int w = std::max(width(), 800);
    const int h = std::max(height(), 500);
    bool ok = false;
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".png"))) {
        ok = savePng(path, w, h, 2.0);
    } else if (lower.endsWith(QLatin1String(".pdf"))) {
        ok = savePdf(path, w, h);
    } else if (lower.endsWith(QLatin1String(".svg"))) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(QSize(w, h));
        generator.setViewBox(QRect(0, 0, w, h));
        generator.setTitle(title());
        QCPPainter painter;
        ok = painter.begin(&generator);
        if (ok) {
            toPainter(&painter, w, h);
            painter.end();
        }
    } else {
        error = tr("Unknown format: use .png, .svg or .pdf");
        return false;
    }
    if (!ok)
        error = tr("Could not write %1").arg(path);
    return ok;
}

void PlotWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export chart…"), this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export chart"), title() + QStringLiteral(".png"),
                                         tr("PNG image (*.png);;SVG vector image (*.svg);;PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportTo(path, error))
            QMessageBox::warning(this, tr("Export failed"), error);
    });
    menu.exec(event->globalPos());
}

} // namespace greenlight::ui
