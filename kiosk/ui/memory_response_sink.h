// MemoryResponseSink: the stand-in sink of --demo (until KioskBackend is wired in) and of the
// tests. It validates like the backend (core validator), keeps what it got in memory only and,
// when given a log file, appends one JSON line per response so a test driving the real program
// (the AT-SPI script) can observe exactly which answers were submitted.
#pragma once

#include "response_sink.h"

#include <nlohmann/json.hpp>

#include "nok/survey/questionnaire.h"

#include <QString>

#include <functional>
#include <vector>

namespace nok::kiosk {

class MemoryResponseSink : public ResponseSink {
public:
    explicit MemoryResponseSink(const survey::Questionnaire& questionnaire, QString logFile = {});

    [[nodiscard]] Result<QString> submit(const nlohmann::json& answers, const QString& org,
                                         const QString& channel) override;

    [[nodiscard]] const std::vector<nlohmann::json>& received() const { return m_received; }
    void clear() { m_received.clear(); }
    // Makes the next submit() fail with this error (tests of the error path; `code` as the
    // storage layer names it, e.g. "disk_full").
    void failNextWith(const QString& message, const QString& code = QStringLiteral("store_failed")) {
        m_failNext = message;
        m_failNextCode = code;
    }
    // Called after each stored response (the demo and tests count interviews with it, as the
    // backend does in the outbox transaction).
    void setOnStored(std::function<void(const QString& org, const QString& channel)> onStored) {
        m_onStored = std::move(onStored);
    }

private:
    const survey::Questionnaire& m_questionnaire;
    QString m_logFile;
    QString m_failNext;
    QString m_failNextCode;
    std::vector<nlohmann::json> m_received;
    std::function<void(const QString&, const QString&)> m_onStored;
};

} // namespace nok::kiosk
