// A minimal streaming JSON text writer that produces exactly the bytes nlohmann::json::dump()
// produces (same string escaping with ensure_ascii off, same number formatting, same
// pretty-printing layout), without building a JSON tree. Used to write the results of thousands
// of organisations quickly; a test pins byte equality with the engine's toJson().dump().
// Keys must be given in the order dump() uses (sorted), which the caller guarantees.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nok::server {

class JsonText {
  public:
    // indent < 0: compact. depth: the nesting level the first value is written at.
    JsonText(std::string& out, int indent, int depth)
        : m_out(out), m_indent(indent), m_depth(depth) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name); // inside an object, before its value

    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(double number);
    void value(std::int64_t number);
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void value(bool flag);
    void null();
    template <typename T> void value(const std::optional<T>& v) {
        if (v)
            value(*v);
        else
            null();
    }

  private:
    void beforeValue();
    void newline(int depth);
    void appendString(std::string_view text);

    std::string& m_out;
    int m_indent;
    int m_depth;
    std::vector<bool> m_empty; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace nok::server
