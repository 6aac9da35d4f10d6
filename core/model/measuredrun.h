#pragma once

#include <optional>
#include <string>

namespace greenlight {

// A training run measured by CodeCarbon or Carbontracker, kept exactly as imported: totals in the
// units Greenlight uses (s, kWh, kg, L) but never rescaled, corrected or re-derived, so the
// project always shows what the tool reported. Calibration reads it; nothing writes back into it.
struct MeasuredRun
{
    std::string name;

    // Provenance
    std::string fileName;    // base name of the imported file (no directory)
    std::string tool;        // "codecarbon" or "carbontracker"
    std::string toolVersion; // empty when the file does not say
    std::string importedAt;  // ISO 8601 UTC, when Greenlight read the file
    std::string startedAt;   // first timestamp in the file, as written there
    std::string taskName;    // CodeCarbon task files: the task this run is
    std::string runId;       // CodeCarbon run_id (or experiment_id) of the first row
    int rows = 0;            // CodeCarbon rows summed, or Carbontracker epochs measured

    // Hardware
    std::string cpuModel;
    std::optional<int> cpuCount;
    std::string gpuModel;
    std::optional<int> gpuCount;

    // Site
    std::string country;        // name as written, e.g. "France"
    std::string countryIsoCode; // e.g. "FRA"
    std::string region;         // e.g. "île-de-france", or Carbontracker's detected location
    std::string cloudProvider;
    std::string cloudRegion;
    std::optional<bool> onCloud;

    // Totals (energy as reported: after the tool's PUE when it applied one)
    double durationS = 0;
    double energyKWh = 0;
    std::optional<double> cpuEnergyKWh;
    std::optional<double> gpuEnergyKWh;
    std::optional<double> ramEnergyKWh;
    double emissionsKg = 0;
    std::optional<double> waterL;
    std::optional<double> pue; // PUE the tool multiplied into energyKWh
    std::string pueSource;     // "file" (written by the tool) or the citation of the assumed value
    std::optional<double> wueLPerKWh;
    std::optional<double> intensityGPerKWh; // as printed by the tool (Carbontracker verbose output)

    // Carbontracker's prediction for the whole training, when the log has one
    std::optional<int> predictedEpochs;
    std::optional<double> predictedDurationS;
    std::optional<double> predictedEnergyKWh;
    std::optional<double> predictedEmissionsKg;

    std::string linkedScenario; // empty: not linked
    std::string notes;          // what the importer noticed (skipped lines, aggregation)
};

} // namespace greenlight
