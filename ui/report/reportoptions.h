#pragma once

#include <QDate>
#include <QLocale>

namespace greenlight::report {

// What the person exporting chooses; everything else comes from the project.
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
};

} // namespace greenlight::report
