#include "pareto.h"

#include <algorithm>
#include <numeric>

namespace greenlight {

std::vector<std::size_t> paretoFront(const std::vector<double> &x, const std::vector<double> &y)
{
    std::vector<std::size_t> order(std::min(x.size(), y.size()));
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return x[a] < x[b] || (x[a] == x[b] && y[a] < y[b]); });
    std::vector<std::size_t> front;
    for (std::size_t i : order) {
        // Sorted by x: a point is on the front when it beats every cheaper-in-x point in y.
        if (front.empty() || y[i] < y[front.back()])
            front.push_back(i);
    }
    return front;
}

} // namespace greenlight
