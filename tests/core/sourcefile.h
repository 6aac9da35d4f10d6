#pragma once

// A file of the source tree as text, for tests that compare generated docs or read fitting and
// validation data; a missing file stops the test run with its path.
#include "util/textfile.h"

#include <QtGlobal>

#include <string>

inline std::string readSourceFile(const std::string &relativePath)
{
    const std::string path = std::string(GREENLIGHT_SOURCE_DIR) + "/" + relativePath;
    std::string text;
    std::string error;
    if (!greenlight::readTextFile(path, text, error))
        qFatal("%s: %s", path.c_str(), error.c_str());
    return text;
}
