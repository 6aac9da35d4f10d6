#pragma once
// Shared body of the measured-run importer fuzz targets: import the input with fixed options (no
// clock) and abort when an imported run holds a non-finite or negative total.
#include "catalog/catalog.h"
#include "importers/importoptions.h"
#include "importers/importresult.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace greenlight::fuzz {

inline bool bad(double v)
{
    return !std::isfinite(v) || v < 0;
}

inline bool bad(const std::optional<double> &v)
{
    return v && bad(*v);
}

template <typename Import>
int fuzzImporter(const std::uint8_t *data, std::size_t size, Import import)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    static const ImportOptions options = [] {
        ImportOptions o = ImportOptions::fromCatalog(Catalog::builtIn(), "fuzz.log");
        o.importedAt = "2025-01-01T00:00:00Z"; // fixed: no clock in a fuzz target
        return o;
    }();
    const ImportResult r = import(text, options);
    for (const MeasuredRun &m : r.runs)
        if (bad(m.durationS) || bad(m.energyKWh) || bad(m.emissionsKg) || bad(m.waterL) ||
            bad(m.cpuEnergyKWh) || bad(m.gpuEnergyKWh) || bad(m.ramEnergyKWh) || bad(m.predictedEnergyKWh) ||
            bad(m.predictedEmissionsKg))
            std::abort();
    return 0;
}

} // namespace greenlight::fuzz
