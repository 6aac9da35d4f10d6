#pragma once

#include "analysis/analysisoptions.h"

#include <QDate>
#include <QLocale>

namespace greenlight::report {

// What the person exporting chooses; everything else comes from the project. `analysis` carries the
// window's Preferences (samples, seed, display currency), so the PDF shows the screen's numbers.
struct ReportOptions
{
    enum class PageSize
    {
        A4,
        Letter,
    };

    PageSize pageSize = PageSize::A4;
    QLocale locale;                    // numbers and dates (follows the UI language)
    QDate date = QDate::currentDate(); // printed on the cover and the sign-off block
    AnalysisOptions analysis;
};

} // namespace greenlight::report
