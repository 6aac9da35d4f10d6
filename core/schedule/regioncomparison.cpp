#include "regioncomparison.h"

#include "catalog/catalog.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"

#include <algorithm>

namespace greenlight {

namespace {

// The PUE the catalog gives a region (its own, else its provider's), as the resolver does.
std::optional<double> catalogPue(const Region &r, const Catalog &catalog)
{
    if (r.pue)
        return r.pue;
    if (const Provider *p = catalog.provider(r.provider))
        return p->pue;
    return std::nullopt;
}

} // namespace

Scenario RegionComparison::relocate(const Scenario &s, const Region &region, const Catalog &catalog)
{
    Scenario moved = s;
    const Region *old = s.regionId.empty() ? nullptr : catalog.region(s.regionId);
    moved.regionId = region.id;
    moved.intensityGPerKWh.reset();
    moved.residualMixGPerKWh.reset();
    if (s.pue && old != nullptr) {
        const auto oldPue = catalogPue(*old, catalog);
        if (oldPue && *oldPue == *s.pue)
            moved.pue.reset();
    }
    return moved;
}

std::optional<std::vector<RegionResult>> RegionComparison::compare(const Scenario &scenario,
                                                                   const std::vector<std::string> &regionIds,
                                                                   const Catalog &catalog, Issues &issues)
{
    std::vector<const Region *> regions;
    std::string unknown;
    for (const std::string &id : regionIds) {
        const Region *r = catalog.region(id);
        if (r == nullptr)
            unknown += (unknown.empty() ? "\"" : ", \"") + id + "\"";
        else if (std::find(regions.begin(), regions.end(), r) == regions.end())
            regions.push_back(r);
    }
    if (!unknown.empty()) {
        issues.push_back(
            {Issue::Severity::Error, "regions",
             "unknown region id(s) " + unknown + " (see `greenlight-cli catalog list regions`)"});
        return std::nullopt;
    }
    if (regions.empty()) {
        issues.push_back({Issue::Severity::Error, "regions", "no region to compare"});
        return std::nullopt;
    }

    const Resolver resolver(catalog);
    std::vector<RegionResult> results;
    for (const Region *region : regions) {
        RegionResult r;
        r.region = region;
        r.scenario = relocate(scenario, *region, catalog);
        const std::size_t before = issues.size();
        const auto resolved = resolver.resolve(r.scenario, issues);
        if (!resolved) {
            for (std::size_t i = before; i < issues.size(); ++i)
                issues[i].message += " (in region " + region->id + ")";
            return std::nullopt;
        }
        r.resolved = *resolved;
        r.estimate = Estimator::compute(*resolved);
        r.intensityGPerKWh = resolved->value(Input::IntensityGPerKWh);
        r.pue = resolved->value(Input::Pue);
        r.pueFromScenario = r.scenario.pue.has_value();
        results.push_back(std::move(r));
    }
    std::stable_sort(results.begin(), results.end(), [](const RegionResult &a, const RegionResult &b) {
        const double ka = a.estimate[Output::Co2eLocationKg];
        const double kb = b.estimate[Output::Co2eLocationKg];
        return ka < kb || (ka == kb && a.region->id < b.region->id);
    });
    return results;
}

} // namespace greenlight
