// Writes a command's output file atomically: the bytes go to a temporary file beside the
// target, are flushed to disk, and the temporary file is renamed over the target, so a reader
// (or a web server publishing the report) never sees half a file, and a failure leaves the old
// file as it was. AtomicFile takes the text in pieces (a streamed 70 MB results document).
#pragma once

#include "nok/result.h"

#include <memory>
#include <string>
#include <string_view>

namespace nok::server::cli {

class AtomicFile {
  public:
    [[nodiscard]] static Result<std::unique_ptr<AtomicFile>> create(const std::string& path);
    ~AtomicFile(); // removes the temporary file unless commit() succeeded
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    [[nodiscard]] Status write(std::string_view bytes);
    [[nodiscard]] Status commit(); // flush, close, rename over the target

  private:
    AtomicFile(std::string path, std::string tmp, int fd)
        : m_path(std::move(path)), m_tmp(std::move(tmp)), m_fd(fd) {}
    std::string m_path, m_tmp;
    int m_fd = -1;
    bool m_done = false;
};

[[nodiscard]] Status writeFileAtomically(const std::string& path, std::string_view bytes);

} // namespace nok::server::cli
