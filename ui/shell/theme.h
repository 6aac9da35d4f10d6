#pragma once

#include "shell/preferences.h"

namespace greenlight::ui {

// Applies a theme to the whole application: dark = Fusion with a dark palette, light = Fusion's
// standard palette, system = the style and palette the platform gave at startup. Widgets that
// draw with their own colours (the charts) follow through QEvent::PaletteChange.
void applyTheme(Preferences::Theme theme);

} // namespace greenlight::ui
