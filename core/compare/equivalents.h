#pragma once

#include "catalog/citation.h"

#include <string>
#include <vector>

namespace greenlight {

class Catalog;

// One everyday comparison of a CO2e figure: `amount` units of `name` (e.g. 58 000 km by car).
struct EquivalentAmount
{
    std::string id;
    std::string name;
    std::string unit;
    double amount = 0;
    Citation citation;
};

// CO2e expressed as familiar things, from the catalog's cited equivalences
// (resources/catalog/equivalences.json; docs/methodology.md "Equivalences").
class Equivalents
{
public:
    // The four shown beside headline numbers, in display order: car km (EU), flights New York –
    // San Francisco, household-years of US electricity, tree-months of absorption.
    static const std::vector<std::string> &headlineIds();

    // amount = co2eKg × 1000 / gCo2ePerUnit for each id the catalog has (unknown ids are skipped).
    // Empty for a CO2e that is not finite or not positive.
    static std::vector<EquivalentAmount> of(const Catalog &catalog, double co2eKg,
                                            const std::vector<std::string> &ids = headlineIds());
};

} // namespace greenlight
