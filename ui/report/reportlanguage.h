#pragma once

#include <QString>

class QCoreApplication;

namespace greenlight::report {

// Installs the translator `:/i18n/greenlight_<code>.qm` on the application when it exists
// (translations are embedded by the build). Returns false, leaving the report in English, when
// there is none for `code`; never fails otherwise.
bool installReportLanguage(QCoreApplication &app, const QString &code);

} // namespace greenlight::report
