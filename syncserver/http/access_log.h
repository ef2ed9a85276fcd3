// Structured log lines on stderr, one JSON object a line: time, level, event and fields. Request
// lines carry method, path, status and duration only: never a client address, never a payload
// or an answer. A mutex keeps lines from different workers whole.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace nok::server::http {

void setLoggingEnabled(bool enabled);
void logEvent(const std::string& level, const std::string& event,
              nlohmann::json fields = nlohmann::json::object());

} // namespace nok::server::http
