#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

// One CSV record with the 1-based line it starts on (quoted newlines make records span lines).
struct CsvRecord
{
    std::vector<std::string> fields;
    int line = 0;
    bool unterminatedQuote = false; // the file ended inside a quoted field
};

// RFC 4180 reader: quoted fields with "" escapes, embedded commas and newlines, LF / CRLF / CR
// line ends, an optional UTF-8 BOM. Blank lines are skipped. Never throws: malformed quoting is
// reported through the record so the caller can name the line.
class CsvReader
{
public:
    static std::vector<CsvRecord> parse(std::string_view text);
};

} // namespace greenlight
