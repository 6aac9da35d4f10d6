#include "resolver.h"

#include "catalog/catalog.h"
#include "embodiedmodel.h"
#include "estimator.h"
#include "mfuprior.h"
#include "uncertainty/userdistributions.h"
#include "util/numberformat.h"

#include <cmath>

namespace greenlight {

namespace {

class Filler
{
public:
    Filler(ResolvedScenario &r, const Catalog &c, Issues &issues) : m_r(r), m_catalog(c), m_issues(issues) {}

    void fromScenario(Input i, double v)
    {
        set(i, v, Distribution::fixed(v), {"scenario", 0, true, true, {}});
    }

    // The scenario's value if set, else the catalog default (with its range).
    void userOrDefault(Input i, const std::optional<double> &user, const std::string &defaultId)
    {
        if (user) {
            fromScenario(i, *user);
            return;
        }
        fromDefault(i, defaultId);
    }

    void fromDefault(Input i, const std::string &defaultId, const std::string &note = {})
    {
        const DefaultValue *d = m_catalog.defaultValue(defaultId);
        if (d == nullptr) {
            m_issues.push_back({Issue::Severity::Error, "catalog",
                                "default \"" + defaultId + "\" is missing from the catalog"});
            return;
        }
        set(i, d->value, d->range.value_or(Distribution::fixed(d->value)),
            {d->citation.source, d->citation.year, false, true, note});
    }

    void fromCatalog(Input i, double v, const std::string &source, int year, const std::string &note,
                     const Distribution &range)
    {
        set(i, v, range, {source, year, false, true, note});
    }

