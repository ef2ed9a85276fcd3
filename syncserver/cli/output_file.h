// Writes a command's output file atomically: the bytes go to a temporary file beside the
// target, are flushed, and the temporary file is renamed over the target, so a reader (or a web
// server publishing the report) never sees half a file, and a failure leaves the old file.
#pragma once

#include "nok/result.h"

#include <string>
#include <string_view>

namespace nok::server::cli {

[[nodiscard]] Status writeFileAtomically(const std::string& path, std::string_view bytes);

} // namespace nok::server::cli
