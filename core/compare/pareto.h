#pragma once

#include <cstddef>
#include <vector>

namespace greenlight {

// Indices of the points not dominated in both coordinates (lower is better in x and y), sorted
// by x: the trade-off front of CO2e against cost.
std::vector<std::size_t> paretoFront(const std::vector<double> &x, const std::vector<double> &y);

} // namespace greenlight
