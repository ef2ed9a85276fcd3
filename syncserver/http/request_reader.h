// Reads one whole HTTP/1.1 request off a connection before any worker logic sees it, under
// limits that hold whatever the client does: the request line and headers within 16 KiB (431),
// a body within the cap whether sized or chunked (413), no Content-Encoding (415, a small
// compressed body could inflate without bound), and a deadline for the whole request rather
// than per read: 10 s from its first byte, plus one second for every 16 KiB of body received,
// so a weak 3G link can still upload a batch while a client dribbling a byte a second is cut
// off (408). A chunked body is passed on decoded, with a Content-Length, so everything after
// this sees one plain body; bytes after the request (pipelining) are kept for the next one.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

namespace nok::server::http {

struct RequestLimits {
    std::size_t maxHeaderBytes = 16 * 1024;
    std::size_t maxBodyBytes = 8 * 1024 * 1024;
    std::chrono::milliseconds requestTimeout{10000}; // from the first byte of the request
    std::size_t bodyBytesPerSecond = 16 * 1024;      // each such amount received adds a second
};

struct ReadRequest {
    enum class Outcome { Complete, Refused, Closed };
    Outcome outcome = Outcome::Closed;
    std::string bytes;        // Complete: request line, headers and body as httplib reads them
    std::string forwardedFor; // Complete: the X-Forwarded-For values, comma-joined, in order
    int status = 0;           // Refused: 400, 408, 413, 415 or 431
    std::string code, message;
};

class RequestReader {
  public:
    RequestReader(int socket, RequestLimits limits) : m_socket(socket), m_limits(limits) {}
    // Waits up to `idle` for a request to begin (`stopping` is polled meanwhile), then reads it.
    [[nodiscard]] ReadRequest next(std::chrono::milliseconds idle,
                                   const std::function<bool()>& stopping);

  private:
    using Clock = std::chrono::steady_clock;
    // Appends what arrives before `deadline`; false on timeout, end of stream or error.
    bool fill(Clock::time_point deadline);
    [[nodiscard]] ReadRequest readRest(Clock::time_point start);
    [[nodiscard]] Clock::time_point deadline(Clock::time_point start, std::size_t body) const;

    int m_socket;
    RequestLimits m_limits;
    std::string m_buffer;
    bool m_ended = false; // the peer closed its side
};

} // namespace nok::server::http
