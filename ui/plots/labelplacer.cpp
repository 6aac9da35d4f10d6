#include "labelplacer.h"

#include <algorithm>
#include <numeric>

namespace greenlight::ui {

namespace {

// Candidate rectangles for one label, nearest first: the four corners next to the point, then
// further and further above and below it on both sides.
std::vector<QRectF> candidates(const QPointF &p, const QSizeF &s, double gap)
{
    const double w = s.width();
    const double h = s.height();
    std::vector<QRectF> out = {
        QRectF(p.x() + gap, p.y() - h - gap / 3, w, h), QRectF(p.x() + gap, p.y() + gap / 3, w, h),
        QRectF(p.x() - gap - w, p.y() - h - gap / 3, w, h), QRectF(p.x() - gap - w, p.y() + gap / 3, w, h)};
    constexpr int kSteps = 6; // up to six label heights away
    for (int step = 1; step <= kSteps; ++step)
        for (const QRectF &near : {out[0], out[1], out[2], out[3]}) {
            const double dy = (near.top() < p.y() ? -1.0 : 1.0) * step * h;
            out.push_back(near.translated(0, dy));
        }
    return out;
}

bool free(const QRectF &r, const std::vector<QRectF> &taken, const QRectF &bounds)
{
    if (!bounds.contains(r))
        return false;
    return std::none_of(taken.begin(), taken.end(), [&r](const QRectF &t) { return t.intersects(r); });
}

} // namespace

std::vector<LabelPlacer::Placement> LabelPlacer::place(const std::vector<QPointF> &points,
                                                       const std::vector<QSizeF> &sizes, const QRectF &bounds,
                                                       double gapPx)
{
    std::vector<Placement> out(points.size());
    // Top to bottom, left to right: a stable order, so the same chart places labels the same way.
    std::vector<std::size_t> order(points.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&points](std::size_t a, std::size_t b) {
        return points[a].y() < points[b].y() ||
               (points[a].y() == points[b].y() && points[a].x() < points[b].x());
    });
    // The points themselves (a 9-px disc each) are not to be covered either.
    std::vector<QRectF> taken;
    taken.reserve(2 * points.size());
    for (const QPointF &p : points)
        taken.emplace_back(p.x() - 5, p.y() - 5, 10, 10);
    for (std::size_t i : order) {
        const std::vector<QRectF> options = candidates(points[i], sizes[i], gapPx);
        std::size_t chosen = 0;
        while (chosen < options.size() && !free(options[chosen], taken, bounds))
            ++chosen;
        const bool found = chosen < options.size();
        out[i].rect = found ? options[chosen] : options.front(); // nowhere free: the default corner
        out[i].leader = found && chosen >= 4;
        taken.push_back(out[i].rect);
    }
    return out;
}

} // namespace greenlight::ui
