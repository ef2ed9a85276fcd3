// Where a document goes as it is written: consecutive pieces of its text, handed to a file, a
// string or an HTTP response. A sink's error (a full disk, a closed connection) stops the
// writer, which returns it.
#pragma once

#include "nok/result.h"

#include <functional>
#include <string>
#include <string_view>

namespace nok::server {

using TextSink = std::function<Status(std::string_view)>;

// A sink that appends every piece to `text` and never fails (a whole document in memory, for
// the callers that need it as one string or tree).
inline TextSink appendTo(std::string& text) {
    return [&text](std::string_view piece) {
        text.append(piece);
        return Status{};
    };
}

} // namespace nok::server
