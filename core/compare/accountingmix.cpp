#include "accountingmix.h"

#include "catalog/region.h"
#include "estimate/resolvedscenario.h"
#include "util/numberformat.h"

namespace greenlight {

namespace {

std::string joined(const std::vector<std::string> &names)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
}

} // namespace

bool AccountingMix::mixedBasis() const
{
    const int bases = (lifecycle.empty() ? 0 : 1) + (direct.empty() ? 0 : 1) + (unstated.empty() ? 0 : 1);
    return bases > 1;
}

AccountingMix
AccountingMix::of(const std::vector<std::pair<std::string, const ResolvedScenario *>> &scenarios)
{
    AccountingMix m;
    for (const auto &[name, r] : scenarios) {
        if (r == nullptr)
            continue;
        const Provenance &grid = r->provenance[index(Input::IntensityGPerKWh)];
        if (r->region != nullptr && !grid.fromScenario) {
            const std::string &basis = r->region->basis;
            (basis == "lifecycle"     ? m.lifecycle
             : basis == "operational" ? m.direct
                                      : m.unstated)
                .push_back(name);
            if (grid.year > 0 && (m.oldestYear == 0 || grid.year < m.oldestYear)) {
                m.oldestYear = grid.year;
                m.oldest = name;
            }
            if (grid.year > m.newestYear) {
                m.newestYear = grid.year;
                m.newest = name;
            }
        }
        if (r->provenance[index(Input::Pue)].fromScenario)
            continue;
        if (r->pueIsDefault) {
            m.defaultPue.push_back(name);
            m.defaultPueValue = r->value(Input::Pue);
        } else {
            m.catalogPue.push_back(name);
        }
    }
    return m;
}

std::vector<std::string> AccountingMix::notes() const
{
    std::vector<std::string> out;
    if (mixedBasis()) {
        std::string text = "Grid figures on different bases:";
        if (!lifecycle.empty())
            text += " life cycle for " + joined(lifecycle) + ";";
        if (!direct.empty())
            text += " direct (combustion only, no published life-cycle figure) for " + joined(direct) + ";";
        if (!unstated.empty())
            text += " basis not stated by the source for " + joined(unstated) + ";";
        text.back() = '.';
        out.push_back(text +
                      " A direct figure leaves out building and fuelling the plants and looks cleaner.");
    }
    if (yearsApart())
        out.push_back("Grid data years " + std::to_string(newestYear - oldestYear) +
                      " years apart: " + std::to_string(oldestYear) + " for " + oldest + ", " +
                      std::to_string(newestYear) + " for " + newest + ".");
    if (mixedPue())
        out.push_back("PUE from different sources: the industry-average default " +
                      formatNumber(defaultPueValue) + " for " + joined(defaultPue) +
                      " (no PUE for a country or grid region), the data centre's own for " +
                      joined(catalogPue) + ". Set site.pue to compare the grids alone.");
    return out;
}

} // namespace greenlight
