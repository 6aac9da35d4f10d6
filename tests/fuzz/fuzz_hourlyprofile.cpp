// libFuzzer target: the hourly carbon-intensity CSV importer (ProfileImporter::parse).
#include "schedule/profileimporter.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const greenlight::ProfileImportResult r = greenlight::ProfileImporter::parse(text, "fuzz.csv");
    if (r.profile) {
        for (const double v : r.profile->gPerKWh)
            if (!std::isfinite(v) || v < 0)
                std::abort(); // an accepted profile holds only finite, non-negative intensities
        if (!std::isfinite(r.profile->mean()))
            std::abort();
    }
    return 0;
}
