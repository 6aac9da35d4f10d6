#include "titleelement.h"

namespace greenlight::ui {

TitleElement::TitleElement(QCustomPlot *plot, const QString &text, const QFont &font)
    : QCPTextElement(plot, text, font)
{}

bool TitleElement::cacheValid() const
{
    return m_measured && m_measuredText == mText && m_measuredFont == mFont && m_measuredMargins == mMargins;
}

void TitleElement::remember() const
{
    m_minimum = QCPTextElement::minimumOuterSizeHint();
    m_maximum = QCPTextElement::maximumOuterSizeHint();
    m_measuredText = mText;
    m_measuredFont = mFont;
    m_measuredMargins = mMargins;
    m_measured = true;
}

QSize TitleElement::minimumOuterSizeHint() const
{
    if (!cacheValid())
        remember();
    return m_minimum;
}

QSize TitleElement::maximumOuterSizeHint() const
{
    if (!cacheValid())
        remember();
    return m_maximum;
}

} // namespace greenlight::ui
