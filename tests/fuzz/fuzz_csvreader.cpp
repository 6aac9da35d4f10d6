// libFuzzer target: the RFC 4180 reader every CSV importer sits on (CsvReader::parse).
#include "importers/csvreader.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    int lastLine = 0;
    for (const greenlight::CsvRecord &record : greenlight::CsvReader::parse(text)) {
        if (record.line < lastLine || record.line < 1)
            std::abort(); // records come in file order with 1-based lines
        lastLine = record.line;
    }
    return 0;
}
