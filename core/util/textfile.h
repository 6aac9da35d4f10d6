#pragma once

#include <cstddef>
#include <string>

namespace greenlight {

// Largest file Greenlight reads; protects against a mistaken multi-gigabyte input.
inline constexpr std::size_t kMaxInputFileBytes = std::size_t{64} * 1024 * 1024;

bool readTextFile(const std::string &path, std::string &text, std::string &error);

// Writes atomically: a temporary file in the same directory, flushed to disk, then renamed over
// the target. When `backupSuffix` is not empty the previous file is kept as path + suffix.
bool writeTextFileAtomic(const std::string &path, const std::string &text, std::string &error,
                         const std::string &backupSuffix = {});

} // namespace greenlight
