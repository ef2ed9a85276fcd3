#include "web/streamed_document.h"

#include "web/web_routes_internal.h"

#include <httplib.h>

#include <algorithm>

namespace nok::web {

void sendStreamed(httplib::Response& res, const std::string& contentType, DocumentWriter writer) {
    res.status = 200;
    res.set_chunked_content_provider(
        contentType, [writer = std::move(writer)](std::size_t, httplib::DataSink& sink) {
            const DocumentSink toClient = [&sink](std::string_view piece) -> Status {
                if (piece.empty() || sink.write(piece.data(), piece.size())) return {};
                return makeError("connection_closed", "the client stopped reading");
            };
            if (!writer(toClient)) return false; // httplib closes the connection
            sink.done();
            return true;
        });
}

void sendShared(httplib::Response& res, const std::string& contentType,
                std::shared_ptr<const std::string> text) {
    res.status = 200;
    const std::size_t size = text->size();
    res.set_content_provider(
        size, contentType,
        [text = std::move(text)](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
            return sink.write(text->data() + offset, std::min(length, text->size() - offset));
        });
}

namespace detail {

namespace {

// Shared by both forms: an attachment never cached; false (and an error sent) on error. A
// campaign id in the address that names no campaign is the reader's mistake (404, said in
// Russian), anything else the server's (503, with the error for the administrator).
bool downloadHeaders(httplib::Response& res, const Error* error, const std::string& file) {
    setSecurityHeaders(res);
    res.set_header("Cache-Control", "no-store");
    if (error && error->code == "unknown_campaign") {
        res.status = 404;
        res.set_content("Кампания не найдена: в адресе нет существующей кампании.\n",
                        "text/plain; charset=utf-8");
        return false;
    }
    if (error) {
        res.status = 503;
        res.set_content(error->describe(), "text/plain; charset=utf-8");
        return false;
    }
    res.set_header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    return true;
}

} // namespace

void download(httplib::Response& res, const Result<std::string>& body, const std::string& type,
              const std::string& file) {
    if (downloadHeaders(res, body ? nullptr : &body.error(), file)) res.set_content(*body, type);
}

void download(httplib::Response& res, const Result<DocumentWriter>& writer, const std::string& type,
              const std::string& file) {
    if (downloadHeaders(res, writer ? nullptr : &writer.error(), file))
        sendStreamed(res, type, *writer);
}

} // namespace detail

} // namespace nok::web
