// libFuzzer target: a user catalog file (Catalog::addJson). An empty catalog rather than a copy of
// the shipped one: the copy costs 10 ms per input, and records with the same id already override
// each other within one file.
#include "catalog/catalog.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    greenlight::Catalog catalog;
    catalog.addJson(text, "fuzz.json");
    catalog.checkComplete();
    catalog.searchRegions("fr");
    return 0;
}
