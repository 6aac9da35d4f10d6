#include "reportlanguage.h"

#include "i18n/language.h"

#include <QCoreApplication>

namespace greenlight::report {

bool installReportLanguage(QCoreApplication &, const QString &code)
{
    // The UI's language switch: Greenlight's and Qt's translators and the default locale.
    return !code.isEmpty() && !ui::Language::install(code).isEmpty();
}

} // namespace greenlight::report
