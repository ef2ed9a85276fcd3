#include "http/access_log.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>

namespace nok::server::http {

namespace {
std::atomic<bool> g_enabled{true};
std::mutex g_mutex;
} // namespace

void setLoggingEnabled(bool enabled) {
    g_enabled = enabled;
}

void logEvent(const std::string& level, const std::string& event, nlohmann::json fields) {
    if (!g_enabled) return;
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    nlohmann::json line = {
        {"ts", std::chrono::duration_cast<std::chrono::milliseconds>(now).count() / 1000.0},
        {"level", level},
        {"event", event}};
    if (fields.is_object()) line.update(fields);
    const std::string text =
        line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    std::lock_guard lock(g_mutex);
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

} // namespace nok::server::http
