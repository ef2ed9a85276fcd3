// A slowloris attacker over TLS, on its own thread: it keeps `connections` sockets open from a
// set of source addresses, each with a request started ("GET /healthz HTTP/1.1" and a Host line)
// and one more header line every `lineEvery`, never the blank line that ends the headers. A
// connection the server drops is replaced while reopening is on, as a real attacker would; after
// stopReopening() the rest are only watched until dropped. The figures say how many were opened
// and dropped and the longest any was held.
#pragma once

#include "tls_probe.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace nok::kiosk::test {

struct SlowlorisFigures {
    int opened = 0;          // TLS handshakes completed and a request started
    int failedOpens = 0;     // connections refused or handshakes failed
    int dropped = 0;         // closed or reset by the server while still dribbling
    int stillOpen = 0;       // open when stop() came
    double longestHeldS = 0; // the longest any connection stayed open, dropped or not
    int mostOpenAtOnce = 0;
};

class Slowloris {
  public:
    Slowloris(int port, int connections, std::vector<std::string> sources,
              std::chrono::milliseconds lineEvery);
    ~Slowloris();
    void start();
    void stopReopening();
    [[nodiscard]] int openNow() const { return m_openNow; }
    // Closes what is still open and returns the figures.
    SlowlorisFigures stop();

  private:
    void run();
    int m_port;
    int m_target;
    std::vector<std::string> m_sources;
    std::chrono::milliseconds m_lineEvery;
    TlsClientContext m_ctx;
    std::thread m_thread;
    std::atomic<bool> m_stop{false}, m_reopen{true};
    std::atomic<int> m_openNow{0};
    SlowlorisFigures m_figures; // written by the thread, read after join
};

} // namespace nok::kiosk::test
