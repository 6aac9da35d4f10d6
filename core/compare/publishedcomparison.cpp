#include "publishedcomparison.h"

namespace greenlight {

namespace {

constexpr double kKgPerTonne = 1000.0;
constexpr double kKWhPerMWh = 1000.0;

PublishedComparison::Figure figure(double published, double estimated)
{
    PublishedComparison::Figure f;
    f.published = published;
    f.estimated = estimated;
    if (published != 0)
        f.ratio = estimated / published;
    return f;
}

} // namespace

PublishedComparison PublishedComparison::of(const PublishedFootprint &published, const Estimate &estimate)
{
    PublishedComparison c;
    c.source = published.source;
    c.energyIsFacility = published.energyBasis != "it";
    if (published.energyMWh) {
        const double kWh =
            c.energyIsFacility ? estimate[Output::FacilityEnergyKWh] : estimate[Output::ItEnergyKWh];
        c.energyMWh = figure(*published.energyMWh, kWh / kKWhPerMWh);
    }
    // Published training footprints are location-based operational emissions.
    if (published.co2eT)
        c.co2eT = figure(*published.co2eT, estimate[Output::Co2eLocationKg] / kKgPerTonne);
    if (published.acceleratorHours)
        c.acceleratorHours = figure(*published.acceleratorHours, estimate[Output::AcceleratorHours]);
    return c;
}

} // namespace greenlight
