// Large documents sent as they are written. The printable report of 5,000 organisations is
// tens of MB of HTML; built whole and then copied into the response it took 550–730 MB of the
// server (issue 15). A DocumentWriter writes its text to a sink piece by piece, and
// sendStreamed hands each piece to the connection as an HTTP/1.1 chunk; a text that is already
// kept (the results cache's JSON) is sent from where it is, not copied into the response. Used
// by the council API (http/council_routes) and the dashboard's downloads.
#pragma once

#include "nok/result.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace httplib {
struct Response;
}

namespace nok::web {

// Receives consecutive pieces of a document; an error (the connection closed) stops the writer.
using DocumentSink = std::function<Status(std::string_view)>;
// Writes the whole document to the sink, stopping at the sink's first error. It runs after the
// handler has returned, on the connection's thread, while the response is sent: it must own
// (or share) everything it reads, and take its own database connection.
using DocumentWriter = std::function<Status(const DocumentSink& sink)>;

// The response body is what `writer` writes, sent in chunks (Transfer-Encoding: chunked) with
// status 200 and `contentType`; headers already set on `res` are kept. An error while writing
// can only cut the response short: the status line has gone, so the connection is closed and
// the client sees an incomplete body, never a complete-looking wrong one.
void sendStreamed(httplib::Response& res, const std::string& contentType, DocumentWriter writer);

// The response body is `text`, shared rather than copied (the cached results JSON of 5,000
// organisations is tens of MB): it is kept alive until sent.
void sendShared(httplib::Response& res, const std::string& contentType,
                std::shared_ptr<const std::string> text);

namespace detail {

// The dashboard's downloads: security headers, no caching, saved as `file`; 503 with the error
// as text when the document is not available.
void download(httplib::Response& res, const Result<std::string>& body, const std::string& type,
              const std::string& file);
void download(httplib::Response& res, const Result<DocumentWriter>& writer, const std::string& type,
              const std::string& file);

} // namespace detail

} // namespace nok::web
