#pragma once

#include <qcustomplot.h>

#include <functional>

namespace greenlight::ui {

// QCustomPlot with what every Greenlight chart needs: a title, colours from the widget palette
// (light and dark), a hover tooltip supplied by the adapter, and export to PNG, SVG and PDF.
class PlotWidget : public QCustomPlot
{
    Q_OBJECT

public:
    explicit PlotWidget(const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    // Returns the tooltip for a position (pixels), or an empty string.
    void setHoverText(std::function<QString(const QPointF &)> provider) { m_hover = std::move(provider); }
    // Export by file extension: .png, .svg or .pdf. Returns false with `error` on failure.
    bool exportTo(const QString &path, QString &error);
    void applyPalette();
    // Puts the legend in its own row under the axis rect, laid out horizontally.
    void moveLegendBelow();
    // Multiplies every text of the chart (title, legend, axis and tick labels, text items) by
    // factor. Called on a widget font change (presentation mode enlarges the application font),
    // so adapters keep their relative sizes.
    void scaleFonts(double factor);
    // Columns of a legend below the plot: as many as fit the width (at least one), so entries
    // never clip. Runs before every replot.
    void fitLegendColumns();
    // The title broken into lines that fit the width (title() stays the unbroken text).
    void fitTitle();

signals:
    // A click on a plottable's data point (the adapter maps it to a scenario and output).
    void pointClicked(QCPAbstractPlottable *plottable, int dataIndex);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QCPTextElement *m_title = nullptr;
    QString m_fullTitle;
    QString m_wrappedTitle; // last fitTitle() result, for its width and font
    int m_titleWidth = 0;
    QFont m_titleFont;
    std::function<QString(const QPointF &)> m_hover;
    bool m_legendBelow = false;
    double m_fontPointSize = 0; // widget font size the chart texts were last sized for
};

} // namespace greenlight::ui
