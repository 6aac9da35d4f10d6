#pragma once

#include "accelerator.h"
#include "credit.h"
#include "defaultvalue.h"
#include "equivalence.h"
#include "provider.h"
#include "region.h"
#include "util/issue.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace greenlight {

// The cited reference data: accelerators, grids, providers, default constants, equivalences and
// data credits. Built from the shipped (embedded) catalog, then optionally extended or
// overridden by user catalog files; records with the same id replace earlier ones.
class Catalog
{
public:
    // The catalog shipped with Greenlight (embedded at build time). Loaded once.
    static const Catalog &builtIn();

    // Parses one catalog JSON document and adds or overrides its records. `origin` names the
    // file in messages. Returns the problems found; records with errors are skipped.
    Issues addJson(std::string_view text, const std::string &origin);
    Issues addFile(const std::string &path);

    const Accelerator *accelerator(std::string_view id) const;
    const Region *region(std::string_view id) const;
    const Provider *provider(std::string_view id) const;
    const DefaultValue *defaultValue(std::string_view id) const;
    const Equivalence *equivalence(std::string_view id) const;

    const std::vector<Accelerator> &accelerators() const { return m_accelerators; }
    const std::vector<Region> &regions() const { return m_regions; }
    const std::vector<Provider> &providers() const { return m_providers; }
    const std::vector<DefaultValue> &defaults() const { return m_defaults; }
    const std::vector<Equivalence> &equivalences() const { return m_equivalences; }
    const std::vector<Credit> &credits() const { return m_credits; }

    // Ids the estimator needs among the defaults; a catalog without them cannot estimate.
    static const std::vector<std::string> &requiredDefaults();
    Issues checkComplete() const;

    // Case-insensitive match on id, name or country, best matches first (for region pickers).
    std::vector<const Region *> searchRegions(std::string_view query, std::size_t limit = 50) const;

private:
    template <typename T>
    static void upsert(std::vector<T> &records, std::unordered_map<std::string, std::size_t> &index,
                       T record);

    std::vector<Accelerator> m_accelerators;
    std::vector<Region> m_regions;
    std::vector<Provider> m_providers;
    std::vector<DefaultValue> m_defaults;
    std::vector<Equivalence> m_equivalences;
    std::vector<Credit> m_credits;
    std::unordered_map<std::string, std::size_t> m_acceleratorIndex;
    std::unordered_map<std::string, std::size_t> m_regionIndex;
    std::unordered_map<std::string, std::size_t> m_providerIndex;
    std::unordered_map<std::string, std::size_t> m_defaultIndex;
    std::unordered_map<std::string, std::size_t> m_equivalenceIndex;
    std::unordered_map<std::string, std::size_t> m_creditIndex;

    friend class CatalogParser;
};

} // namespace greenlight
