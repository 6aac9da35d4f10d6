#pragma once

#include <string>
#include <string_view>

namespace greenlight {

// `text` with every byte that is not part of a well-formed UTF-8 sequence written as "\xff", so
// a message that quotes bad input is itself valid UTF-8 (shown as the escape, not as U+FFFD).
std::string escapeInvalidUtf8(std::string_view text);

} // namespace greenlight
