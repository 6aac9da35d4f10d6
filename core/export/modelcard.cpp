#include "modelcard.h"

#include "exporttext.h"

namespace greenlight {

namespace {

using namespace ExportText;

// "512 NVIDIA H100 SXM5 80GB GPUs", the form the Hub's documentation shows ("8 v100 GPUs").
std::string hardwareUsed(const FootprintSummary &f)
{
    std::string kind = f.acceleratorKind.empty() ? std::string("accelerator") : f.acceleratorKind;
    if (kind == "gpu" || kind == "tpu" || kind == "cpu" || kind == "asic")
        for (char &c : kind)
            c = static_cast<char>(c - 'a' + 'A');
    return std::to_string(f.acceleratorCount) + " " + f.accelerator + " " + kind +
           (f.acceleratorCount == 1 ? "" : "s");
}

} // namespace

std::string ModelCard::metadata(const FootprintSummary &f)
{
    // Grams at three significant digits: the metadata is a number, the precision an estimate's.
    std::string grams = significant(f.co2eKg * 1000);
    std::erase(grams, ',');
    std::string out = "---\nco2_eq_emissions:\n";
    out += "  emissions: " + grams + "\n";
    out += "  source: " +
           yamlQuote("Greenlight estimate (accelerator-hours × power × PUE × grid intensity; location-based, "
                     "training only)") +
           "\n";
    out += "  training_type: " + yamlQuote(f.trainingType) + "\n";
    out += "  geographical_location: " + yamlQuote(f.location.empty() ? "not specified" : f.location) + "\n";
    out += "  hardware_used: " + yamlQuote(hardwareUsed(f)) + "\n";
    out += "---\n";
    return out;
}

std::string ModelCard::section(const FootprintSummary &f)
{
    std::string unit;
    const std::string central = mass(f.co2eKg, &unit);
    std::string out = "## Carbon footprint\n\n";
    out += "**Training (" + f.trainingType + ").** " + escapeMarkdown(f.scenario) + " was trained on " +
           std::to_string(f.acceleratorCount) + " × " + escapeMarkdown(f.accelerator) + " for " +
           hours(f.wallClockHours) + " hours";
    out += f.location.empty() ? std::string(".") : " in " + escapeMarkdown(f.location) + ".";
    out +=
        " Emissions are estimated, not measured: energy = accelerator-hours × average power per "
        "accelerator × PUE, and emissions = energy × the annual grid intensity (location-based). The range "
        "is the 5th–95th percentile of a Monte Carlo over the input ranges (" +
        grouped(static_cast<double>(f.samples)) + " samples, seed " + std::to_string(f.seed) + ").\n\n";
    out += "| | |\n|---|---|\n";
    out += "| **Hardware** | " + std::to_string(f.acceleratorCount) + " × " + escapeMarkdown(f.accelerator) +
           " |\n";
    out += "| **Accelerator-hours** | " + grouped(f.acceleratorHours) + " |\n";
    out += "| **Power per accelerator** | " + significant(f.powerPerAcceleratorW) + " W |\n";
    out += "| **Energy (facility, PUE " + significant(f.pue) + ")** | " + energy(f.energyKWh) + " |\n";
    out += "| **Location** | " +
           (f.location.empty() ? std::string("not specified") : escapeMarkdown(f.location)) + " |\n";
    out += "| **Grid intensity** | " + significant(f.intensityGPerKWh) + " gCO2e/kWh |\n";
    out += "| **Emissions (location-based)** | " + central +
           " (P5–P95: " + significant(unit == "tCO2e" ? f.co2eP5Kg / 1000 : f.co2eP5Kg) + "–" +
           massIn(f.co2eP95Kg, unit) + ") |\n";
    if (f.embodiedKg > 0)
        out += "| **Embodied (hardware manufacture, amortised)** | " + mass(f.embodiedKg) + " |\n";
    return out;
}

std::string ModelCard::snippet(const FootprintSummary &f)
{
    return metadata(f) + "\n" + section(f);
}

} // namespace greenlight
