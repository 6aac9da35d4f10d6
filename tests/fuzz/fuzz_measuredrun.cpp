// libFuzzer target: the measured-run entry point with format detection (MeasuredRunImporter::importText).
// An imported run must hold finite, non-negative totals (importerfuzz.h).
#include "importerfuzz.h"
#include "importers/measuredrunimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return greenlight::fuzz::fuzzImporter(data, size, &greenlight::MeasuredRunImporter::importText);
}
