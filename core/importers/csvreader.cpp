#include "csvreader.h"

namespace greenlight {

std::vector<CsvRecord> CsvReader::parse(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);

    std::vector<CsvRecord> records;
    CsvRecord record;
    std::string field;
    int line = 1;
    record.line = line;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;

    const auto endRecord = [&]() {
        record.fields.push_back(std::move(field));
        field.clear();
        // A blank line is a single empty unquoted field: skip it rather than report a short row.
        const bool blank = record.fields.size() == 1 && record.fields.front().empty() && !fieldWasQuoted;
        if (!blank || recordHasContent)
            records.push_back(std::move(record));
        record = CsvRecord{};
        record.line = line;
        fieldWasQuoted = false;
        recordHasContent = false;
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && field.empty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
        } else if (c == ',') {
            record.fields.push_back(std::move(field));
            field.clear();
            fieldWasQuoted = false;
            recordHasContent = true;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            ++line;
            endRecord();
        } else {
            // A quote inside an unquoted field, or text after a closing quote, is kept literally.
            field += c;
        }
    }
    if (inQuotes)
        record.unterminatedQuote = true;
    if (!field.empty() || recordHasContent || !record.fields.empty())
        endRecord();
    return records;
}

} // namespace greenlight
