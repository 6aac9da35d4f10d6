#pragma once

#include "model/scenario.h"

#include <QColor>

namespace greenlight::ui {

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and readable on
// light and dark backgrounds.
QColor okabeIto(int index);
// The scenario's own colour, or a palette colour by position.
QColor scenarioColor(const Scenario &scenario, int index);

} // namespace greenlight::ui
