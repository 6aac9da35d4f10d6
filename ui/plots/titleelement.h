#pragma once

#include <qcustomplot.h>

namespace greenlight::ui {

// A chart title that measures its text once per text, font and margins. QCPTextElement measures
// it on every layout pass, several times per replot, which showed up in what-if drags.
class TitleElement : public QCPTextElement
{
    Q_OBJECT

public:
    TitleElement(QCustomPlot *plot, const QString &text, const QFont &font);

protected:
    QSize minimumOuterSizeHint() const override;
    QSize maximumOuterSizeHint() const override;

private:
    bool cacheValid() const;
    void remember() const;

    mutable QString m_measuredText;
    mutable QFont m_measuredFont;
    mutable QMargins m_measuredMargins;
    mutable QSize m_minimum;
    mutable QSize m_maximum;
    mutable bool m_measured = false;
};

} // namespace greenlight::ui
