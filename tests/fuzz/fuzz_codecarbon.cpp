// libFuzzer target: the CodeCarbon emissions.csv importer (CodeCarbonImporter::import).
// An imported run must hold finite, non-negative totals.
#include "importers/codecarbonimporter.h"

#include "catalog/catalog.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

bool bad(double v)
{
    return !std::isfinite(v) || v < 0;
}

bool bad(const std::optional<double> &v)
{
    return v && bad(*v);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    static const greenlight::ImportOptions options = [] {
        greenlight::ImportOptions o =
            greenlight::ImportOptions::fromCatalog(greenlight::Catalog::builtIn(), "fuzz.log");
        o.importedAt = "2025-01-01T00:00:00Z"; // fixed: no clock in a fuzz target
        return o;
    }();
    const greenlight::ImportResult r = greenlight::CodeCarbonImporter::import(text, options);
    for (const greenlight::MeasuredRun &m : r.runs)
        if (bad(m.durationS) || bad(m.energyKWh) || bad(m.emissionsKg) || bad(m.waterL) ||
            bad(m.cpuEnergyKWh) || bad(m.gpuEnergyKWh) || bad(m.ramEnergyKWh) || bad(m.predictedEnergyKWh) ||
            bad(m.predictedEmissionsKg))
            std::abort();
    return 0;
}
