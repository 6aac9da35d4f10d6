#include "utf8.h"

#include <cstdint>

namespace greenlight {

namespace {

// Length of the well-formed UTF-8 sequence starting at text[i] (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or 0 when the byte there does not start one.
std::size_t sequenceLength(std::string_view text, std::size_t i)
{
    const auto byte = [&text](std::size_t k) {
        return static_cast<std::uint8_t>(text[k]);
    };
    const std::uint8_t b = byte(i);
    if (b < 0x80)
        return 1;
    std::size_t n = 0;
    std::uint8_t lo = 0x80;
    std::uint8_t hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF)
        n = 2;
    else if (b >= 0xE0 && b <= 0xEF) {
        n = 3;
        lo = b == 0xE0 ? 0xA0 : 0x80; // overlong
        hi = b == 0xED ? 0x9F : 0xBF; // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4;
        lo = b == 0xF0 ? 0x90 : 0x80; // overlong
        hi = b == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
    } else
        return 0;
    if (i + n > text.size())
        return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi)
        return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    return n;
}

} // namespace

std::string escapeInvalidUtf8(std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (const std::size_t n = sequenceLength(text, i); n > 0) {
            out.append(text.substr(i, n));
            i += n;
            continue;
        }
        const auto b = static_cast<std::uint8_t>(text[i]);
        out += "\\x";
        out += kHex[b >> 4];
        out += kHex[b & 0xF];
        ++i;
    }
    return out;
}

} // namespace greenlight
