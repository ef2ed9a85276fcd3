// Result<T>: a value or an Error (machine code, human message, field path). Every layer of nok
// returns these across its boundary; exceptions are caught at the edges (CLI main, HTTP error
// handler, QML-facing models) and turned into Errors there. The field path uses JSON-path-like
// notation (`responses[17].answers.age`) or a CSV position (`line 4, column age`), so a user can
// find the offending input.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace nok {

struct Error {
    std::string code;    // snake_case, stable: clients and tests match on it
    std::string message; // for people; says what was wrong
    std::string field;   // where: a JSON path, a CSV line/column, a CLI option; empty if none

    [[nodiscard]] std::string describe() const {
        return field.empty() ? message : field + ": " + message;
    }
    // Prefixes the field path, e.g. "answers.age" under "responses[3]" → "responses[3].answers.age".
    [[nodiscard]] Error under(const std::string& prefix) const {
        Error e = *this;
        if (prefix.empty()) return e;
        if (e.field.empty()) e.field = prefix;
        else if (e.field.front() == '[') e.field = prefix + e.field;
        else e.field = prefix + "." + e.field;
        return e;
    }
};

inline Error makeError(std::string code, std::string message, std::string field = {}) {
    return Error{std::move(code), std::move(message), std::move(field)};
}

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() & { assert(ok()); return std::get<0>(m_v); }
    [[nodiscard]] const T& value() const& { assert(ok()); return std::get<0>(m_v); }
    [[nodiscard]] T&& value() && { assert(ok()); return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    [[nodiscard]] const Error& error() const { assert(!ok()); return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { assert(m_failed); return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace nok
