#pragma once

#include "accelerator.h"
#include "region.h"
#include "util/issue.h"

#include <nlohmann/json.hpp>

#include <string>

namespace greenlight {

// Writes user catalog records (docs/catalog-format.md): one file per kind in the user catalog
// directory, "user-<kind>.json", with the catalog envelope. Adding a record with an existing id
// replaces it. The file is checked by parsing it as a catalog before it is written, atomically.
class UserCatalogWriter
{
public:
    explicit UserCatalogWriter(std::string directory);

    std::string fileFor(const std::string &kind) const;

    static nlohmann::ordered_json toJson(const Accelerator &accelerator);
    static nlohmann::ordered_json toJson(const Region &region);

    // `kind` is "accelerators" or "regions". Returns false with the problems in `issues`.
    bool upsert(const std::string &kind, const nlohmann::ordered_json &record, Issues &issues) const;
    bool upsert(const Accelerator &accelerator, Issues &issues) const;
    bool upsert(const Region &region, Issues &issues) const;

private:
    std::string m_directory;
};

} // namespace greenlight
