#pragma once

#include "util/issue.h"

#include <string>

namespace greenlight {

class Catalog;

// Where user catalog files live: $XDG_DATA_HOME/greenlight/catalog (default
// ~/.local/share/greenlight/catalog). Every *.json file there extends the shipped catalog.
std::string userCatalogDirectory();

// Loads every *.json in the user catalog directory (sorted by name) into `catalog`.
Issues loadUserCatalogs(Catalog &catalog, const std::string &directory = userCatalogDirectory());

} // namespace greenlight
