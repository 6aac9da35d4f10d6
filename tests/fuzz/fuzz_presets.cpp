// libFuzzer target: the presets gallery file (PresetsFile::parse).
#include "catalog/catalog.h"
#include "io/presetsfile.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    greenlight::PresetsFile::parse(text, greenlight::Catalog::builtIn());
    return 0;
}
