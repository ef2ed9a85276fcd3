#include "slowloris.h"

#include <algorithm>
#include <memory>

namespace nok::kiosk::test {

using Clock = std::chrono::steady_clock;

Slowloris::Slowloris(int port, int connections, std::vector<std::string> sources,
                     std::chrono::milliseconds lineEvery)
    : m_port(port), m_target(connections), m_sources(std::move(sources)), m_lineEvery(lineEvery) {}

Slowloris::~Slowloris() {
    (void)stop();
}

void Slowloris::start() {
    m_thread = std::thread([this] { run(); });
}

void Slowloris::stopReopening() {
    m_reopen = false;
}

SlowlorisFigures Slowloris::stop() {
    m_stop = true;
    if (m_thread.joinable()) m_thread.join();
    return m_figures;
}

void Slowloris::run() {
    struct Live {
        std::unique_ptr<TlsConnection> connection;
        Clock::time_point opened, lastLine;
        int lines = 0;
    };
    std::vector<Live> live;
    auto held = [](const Live& l, Clock::time_point now) {
        return std::chrono::duration<double>(now - l.opened).count();
    };
    int next = 0;
    while (!m_stop) {
        while (m_reopen && !m_stop && static_cast<int>(live.size()) < m_target) {
            const auto opened = Clock::now();
            auto c = TlsConnection::open(m_ctx, m_sources[next++ % m_sources.size()], m_port);
            if (!c || !c->send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")) {
                ++m_figures.failedOpens;
                break; // try again on the next round
            }
            ++m_figures.opened;
            live.push_back({std::move(c), opened, Clock::now()});
            m_openNow = static_cast<int>(live.size());
        }
        const auto now = Clock::now();
        for (auto it = live.begin(); it != live.end();) {
            bool dropped = it->connection->peerClosed();
            if (!dropped && now - it->lastLine >= m_lineEvery) {
                dropped =
                    !it->connection->send("X-Slow-" + std::to_string(++it->lines) + ": 1\r\n");
                it->lastLine = now;
            }
            if (dropped) {
                ++m_figures.dropped;
                m_figures.longestHeldS = std::max(m_figures.longestHeldS, held(*it, now));
                it = live.erase(it);
            } else {
                ++it;
            }
        }
        m_openNow = static_cast<int>(live.size());
        m_figures.mostOpenAtOnce = std::max(m_figures.mostOpenAtOnce, m_openNow.load());
        std::this_thread::sleep_for(std::chrono::milliseconds(50)); // pacing the attack
    }
    const auto now = Clock::now();
    m_figures.stillOpen = static_cast<int>(live.size());
    for (const auto& l : live)
        m_figures.longestHeldS = std::max(m_figures.longestHeldS, held(l, now));
    m_openNow = 0;
}

} // namespace nok::kiosk::test
