// libFuzzer target: the Carbontracker log importer (CarbontrackerImporter::import).
// An imported run must hold finite, non-negative totals (importerfuzz.h).
#include "importerfuzz.h"
#include "importers/carbontrackerimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return greenlight::fuzz::fuzzImporter(data, size, &greenlight::CarbontrackerImporter::import);
}
