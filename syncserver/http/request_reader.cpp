#include "http/request_reader.h"

#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <optional>
#include <poll.h>
#include <string_view>

namespace nok::server::http {

namespace {

ReadRequest refuse(int status, std::string code, std::string message) {
    ReadRequest r;
    r.outcome = ReadRequest::Outcome::Refused;
    r.status = status;
    r.code = std::move(code);
    r.message = std::move(message);
    return r;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// What the head says about the body, and the head with the lines this reader answers itself
// (Transfer-Encoding, Expect) taken out.
struct Head {
    std::string text; // request line and kept header lines, each ending in CRLF
    std::optional<std::uint64_t> contentLength;
    bool chunked = false;
    bool expectContinue = false;
    std::string forwardedFor;
};

std::optional<ReadRequest> parseHead(std::string_view head, std::size_t maxBody, Head& out) {
    std::size_t lineStart = 0;
    bool first = true;
    while (lineStart <= head.size()) {
        auto end = head.find("\r\n", lineStart);
        if (end == std::string_view::npos) end = head.size();
        const std::string_view line = head.substr(lineStart, end - lineStart);
        lineStart = end + 2;
        if (first) {
            first = false;
            out.text.append(line).append("\r\n");
            continue;
        }
        if (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            return refuse(400, "bad_request", "folded header lines are not accepted");
        const auto colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0)
            return refuse(400, "bad_request", "a header line has no name");
        const std::string name = lower(trim(line.substr(0, colon)));
        const std::string_view value = trim(line.substr(colon + 1));
        if (name == "content-length") {
            std::uint64_t n = 0;
            auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
            if (value.empty() || ec != std::errc() || ptr != value.data() + value.size() ||
                (out.contentLength && *out.contentLength != n))
                return refuse(400, "bad_request", "Content-Length is not one decimal number");
            out.contentLength = n;
        } else if (name == "transfer-encoding") {
            if (lower(value) != "chunked")
                return refuse(400, "bad_request", "the only Transfer-Encoding accepted is chunked");
            out.chunked = true;
            continue;
        } else if (name == "content-encoding") {
            if (lower(value) != "identity")
                return refuse(415, "unsupported_media_type",
                              "compressed request bodies (Content-Encoding) are not accepted");
        } else if (name == "expect") {
            if (lower(value) == "100-continue") {
                out.expectContinue = true;
                continue;
            }
        } else if (name == "x-forwarded-for") {
            if (!out.forwardedFor.empty()) out.forwardedFor += ',';
            out.forwardedFor.append(value);
        }
        out.text.append(line).append("\r\n");
    }
    if (out.chunked && out.contentLength)
        return refuse(400, "bad_request", "Content-Length and Transfer-Encoding together");
    if (out.contentLength && *out.contentLength > maxBody)
        return refuse(413, "payload_too_large", "the request body is larger than 8 MiB");
    return std::nullopt;
}

} // namespace

RequestReader::Clock::time_point RequestReader::deadline(Clock::time_point start,
                                                         std::size_t body) const {
    const auto extra = std::chrono::milliseconds(
        static_cast<std::int64_t>(body * 1000 / std::max<std::size_t>(1, m_limits.bodyBytesPerSecond)));
    return start + m_limits.requestTimeout + extra;
}

bool RequestReader::fill(Clock::time_point until) {
    char chunk[64 * 1024];
    for (;;) {
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(until - Clock::now());
        if (m_ended || left.count() <= 0) return false;
        pollfd p{m_socket, POLLIN, 0};
        const int r = ::poll(&p, 1, static_cast<int>(std::min<std::int64_t>(left.count(), 60000)));
        if (r == 0) continue; // the loop head decides whether time is up
        if (r < 0) {
            if (errno == EINTR) continue;
            m_ended = true;
            return false;
        }
        const ssize_t n = ::recv(m_socket, chunk, sizeof chunk, 0);
        if (n < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)) continue;
        if (n <= 0) {
            m_ended = true;
            return false;
        }
        m_buffer.append(chunk, static_cast<std::size_t>(n));
        return true;
    }
}

ReadRequest RequestReader::next(std::chrono::milliseconds idle,
                                const std::function<bool()>& stopping) {
    const auto until = Clock::now() + idle;
    while (m_buffer.empty()) {
        if (m_ended || (stopping && stopping()) || Clock::now() >= until) return {};
        (void)fill(std::min(until, Clock::now() + std::chrono::milliseconds(100)));
    }
    return readRest(Clock::now());
}

ReadRequest RequestReader::readRest(Clock::time_point start) {
    const auto stalled = [this] {
        return m_ended ? ReadRequest{}
                       : refuse(408, "request_timeout",
                                "the request did not arrive in time; send it again");
    };
    std::size_t headEnd;
    while ((headEnd = m_buffer.find("\r\n\r\n")) == std::string::npos) {
        if (m_buffer.size() > m_limits.maxHeaderBytes)
            return refuse(431, "headers_too_large",
                          "the request line and headers are larger than 16 KiB");
        if (!fill(deadline(start, 0))) return stalled();
    }
    if (headEnd + 4 > m_limits.maxHeaderBytes)
        return refuse(431, "headers_too_large", "the request line and headers are larger than 16 KiB");
    Head head;
    if (auto refused = parseHead(std::string_view(m_buffer).substr(0, headEnd),
                                 m_limits.maxBodyBytes, head))
        return std::move(*refused);
    if (head.expectContinue && (head.chunked || head.contentLength.value_or(0) > 0)) {
        static constexpr char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";
        (void)::send(m_socket, kContinue, sizeof kContinue - 1, MSG_NOSIGNAL);
    }
    const std::size_t bodyStart = headEnd + 4;
    ReadRequest out;
    out.outcome = ReadRequest::Outcome::Complete;
    out.forwardedFor = std::move(head.forwardedFor);
    std::string body;
    std::size_t end = bodyStart;
    if (head.contentLength) {
        const std::size_t length = static_cast<std::size_t>(*head.contentLength);
        m_buffer.reserve(bodyStart + length);
        while (m_buffer.size() < bodyStart + length)
            if (!fill(deadline(start, m_buffer.size() - bodyStart))) return stalled();
        end = bodyStart + length;
        out.bytes.reserve(head.text.size() + 2 + length);
        out.bytes.append(head.text).append("\r\n").append(m_buffer, bodyStart, length);
    } else if (head.chunked) {
        std::size_t p = bodyStart;
        for (;;) {
            const auto lineEnd = m_buffer.find("\r\n", p);
            if (lineEnd == std::string::npos) {
                if (m_buffer.size() - p > 1024)
                    return refuse(400, "bad_request", "a chunk size line is too long");
                if (!fill(deadline(start, body.size()))) return stalled();
                continue;
            }
            if (lineEnd - bodyStart > 2 * m_limits.maxBodyBytes)
                return refuse(413, "payload_too_large", "the chunked body is larger than 8 MiB");
            std::string_view sizeText = std::string_view(m_buffer).substr(p, lineEnd - p);
            sizeText = trim(sizeText.substr(0, sizeText.find(';'))); // chunk extensions ignored
            std::uint64_t size = 0;
            auto [ptr, ec] =
                std::from_chars(sizeText.data(), sizeText.data() + sizeText.size(), size, 16);
            if (sizeText.empty() || ec != std::errc() || ptr != sizeText.data() + sizeText.size())
                return refuse(400, "bad_request", "a chunk size is not a hexadecimal number");
            if (size > m_limits.maxBodyBytes - body.size())
                return refuse(413, "payload_too_large", "the request body is larger than 8 MiB");
            const std::size_t dataStart = lineEnd + 2;
            if (size == 0) {
                // Trailer lines (ignored) up to an empty line.
                std::size_t trailerEnd = std::string::npos;
                while (m_buffer.compare(dataStart, 2, "\r\n") != 0 &&
                       (trailerEnd = m_buffer.find("\r\n\r\n", dataStart)) == std::string::npos) {
                    if (m_buffer.size() - dataStart > m_limits.maxHeaderBytes)
                        return refuse(431, "headers_too_large", "the chunked trailer is too large");
                    if (!fill(deadline(start, body.size()))) return stalled();
                }
                end = m_buffer.compare(dataStart, 2, "\r\n") == 0 ? dataStart + 2 : trailerEnd + 4;
                break;
            }
            while (m_buffer.size() < dataStart + size + 2)
                if (!fill(deadline(start, body.size() + (m_buffer.size() - dataStart))))
                    return stalled();
            if (m_buffer.compare(dataStart + size, 2, "\r\n") != 0)
                return refuse(400, "bad_request", "a chunk does not end where its size says");
            body.append(m_buffer, dataStart, size);
            p = dataStart + size + 2;
        }
        out.bytes.reserve(head.text.size() + 32 + body.size());
        out.bytes.append(head.text)
            .append("Content-Length: " + std::to_string(body.size()) + "\r\n\r\n")
            .append(body);
    } else {
        out.bytes.append(head.text).append("\r\n");
    }
    // Keep only what follows this request; give the memory of a large body back.
    std::string(m_buffer, end).swap(m_buffer);
    return out;
}

} // namespace nok::server::http
