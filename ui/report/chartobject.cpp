#include "chartobject.h"

#include <QPainter>

namespace greenlight::report {

int ChartObject::add(QPicture picture)
{
    m_pictures.push_back(std::move(picture));
    return static_cast<int>(m_pictures.size()) - 1;
}

QSizeF ChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const int i = format.intProperty(kChartIndex);
    if (i < 0 || i >= static_cast<int>(m_pictures.size()))
        return {};
    return m_pictures[static_cast<std::size_t>(i)].boundingRect().size();
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                             const QTextFormat &format)
{
    const int i = format.intProperty(kChartIndex);
    if (i < 0 || i >= static_cast<int>(m_pictures.size()))
        return;
    // The picture replays the plot's own clip rectangles, which replace the page's clip: draw a
    // chart only on the page that holds all of it (the layout never splits a line across pages).
    if (painter->hasClipping() && !painter->clipBoundingRect().contains(rect.adjusted(1, 1, -1, -1)))
        return;
    const QPicture &picture = m_pictures[static_cast<std::size_t>(i)];
    const QRect bounds = picture.boundingRect();
    painter->save();
    painter->translate(rect.topLeft());
    if (!bounds.isEmpty())
        painter->scale(rect.width() / bounds.width(), rect.height() / bounds.height());
    painter->translate(-bounds.topLeft());
    painter->drawPicture(0, 0, picture);
    painter->restore();
}

} // namespace greenlight::report
