#pragma once

#include "i18n/localformat.h"

namespace greenlight::report {

// The report formats numbers as the UI does, in the report's own locale.
using ReportFormat = ui::LocalFormat;

} // namespace greenlight::report
