// A JSON text's nesting depth, measured by scanning its bytes (strings and escapes skipped)
// without building anything: checked before any body is parsed, because a document of 8 MiB of
// "[" costs the DOM parser over a gigabyte while this scan costs nothing. The API's bodies nest
// three levels deep; kMaxJsonDepth leaves room for growth and none for abuse.
#pragma once

#include <cstddef>
#include <string_view>

namespace nok::server::http {

inline constexpr std::size_t kMaxJsonDepth = 32;

// True when no array or object in `text` is nested deeper than `maxDepth`. Says nothing about
// whether the text is valid JSON: the parser decides that afterwards.
[[nodiscard]] bool jsonDepthWithin(std::string_view text, std::size_t maxDepth = kMaxJsonDepth);

} // namespace nok::server::http
