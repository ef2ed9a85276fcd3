#include "cli/output_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nok::server::cli {

Status writeFileAtomically(const std::string& path, std::string_view bytes) {
    std::string tmp = path + ".tmp-XXXXXX";
    const int fd = mkstemp(tmp.data());
    if (fd < 0) return makeError("io", std::string("cannot create a file: ") + std::strerror(errno), path);
    auto fail = [&](const char* what) {
        const std::string reason = std::strerror(errno);
        ::close(fd);
        std::remove(tmp.c_str());
        return makeError("io", std::string(what) + ": " + reason, path);
    };
    std::size_t written = 0;
    while (written < bytes.size()) {
        const auto n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail("cannot write the file");
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fchmod(fd, 0644) != 0) return fail("cannot set the file mode");
    if (::fsync(fd) != 0) return fail("cannot flush the file");
    if (::close(fd) != 0) {
        std::remove(tmp.c_str());
        return makeError("io", std::string("cannot close the file: ") + std::strerror(errno), path);
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(tmp.c_str());
        return makeError("io", "cannot replace the file: " + reason, path);
    }
    return {};
}

} // namespace nok::server::cli
