#include "usercatalog.h"

#include "catalog.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <vector>

namespace greenlight {

std::string userCatalogDirectory()
{
    const char *xdg = std::getenv("XDG_DATA_HOME");
    std::string base;
    if (xdg != nullptr && *xdg != '\0')
        base = xdg;
    else if (const char *home = std::getenv("HOME"); home != nullptr && *home != '\0')
        base = std::string(home) + "/.local/share";
    else
        return {};
    return base + "/greenlight/catalog";
}

Issues loadUserCatalogs(Catalog &catalog, const std::string &directory)
{
    Issues issues;
    std::error_code ec;
    if (directory.empty() || !std::filesystem::is_directory(directory, ec))
        return issues;
    std::vector<std::string> files;
    for (const auto &entry : std::filesystem::directory_iterator(directory, ec))
        if (entry.is_regular_file(ec) && entry.path().extension() == ".json")
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    for (const std::string &f : files) {
        Issues more = catalog.addFile(f);
        issues.insert(issues.end(), more.begin(), more.end());
    }
    return issues;
}

} // namespace greenlight
