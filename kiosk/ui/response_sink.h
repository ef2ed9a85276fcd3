// ResponseSink: where a finished, complete answer set goes when the respondent presses
// «Отправить». The screens never know what is behind it: in the product it is KioskBackend
// (sign, seal, commit to the durable outbox before returning); in --demo and in the tests it is an
// in-memory sink. submit() returns the response id only once the answers are safely stored, so
// the thank-you screen is shown only for an answer that will not be lost.
#pragma once

#include "nok/result.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

namespace nok::kiosk {

class ResponseSink {
public:
    virtual ~ResponseSink() = default;
    [[nodiscard]] virtual Result<QString> submit(const nlohmann::json& answers, const QString& org,
                                                 const QString& channel) = 0;
};

} // namespace nok::kiosk
