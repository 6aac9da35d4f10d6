#include "textfile.h"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace greenlight {

namespace {
constexpr std::uintmax_t kMiB = std::uintmax_t{1024} * 1024;
} // namespace

bool readTextFile(const std::string &path, std::string &text, std::string &error)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        error = "is a directory, not a file";
        return false;
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        error = "cannot open: " + ec.message();
        return false;
    }
    if (size > kMaxInputFileBytes) {
        error = "file is too large (" + std::to_string(size / kMiB) + " MiB; the limit is " +
                std::to_string(kMaxInputFileBytes / kMiB) + " MiB)";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = std::string("cannot open: ") + std::strerror(errno);
        return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
    return true;
}

bool writeTextFileAtomic(const std::string &path, const std::string &text, std::string &error,
                         const std::string &backupSuffix)
{
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        error = std::string("cannot write: ") + std::strerror(errno);
        return false;
    }
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = std::string("cannot write: ") + std::strerror(errno);
            ::close(fd);
            ::unlink(tmp.c_str());
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        error = std::string("cannot flush to disk: ") + std::strerror(errno);
        ::unlink(tmp.c_str());
        return false;
    }
    if (!backupSuffix.empty() && ::access(path.c_str(), F_OK) == 0) {
        const std::string backup = path + backupSuffix;
        // A hard link keeps the old version without a window where `path` is missing.
        ::unlink(backup.c_str());
        if (::link(path.c_str(), backup.c_str()) != 0) {
            std::error_code ec;
            std::filesystem::copy_file(path, backup, std::filesystem::copy_options::overwrite_existing, ec);
        }
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        error = std::string("cannot replace the file: ") + std::strerror(errno);
        ::unlink(tmp.c_str());
        return false;
    }
    // Make the rename itself durable.
    const std::string dir = std::filesystem::path(path).parent_path().string();
    const int dirFd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

} // namespace greenlight
