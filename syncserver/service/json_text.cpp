#include "service/json_text.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>

namespace nok::server {

void JsonText::newline(int depth) {
    if (m_indent < 0) return;
    m_out += '\n';
    m_out.append(static_cast<std::size_t>(m_indent * depth), ' ');
}

// A value inside an array starts a new element; after a key it follows the key directly.
void JsonText::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.empty()) return; // the top-level value
    if (!m_empty.back()) m_out += ',';
    m_empty.back() = false;
    newline(m_depth);
}

void JsonText::key(std::string_view name) {
    if (!m_empty.back()) m_out += ',';
    m_empty.back() = false;
    newline(m_depth);
    appendString(name);
    m_out += m_indent < 0 ? ":" : ": ";
    m_afterKey = true;
}

void JsonText::beginObject() {
    beforeValue();
    m_out += '{';
    m_empty.push_back(true);
    ++m_depth;
}

void JsonText::endObject() {
    --m_depth;
    if (!m_empty.back()) newline(m_depth);
    m_empty.pop_back();
    m_out += '}';
}

void JsonText::beginArray() {
    beforeValue();
    m_out += '[';
    m_empty.push_back(true);
    ++m_depth;
}

void JsonText::endArray() {
    --m_depth;
    if (!m_empty.back()) newline(m_depth);
    m_empty.pop_back();
    m_out += ']';
}

void JsonText::value(std::string_view text) {
    beforeValue();
    appendString(text);
}

void JsonText::value(double number) {
    beforeValue();
    if (!std::isfinite(number)) {
        m_out += "null";
        return;
    }
    // nlohmann's own shortest-form formatting ("90.0", "1e-05"), as dump() writes it.
    char buf[64];
    char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, number);
    m_out.append(buf, end);
}

void JsonText::value(std::int64_t number) {
    beforeValue();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, number);
    m_out.append(buf, r.ptr);
}

void JsonText::value(bool flag) {
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonText::null() {
    beforeValue();
    m_out += "null";
}

// dump()'s escaping with ensure_ascii off: quote, backslash and control characters; UTF-8 as is.
// Runs of plain bytes are appended at once: the results repeat long Russian texts per organisation.
void JsonText::appendString(std::string_view text) {
    static const char* const kHex = "0123456789abcdef";
    m_out += '"';
    std::size_t plain = 0; // start of the current run of bytes copied as they are
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        m_out.append(text.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\b': m_out += "\\b"; break;
        case '\f': m_out += "\\f"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        default:
            m_out += "\\u00";
            m_out += kHex[c >> 4];
            m_out += kHex[c & 0xF];
        }
    }
    m_out.append(text.data() + plain, text.size() - plain);
    m_out += '"';
}

} // namespace nok::server
