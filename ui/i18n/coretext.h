#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace greenlight::ui {

// Core is Qt-free and speaks English; the UI translates the labels, units and questions it shows
// through this table (context "CoreText" in translations/*.ts). Unknown strings come back as-is.
QString trCore(const std::string &english);
QString trCore(std::string_view english);
// Whether english is in the table (tests check that core's strings are all covered).
bool isCoreText(std::string_view english);

} // namespace greenlight::ui
