// libFuzzer target: the project-file loader (ProjectFile::parse) against the shipped catalog.
// A file that loads must survive a save/load round trip unchanged.
#include "catalog/catalog.h"
#include "io/projectfile.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const greenlight::Catalog &catalog = greenlight::Catalog::builtIn();
    const greenlight::ProjectLoadResult r = greenlight::ProjectFile::parse(text, catalog);
    if (r.project) {
        const std::string saved = greenlight::ProjectFile::serialize(*r.project);
        const greenlight::ProjectLoadResult again = greenlight::ProjectFile::parse(saved, catalog);
        if (!again.project || greenlight::ProjectFile::serialize(*again.project) != saved)
            std::abort(); // a loaded project must reload as itself
    }
    return 0;
}
