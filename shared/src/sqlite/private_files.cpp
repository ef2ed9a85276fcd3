#include "nok/sqlite/private_files.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nok::sqlite {

Status createPrivateFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST) return {};
        return makeError("io_error", std::string("cannot create: ") + std::strerror(errno), path);
    }
    // open()'s mode is filtered by the umask; 0600 only loses bits, but say it outright.
    const bool ok = ::fchmod(fd, 0600) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok)
        return makeError("io_error",
                         std::string("cannot set mode 0600: ") + std::strerror(savedErrno), path);
    return {};
}

Status createPrivateDirectory(const std::string& path) {
    std::error_code ec;
    const std::filesystem::path dir(path);
    if (std::filesystem::is_directory(dir, ec)) return {};
    if (dir.has_parent_path() && dir.parent_path() != dir) {
        if (auto s = createPrivateDirectory(dir.parent_path().string()); !s) return s;
    }
    if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST)
        return makeError("io_error",
                         std::string("cannot create directory: ") + std::strerror(errno), path);
    if (::chmod(path.c_str(), 0700) != 0)
        return makeError("io_error", std::string("cannot set mode 0700: ") + std::strerror(errno),
                         path);
    return {};
}

std::optional<std::string> openToOthers(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    const unsigned mode = st.st_mode & 0777;
    if ((mode & 0077) == 0) return std::nullopt;
    char text[8];
    std::snprintf(text, sizeof text, "%04o", mode);
    return std::string(text);
}

} // namespace nok::sqlite
