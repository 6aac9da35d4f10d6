#pragma once

#include "importoptions.h"
#include "importresult.h"

#include <string>
#include <string_view>

namespace greenlight {

// Entry point for "import a measured run": recognises the tool from the content (not the file
// name) and hands over to its importer. Takes text so that fuzzers and drag-and-drop can call it.
class MeasuredRunImporter
{
public:
    // "codecarbon", "carbontracker", or empty when neither is recognised.
    static std::string detectFormat(std::string_view text);
    static ImportResult importText(std::string_view text, const ImportOptions &options);
    // Reads the file (size-limited), records its base name, then importText().
    static ImportResult importFile(const std::string &path, ImportOptions options);
};

} // namespace greenlight
