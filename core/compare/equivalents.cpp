#include "equivalents.h"

#include "catalog/catalog.h"

#include <cmath>

namespace greenlight {

const std::vector<std::string> &Equivalents::headlineIds()
{
    static const std::vector<std::string> ids{"car-km-eu", "flight-ny-sf", "household-year", "tree-month"};
    return ids;
}

std::vector<EquivalentAmount> Equivalents::of(const Catalog &catalog, double co2eKg,
                                              const std::vector<std::string> &ids)
{
    std::vector<EquivalentAmount> out;
    if (!std::isfinite(co2eKg) || co2eKg <= 0)
        return out;
    for (const std::string &id : ids) {
        const Equivalence *e = catalog.equivalence(id);
        if (e == nullptr || !(e->gCo2ePerUnit > 0))
            continue;
        out.push_back({e->id, e->name, e->unit, co2eKg * 1000.0 / e->gCo2ePerUnit, e->citation});
    }
    return out;
}

} // namespace greenlight
