#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace greenlight::textparse {

std::string_view trim(std::string_view text);
// A finite number in C locale ("1e-05", "3.5"); nullopt for empty text, garbage, nan or inf.
std::optional<double> number(std::string_view text);
std::string utcNowIso8601();
// "dir/sub/emissions.csv" → "emissions.csv"; "emissions.csv" → "emissions".
std::string baseName(const std::string &path);
std::string stem(const std::string &fileName);

} // namespace greenlight::textparse