    void set(Input i, double v, const Distribution &range, Provenance p)
    {
        m_r.values[index(i)] = v;
        m_r.ranges[index(i)] = range;
        m_r.provenance[index(i)] = std::move(p);
    }

private:
    ResolvedScenario &m_r;
    const Catalog &m_catalog;
    Issues &m_issues;
};

void error(Issues &issues, std::string path, std::string message)
{
    issues.push_back({Issue::Severity::Error, std::move(path), std::move(message)});
}

// The id of a default's record for the accelerator's family: "loadFactor" → "loadFactor.tpu".
// Other accelerator ASICs (Gaudi, Trainium) sit in 8- or 16-card servers as GPUs do: the GPU
// family's figures are the nearest measured ones.
std::string familyId(const std::string &id, const Accelerator &a)
{
    return id + "." + (a.kind == "asic" ? std::string("gpu") : a.kind);
}

// Power follows throughput: a sampled MFU above its central value draws more power (see
// "powerMfuElasticity" in the catalog), so energy per FLOP does not get both spreads multiplied.
// Only for a TDP-based power in a first-principles run (otherwise there is no MFU to follow), and
// not at a load factor of 1: a system-average catalog power or a full-TDP convention is a fixed
// figure, not a draw that moves with utilisation.
void couplePowerToMfu(ResolvedScenario &r, const Catalog &c)
{
    r.powerMfuReference = r.value(Input::Mfu);
    r.powerMfuElasticity = 0;
    const DefaultValue *d = c.defaultValue("powerMfuElasticity");
    if (d != nullptr && r.workloadMode == WorkloadMode::FirstPrinciples && !r.powerMeasured &&
        r.provenance[index(Input::LoadFactor)].used && r.value(Input::LoadFactor) < 1 &&
        r.powerMfuReference > 0)
        r.powerMfuElasticity = d->value;
}

// A grid's intensity range: its own (year to year) and the spread between its sources. A grid with
// neither (cloud regions, sub-national grids) takes its country's year-to-year spread, relative to
// its own value, so no catalog intensity is silently exact.
Distribution intensityRange(const Region &g, const Catalog &c, std::string &note)
{
    const double v = g.intensityGPerKWh;
    double lo = g.intensityLowGPerKWh.value_or(v);
    double hi = g.intensityHighGPerKWh.value_or(v);
    // Another source of the same basis is a spread; a direct figure beside a life-cycle one is not.
    for (const auto &alt : g.alternatives) {
        if (!alt.basis.empty() && alt.basis != g.basis)
            continue;
        lo = std::min(lo, alt.intensityGPerKWh);
        hi = std::max(hi, alt.intensityGPerKWh);
    }
    const Region *country = g.country.empty() ? nullptr : c.region(g.country);
    if (!(hi > lo) && country != nullptr && country != &g && country->intensityGPerKWh > 0 &&
        country->intensityLowGPerKWh && country->intensityHighGPerKWh && v > 0) {
        lo = v * *country->intensityLowGPerKWh / country->intensityGPerKWh;
        hi = v * *country->intensityHighGPerKWh / country->intensityGPerKWh;
        note += "; range: the year-to-year spread of " + country->name + " (" + country->rangeBasis + ")";
    } else if (g.intensityLowGPerKWh && !g.rangeBasis.empty()) {
        note += "; range: " + g.rangeBasis;
    }
    if (!(hi > lo))
        return Distribution::fixed(v);
    return {Distribution::Kind::Triangular, lo, v, hi};
}

// "Sweden, life cycle 2024 (direct 5.7 g/kWh, 2020)": the accounting basis goes with the number.
std::string gridNote(const Region &g)
{
    std::string note = g.name;
    if (g.basis == "lifecycle")
        note += ", life cycle";
    else if (g.basis == "operational")
        note += ", direct (combustion only)";
    else
        note += ", basis not stated by the source";
    if (!g.grid.empty())
        note += ", grid " + g.grid;
    if (g.directGPerKWh)
        note += " (direct " + formatNumber(*g.directGPerKWh) + " g/kWh" +
                (g.directYear > 0 ? ", " + std::to_string(g.directYear) : std::string()) + ")";
    // Google's carbon-free share is hourly-matched and location-based: shown, not a market instrument.
    if (g.cfe)
        note += "; carbon-free energy " + formatNumber(*g.cfe * 100, 3) +
                " % (hourly-matched, as the provider reports it; not a renewable-share claim)";
    return note;
}

// Water: the provider's published WUE and the grid's water per kWh generated, else the defaults.
void resolveWater(const Scenario &s, ResolvedScenario &r, Filler &f, const Catalog &c)
{
    const Provider *p = r.region != nullptr ? c.provider(r.region->provider) : nullptr;
    if (s.wueLPerKWh) {
        f.fromScenario(Input::WueLPerKWh, *s.wueLPerKWh);
    } else if (p != nullptr && p->wueLPerKWh) {
        const double v = *p->wueLPerKWh;
        const Distribution range = p->wueLowLPerKWh ? Distribution{Distribution::Kind::Triangular,
                                                                   *p->wueLowLPerKWh, v, *p->wueHighLPerKWh}
                                                    : Distribution::fixed(v);
        f.fromCatalog(Input::WueLPerKWh, v, p->citation.sourceOf("wueLPerKWh"), p->citation.year,
                      "WUE published by " + p->name, range);
    } else {
        f.fromDefault(Input::WueLPerKWh, "wueLPerKWh");
    }
    const Region *g = r.region;
    if (g != nullptr && !g->ewifLPerKWh && !g->country.empty())
        g = c.region(g->country);
    if (s.ewifLPerKWh) {
        f.fromScenario(Input::EwifLPerKWh, *s.ewifLPerKWh);
    } else if (g != nullptr && g->ewifLPerKWh) {
        const double v = *g->ewifLPerKWh;
        const Distribution range =
            g->ewifLowLPerKWh
                ? Distribution{Distribution::Kind::Triangular, *g->ewifLowLPerKWh, v, *g->ewifHighLPerKWh}
                : Distribution::fixed(v);
        f.fromCatalog(Input::EwifLPerKWh, v, g->citation.sourceOf("ewifLPerKWh"), g->citation.year,
                      "water per kWh generated in " + g->name, range);
    } else {
        f.fromDefault(Input::EwifLPerKWh, "ewifLPerKWh",
                      r.region != nullptr ? "no published figure for " + r.region->name : std::string());
    }
}

Distribution scaled(const Distribution &d, double factor)
{
    return {d.kind, d.low * factor, d.mode * factor, d.high * factor};
}

// Power from TDP: the chip's share (TDP × the family's load factor) and the host's, counted per
// server (the host's watts do not grow with the accelerator's TDP) unless the user gave the
// older fraction.
void resolveAcceleratorPower(const Scenario &s, ResolvedScenario &r, Filler &f, const Catalog &c)
{
    const Accelerator &a = *r.accelerator;
    const std::string loadFactor = familyId("loadFactor", a);
    f.userOrDefault(Input::LoadFactor, s.loadFactor, c.defaultValue(loadFactor) ? loadFactor : "loadFactor");
    const Provenance unused{"not used: the host is counted in watts per accelerator", 0, false, false, {}};
    if (s.hostOverheadFraction) {
        f.fromScenario(Input::HostOverheadFraction, *s.hostOverheadFraction);
        f.set(Input::HostPowerW, 0, Distribution::fixed(0),
              {"not used: the scenario gives the host as a share of accelerator power", 0, false, false, {}});
        return;
    }
    if (s.hostPowerW) {
        f.set(Input::HostOverheadFraction, 0, Distribution::fixed(0), unused);
        f.fromScenario(Input::HostPowerW, *s.hostPowerW);
        return;
    }
    const DefaultValue *host = c.defaultValue(familyId("hostPowerPerServerW", a));
    if (host == nullptr) { // no server model for this family (CPU nodes): the share of accelerator power
        f.fromDefault(Input::HostOverheadFraction, "hostOverheadFraction");
        f.set(Input::HostPowerW, 0, Distribution::fixed(0),
              {"not used: no host power per server for this kind of accelerator", 0, false, false, {}});
        return;
    }
    f.set(Input::HostOverheadFraction, 0, Distribution::fixed(0), unused);
    const DefaultValue *perServerDefault = c.defaultValue(familyId("acceleratorsPerServer", a));
    const int perServer =
        a.acceleratorsPerServer.value_or(perServerDefault ? static_cast<int>(perServerDefault->value) : 1);
    // The family's spread, relative to its central value, applies to a server class's own figure.
    const double serverW = a.hostPowerPerServerW.value_or(host->value);
    const double share = serverW / host->value / perServer;
    const std::string note = formatNumber(serverW) + " W per server / " + std::to_string(perServer) +
                             " accelerators per " + a.name + " server";
    const std::string source = a.hostPowerPerServerW ? a.citation.sourceOf("hostPowerPerServerW") +
                                                           "; spread: " + host->citation.source
                                                     : host->citation.source;
    f.fromCatalog(Input::HostPowerW, serverW / perServer, source,
                  a.hostPowerPerServerW ? a.citation.year : host->citation.year, note,
                  scaled(host->range.value_or(Distribution::fixed(host->value)), share));
}

} // namespace

Resolver::Resolver(const Catalog &catalog) : m_catalog(catalog) {}

std::optional<ResolvedScenario> Resolver::resolve(const Scenario &s, Issues &issues) const
{
    const std::size_t errorsBefore = issues.size();
    ResolvedScenario r;
    r.workloadMode = s.workloadMode;
    Filler f(r, m_catalog, issues);

    // Hardware
    r.accelerator = m_catalog.accelerator(s.acceleratorId);
    if (s.acceleratorId.empty())
        error(issues, "hardware.accelerator", "required field is missing");
    else if (r.accelerator == nullptr)
        error(issues, "hardware.accelerator",
              "unknown accelerator id \"" + s.acceleratorId +
                  "\" (see `greenlight-cli catalog list accelerators`)");
    f.fromScenario(Input::AcceleratorCount, s.acceleratorCount);

    // Workload
    switch (s.workloadMode) {
    case WorkloadMode::AcceleratorHours:
        f.fromScenario(Input::AcceleratorHoursGiven, s.acceleratorHours);
        break;
    case WorkloadMode::DevicesDuration:
        f.fromScenario(Input::DurationHours, s.durationHours);
        break;
    case WorkloadMode::FirstPrinciples: {
        f.fromScenario(Input::ParametersB, s.parametersB);
        f.fromDefault(Input::TrainingFlopsPerParamToken, "trainingFlopsPerParamPerToken");
        f.fromScenario(Input::Tokens, s.tokens);
        if (s.mfu) {
            f.fromScenario(Input::Mfu, *s.mfu);
        } else if (const auto prior =
                       MfuPrior::forRun(m_catalog, r.accelerator, s.parametersB, s.acceleratorCount)) {
            f.fromCatalog(Input::Mfu, prior->value, prior->source, prior->year, prior->note, prior->range);
        } else {
            f.fromDefault(Input::Mfu, "mfu"); // reports the missing default
        }
        if (r.accelerator != nullptr) {
            r.precision = s.precision.empty() ? r.accelerator->defaultPrecision : s.precision;
            const auto peak = r.accelerator->peakTflopsFor(r.precision);
            if (!peak) {
                std::string known;
                for (const auto &[p, v] : r.accelerator->peakTflops)
                    known += (known.empty() ? "" : ", ") + p;
                error(issues, s.precision.empty() ? "hardware.accelerator" : "workload.precision",
                      r.accelerator->peakTflops.empty() ? "accelerator \"" + r.accelerator->id +
                                                              "\" has no published peak throughput: give "
                                                              "accelerator-hours or a duration instead"
                                                        : "accelerator \"" + r.accelerator->id +
                                                              "\" has no peak throughput for precision \"" +
                                                              r.precision + "\" (known: " + known + ")");
            } else {
                f.fromCatalog(Input::PeakTflops, *peak, r.accelerator->citation.sourceOf("peakTflops"),
                              r.accelerator->citation.year,
                              r.accelerator->name + ", " + r.precision + ", dense",
                              Distribution::fixed(*peak));
            }
        }
        break;
    }
    case WorkloadMode::MeasuredEnergy:
        if (!s.measuredItEnergyKWh)
            error(issues, "workload.measuredItEnergyKWh", "required for the measuredEnergy mode");
        else
            f.fromScenario(Input::MeasuredItEnergyKWh, *s.measuredItEnergyKWh);
        if (s.acceleratorHours > 0)
            f.fromScenario(Input::AcceleratorHoursGiven, s.acceleratorHours);
        if (s.durationHours > 0)
            f.fromScenario(Input::DurationHours, s.durationHours);
        else if (s.acceleratorHours <= 0) // the trace shows devices × duration: give the 0 a source
            f.set(Input::DurationHours, 0, Distribution::fixed(0),
                  {"not given with the measured energy: accelerator-hours (and what depends on them) are 0",
                   0,
                   false,
                   true,
                   {}});
        break;
    }
    f.userOrDefault(Input::ExperimentMultiplier, s.experimentMultiplier, "experimentMultiplier");
    // How many extra runs a team does is a decision, not a measurement error: the catalog's
    // range documents typical values but does not widen the ranges unless the user asks for it
    // (scenario "uncertainty": {"experimentMultiplier": ...}).
    r.ranges[index(Input::ExperimentMultiplier)] = Distribution::fixed(r.value(Input::ExperimentMultiplier));

    // Power
    r.powerMeasured = s.powerW.has_value();
    const bool measuredEnergy = s.workloadMode == WorkloadMode::MeasuredEnergy;
    if (measuredEnergy) {
        // The measurement already contains the power: nothing to resolve.
    } else if (s.powerW) {
        f.fromScenario(Input::PowerW, *s.powerW);
    } else if (r.accelerator != nullptr && !r.accelerator->tdpW) {
        error(issues, "hardware.powerW",
              "accelerator \"" + r.accelerator->id +
                  "\" has no published TDP: give the measured average power per accelerator");
    } else if (r.accelerator != nullptr) {
        f.fromCatalog(Input::TdpW, *r.accelerator->tdpW, r.accelerator->citation.sourceOf("tdpW"),
                      r.accelerator->citation.year, r.accelerator->name,
                      Distribution::fixed(*r.accelerator->tdpW));
        if (r.accelerator->powerBasis == "system" && !s.loadFactor && !s.hostOverheadFraction) {
            // The catalog figure is already the average system power per chip (host share
            // included): applying the load factor and host overhead again would double count.
            const Provenance p{r.accelerator->citation.sourceOf("tdpW"), r.accelerator->citation.year, false,
                               true,
                               "the catalog power of " + r.accelerator->name +
                                   " is an average system power per chip: used as is"};
            f.set(Input::LoadFactor, 1, Distribution::fixed(1), p);
            f.set(Input::HostOverheadFraction, 0, Distribution::fixed(0), p);
            f.set(Input::HostPowerW, 0, Distribution::fixed(0), p);
        } else {
            resolveAcceleratorPower(s, r, f, m_catalog);
        }
    }
    f.userOrDefault(Input::IdleShare, s.idleShare, "idleShare");

    // Site
    r.region = s.regionId.empty() ? nullptr : m_catalog.region(s.regionId);
    if (!s.regionId.empty() && r.region == nullptr)
        error(issues, "site.region",
              "unknown region id \"" + s.regionId + "\" (see `greenlight-cli catalog list regions`)");
    if (s.intensityGPerKWh) {
        f.fromScenario(Input::IntensityGPerKWh, *s.intensityGPerKWh);
    } else if (r.region != nullptr) {
        std::string note = gridNote(*r.region);
        const Distribution range = intensityRange(*r.region, m_catalog, note);
        f.fromCatalog(Input::IntensityGPerKWh, r.region->intensityGPerKWh, r.region->citation.source,
                      r.region->citation.year, note, range);
    } else if (s.regionId.empty()) {
        error(issues, "site.region",
              "required: give a region id or a grid intensity (site.intensityGPerKWh)");
    }

    if (s.pue) {
        f.fromScenario(Input::Pue, *s.pue);
    } else if (r.region != nullptr && r.region->pue) {
        const Provider *p = m_catalog.provider(r.region->provider);
        Distribution range = Distribution::fixed(*r.region->pue);
        if (p != nullptr && p->pueLow && p->pueHigh && *p->pueLow <= *r.region->pue &&
            *r.region->pue <= *p->pueHigh)
            range = {Distribution::Kind::Triangular, *p->pueLow, *r.region->pue, *p->pueHigh};
        f.fromCatalog(Input::Pue, *r.region->pue, r.region->citation.sourceOf("pue"), r.region->citation.year,
                      "PUE of " + r.region->name, range);
    } else if (const Provider *p = r.region ? m_catalog.provider(r.region->provider) : nullptr) {
        Distribution range = Distribution::fixed(p->pue);
        if (p->pueLow && p->pueHigh)
            range = {Distribution::Kind::Triangular, *p->pueLow, p->pue, *p->pueHigh};
        f.fromCatalog(Input::Pue, p->pue, p->citation.source, p->citation.year, "PUE of " + p->name, range);
    } else {
        f.fromDefault(Input::Pue, "pue", "no PUE given: industry-average data centre assumed");
        r.pueIsDefault = true;
    }

    f.fromScenario(Input::RenewableShare, s.renewableShare);
    if (s.residualMixGPerKWh)
        f.fromScenario(Input::ResidualMixGPerKWh, *s.residualMixGPerKWh);
    else {
        r.residualFollowsLocation = true;
        f.set(Input::ResidualMixGPerKWh, r.value(Input::IntensityGPerKWh),
              Distribution::fixed(r.value(Input::IntensityGPerKWh)),
              {r.provenance[index(Input::IntensityGPerKWh)].source,
               r.provenance[index(Input::IntensityGPerKWh)].year, false, true,
               "residual mix not known: the location intensity is used for the non-renewable share"});
    }
    resolveWater(s, r, f, m_catalog);

    // Embodied: chip (accelerator record or default) plus the server share per accelerator.
    if (s.embodiedKgPerAccelerator) {
        f.fromScenario(Input::EmbodiedKgPerAccelerator, *s.embodiedKgPerAccelerator);
    } else if (r.accelerator != nullptr) {
        if (const auto e = EmbodiedModel::forAccelerator(m_catalog, *r.accelerator))
            f.fromCatalog(Input::EmbodiedKgPerAccelerator, e->kg, e->source, e->year, e->note, e->range);
        else
            error(issues, "catalog", "embodied defaults are missing from the catalog");
    }
    f.userOrDefault(Input::ServiceLifeYears, s.serviceLifeYears, "serviceLifeYears");

    // Cost
    const bool priceKnown = s.priceUsdPerAcceleratorHour || (r.accelerator && r.accelerator->priceUsdPerHour);
    // A measured energy without hours cannot be rented by the hour: cost the energy instead.
    const bool hoursKnown = !measuredEnergy || s.acceleratorHours > 0 || s.durationHours > 0;
    if (s.costMode == CostMode::Rental && !hoursKnown)
        error(issues, "cost.mode",
              "rental cost needs the accelerator-hours or the duration of the measured run");
    r.rental = s.costMode == CostMode::Rental || (s.costMode == CostMode::Auto && priceKnown && hoursKnown);
    if (r.rental) {
        if (s.priceUsdPerAcceleratorHour)
            f.fromScenario(Input::PriceUsdPerAcceleratorHour, *s.priceUsdPerAcceleratorHour);
        else if (r.accelerator && r.accelerator->priceUsdPerHour)
            f.fromCatalog(Input::PriceUsdPerAcceleratorHour, *r.accelerator->priceUsdPerHour,
                          r.accelerator->citation.sourceOf("priceUsdPerHour"), r.accelerator->citation.year,
                          r.accelerator->priceOffer, Distribution::fixed(*r.accelerator->priceUsdPerHour));
        else if (r.accelerator)
            error(issues, "cost.priceUsdPerAcceleratorHour",
                  "rental cost needs a price: the catalog has none for \"" + r.accelerator->id + "\"");
    } else {
        f.userOrDefault(Input::ElectricityPriceUsdPerKWh, s.electricityPriceUsdPerKWh,
                        "electricityPriceUsdPerKWh");
        if (s.capexUsdPerAccelerator)
            f.fromScenario(Input::CapexUsdPerAccelerator, *s.capexUsdPerAccelerator);
        else
            f.set(Input::CapexUsdPerAccelerator, 0, Distribution::fixed(0),
                  {"not counted unless the scenario sets a capital cost", 0, false, true, {}});
    }
    f.userOrDefault(Input::CarbonPriceUsdPerT, s.carbonPriceUsdPerT, "carbonPriceUsdPerT");

    UserDistributions::apply(s, r, issues); // the user's ranges replace the catalog's
    couplePowerToMfu(r, m_catalog);

    if (issues.size() > errorsBefore && hasErrors(issues))
        return std::nullopt;
    // Each input can be valid and the product still overflow a double (1e308 hours × 8 devices):
    // refuse rather than show inf or NaN.
    const Estimate e = Estimator::compute(r);
    for (std::size_t o = 0; o < e.values.size(); ++o)
        if (!std::isfinite(e.values[o])) {
            issues.push_back(
                {Issue::Severity::Error, "workload",
                 "the inputs are too large to compute: " + std::string(info(static_cast<Output>(o)).label) +
                     " is not a finite number"});
            return std::nullopt;
        }
    return r;
}

} // namespace greenlight
