#include "cli/output_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nok::server::cli {

namespace {
Error ioError(const std::string& what, const std::string& path) {
    return makeError("io", what + ": " + std::strerror(errno), path);
}
} // namespace

Result<std::unique_ptr<AtomicFile>> AtomicFile::create(const std::string& path) {
    std::string tmp = path + ".tmp-XXXXXX";
    const int fd = mkstemp(tmp.data());
    if (fd < 0) return ioError("cannot create the file", path);
    if (::fchmod(fd, 0644) != 0) {
        Error e = ioError("cannot set the file mode", path);
        ::close(fd);
        std::remove(tmp.c_str());
        return e;
    }
    return std::unique_ptr<AtomicFile>(new AtomicFile(path, std::move(tmp), fd));
}

AtomicFile::~AtomicFile() {
    if (m_done) return;
    if (m_fd >= 0) ::close(m_fd);
    std::remove(m_tmp.c_str());
}

Status AtomicFile::write(std::string_view bytes) {
    std::size_t written = 0;
    while (written < bytes.size()) {
        const auto n = ::write(m_fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            return ioError("cannot write the file", m_path);
        }
        written += static_cast<std::size_t>(n);
    }
    return {};
}

Status AtomicFile::commit() {
    if (::fsync(m_fd) != 0) return ioError("cannot flush the file", m_path);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) return ioError("cannot close the file", m_path);
    if (std::rename(m_tmp.c_str(), m_path.c_str()) != 0)
        return ioError("cannot replace the file", m_path);
    m_done = true;
    return {};
}

Status writeFileAtomically(const std::string& path, std::string_view bytes) {
    auto file = AtomicFile::create(path);
    if (!file) return file.error();
    if (auto st = (*file)->write(bytes); !st) return st;
    return (*file)->commit();
}

} // namespace nok::server::cli
