#include "memory_response_sink.h"

#include "nok/survey/answer_validator.h"

#include <QFile>
#include <QUuid>

namespace nok::kiosk {

MemoryResponseSink::MemoryResponseSink(const survey::Questionnaire& questionnaire, QString logFile)
    : m_questionnaire(questionnaire), m_logFile(std::move(logFile)) {}

Result<QString> MemoryResponseSink::submit(const nlohmann::json& answers, const QString& org,
                                           const QString& channel) {
    if (!m_failNext.isEmpty()) {
        const auto message = m_failNext.toStdString();
        m_failNext.clear();
        return makeError(m_failNextCode.toStdString(), message);
    }
    // Same rule as the backend: only complete, valid answer sets are stored.
    if (auto status = survey::checkAnswers(m_questionnaire, answers); !status) return status.error();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    nlohmann::json record = {{"id", id.toStdString()},
                             {"org", org.toStdString()},
                             {"channel", channel.toStdString()},
                             {"answers", answers}};
    if (!m_logFile.isEmpty()) {
        QFile file(m_logFile);
        if (!file.open(QIODevice::Append | QIODevice::Text))
            return makeError("store_failed", "cannot append to " + m_logFile.toStdString() + ": " +
                                                 file.errorString().toStdString());
        const auto line = record.dump() + "\n";
        if (file.write(line.data(), static_cast<qint64>(line.size())) !=
                static_cast<qint64>(line.size()) ||
            !file.flush())
            return makeError("store_failed", "cannot write " + m_logFile.toStdString());
    }
    m_received.push_back(std::move(record));
    if (m_onStored) m_onStored(org, channel);
    return id;
}

} // namespace nok::kiosk
