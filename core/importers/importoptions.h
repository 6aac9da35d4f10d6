#pragma once

#include <optional>
#include <string>

namespace greenlight {

class Catalog;

// What an importer cannot read from the file itself.
struct ImportOptions
{
    std::string fileName;   // recorded as provenance (base name only)
    std::string runName;    // empty: derived from the file name
    std::string importedAt; // ISO 8601 UTC; empty: now
    // Carbontracker prints energy after its PUE without printing the PUE; the caller supplies the
    // value (catalog default "carbontrackerPue") and its citation. Unset: recorded as unknown.
    std::optional<double> carbontrackerPue;
    std::string carbontrackerPueSource;

    // Options filled from the catalog's defaults (carbontrackerPue) and the current time.
    static ImportOptions fromCatalog(const Catalog &catalog, const std::string &fileName);
};

} // namespace greenlight
