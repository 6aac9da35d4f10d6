#pragma once

#include "arguments.h"

// Only in builds with the report module (GREENLIGHT_HAS_REPORT, i.e. GREENLIGHT_GUI=ON).
#include <string>
#include <vector>

namespace greenlight {
class Catalog;
}

namespace greenlight::cli {

extern const char *const kReportHelp;

// True when the command word of the raw arguments (after the global options) is "report".
bool isReportCommand(const std::vector<std::string> &raw);

// The report draws charts with QCustomPlot (widgets): a QApplication must exist before anything
// else creates the CLI's QCoreApplication. Uses the offscreen platform unless QT_QPA_PLATFORM is set.
void prepareReportApplication();

// greenlight-cli report PROJECT.json -o FILE.pdf [--page-size A4|Letter]
int runReport(Arguments &args, const Catalog &catalog);

} // namespace greenlight::cli
