// libFuzzer target: the CodeCarbon emissions.csv importer (CodeCarbonImporter::import).
// An imported run must hold finite, non-negative totals (importerfuzz.h).
#include "importerfuzz.h"
#include "importers/codecarbonimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return greenlight::fuzz::fuzzImporter(data, size, &greenlight::CodeCarbonImporter::import);
}
