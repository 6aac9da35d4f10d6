#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace greenlight::ui {

// Places point labels so that they do not overlap (trade-off chart): each label tries the four
// corners next to its point, then steps away from it; a label placed away from its point gets a
// leader line. Pure geometry in pixels, so it is tested without a plot.
class LabelPlacer
{
public:
    struct Placement
    {
        QRectF rect;         // where the label goes
        bool leader = false; // not next to its point: draw a line from the point to the label
    };

    // points[i] is the anchor of a label of size sizes[i]; labels stay inside bounds when they can.
    static std::vector<Placement> place(const std::vector<QPointF> &points, const std::vector<QSizeF> &sizes,
                                        const QRectF &bounds, double gapPx = 6);
};

} // namespace greenlight::ui
