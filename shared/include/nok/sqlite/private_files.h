// Files that hold secrets (the server's database with its signing and sealing keys, a kiosk's
// database with its outbox, their backups) are created readable by their owner only, whatever
// the process umask: 0600 for files, 0700 for directories. SQLite gives a database's -wal and
// -shm files the database file's own mode, so creating the database file 0600 covers all three.
#pragma once

#include "nok/result.h"

#include <optional>
#include <string>

namespace nok::sqlite {

// Creates `path` empty with mode 0600 if nothing is there; leaves an existing file alone.
[[nodiscard]] Status createPrivateFile(const std::string& path);
// Creates the directory (and missing parents) with mode 0700; an existing one is left alone.
[[nodiscard]] Status createPrivateDirectory(const std::string& path);
// The file's permission bits when group or others may read or write it ("0644"), else nothing
// (also nothing when the file does not exist).
[[nodiscard]] std::optional<std::string> openToOthers(const std::string& path);

} // namespace nok::sqlite
