#pragma once

#include <string>
#include <utility>
#include <vector>

namespace greenlight {

struct ResolvedScenario;

// How the grid figures and PUEs of scenarios set side by side were sourced, so a comparison can say
// when it compares unlike figures: a direct grid factor beside a life-cycle one, data years far
// apart, or a catalog PUE beside the industry-average default. Names are the scenarios' (or
// regions') labels; the window, the report and the CLI word the notes in their own language.
struct AccountingMix
{
    // Data years further apart than this are worth a note: grids change that much in five years.
    static constexpr int kYearsApart = 5;

    std::vector<std::string> lifecycle; // catalog grid figure, life cycle
    std::vector<std::string> direct;    // catalog grid figure, direct (combustion only)
    std::vector<std::string> unstated;  // catalog grid figure whose source states no basis
    int oldestYear = 0;
    int newestYear = 0;
    std::string oldest;
    std::string newest;
    std::vector<std::string> defaultPue; // the industry-average default PUE
    std::vector<std::string> catalogPue; // a region's or provider's PUE
    double defaultPueValue = 0;

    bool mixedBasis() const;
    bool yearsApart() const { return newestYear - oldestYear > kYearsApart; }
    bool mixedPue() const { return !defaultPue.empty() && !catalogPue.empty(); }
    bool any() const { return mixedBasis() || yearsApart() || mixedPue(); }

    // English sentences, one per finding (CLI and machine outputs).
    std::vector<std::string> notes() const;

    // Scenarios without a resolved form (errors) are skipped; a grid intensity or PUE the user
    // gave is theirs to judge and is not counted.
    static AccountingMix of(const std::vector<std::pair<std::string, const ResolvedScenario *>> &scenarios);
};

} // namespace greenlight
