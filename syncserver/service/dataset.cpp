#include "service/dataset.h"

namespace nok::server {

std::string SourcePlace::baseOf(bool csv, std::size_t number) {
    return csv ? "line " + std::to_string(number) : "responses[" + std::to_string(number) + "]";
}

std::string SourcePlace::field(std::string_view key) const {
    return csv ? base + ", column " + std::string(key) : base + "." + std::string(key);
}

std::string SourcePlace::answer(std::string_view questionId) const {
    return csv ? base + ", column " + std::string(questionId)
               : base + ".answers." + std::string(questionId);
}

void Problems::add(std::string code, std::string message, std::string field) {
    add(makeError(std::move(code), std::move(message), std::move(field)));
}

void Problems::add(Error error) {
    if (!full()) m_errors.push_back(std::move(error));
}

} // namespace nok::server
