#include "nok/json_duplicate_keys.h"

namespace nok {

void DuplicateKeyTracker::startObject() {
    m_frames.push_back(Frame{true, {}, {}, 0});
}

void DuplicateKeyTracker::startArray() {
    m_frames.push_back(Frame{false, {}, {}, 0});
}

void DuplicateKeyTracker::key(std::string_view name) {
    if (m_frames.empty() || !m_frames.back().object) return;
    Frame& top = m_frames.back();
    top.key = std::string(name);
    if (!m_outermostToo && m_frames.size() == 1) return;
    if (!top.keys.insert(top.key).second && !m_duplicate) m_duplicate = path();
}

void DuplicateKeyTracker::endContainer() {
    if (!m_frames.empty()) m_frames.pop_back();
    valueDone();
}

void DuplicateKeyTracker::scalar() {
    valueDone();
}

void DuplicateKeyTracker::valueDone() {
    if (!m_frames.empty() && !m_frames.back().object) ++m_frames.back().index;
}

std::string DuplicateKeyTracker::path() const {
    std::string out;
    for (const auto& f : m_frames) {
        if (f.object) out += (out.empty() ? "" : ".") + f.key;
        else out += "[" + std::to_string(f.index) + "]";
    }
    return out;
}

CheckedJson parseTrackingDuplicates(std::string_view bytes) {
    using json = nlohmann::json;
    DuplicateKeyTracker tracker;
    // The callback sees every structure event of the one parse; returning true keeps every value.
    const json::parser_callback_t callback = [&](int, json::parse_event_t event, json& parsed) {
        switch (event) {
        case json::parse_event_t::object_start: tracker.startObject(); break;
        case json::parse_event_t::array_start: tracker.startArray(); break;
        case json::parse_event_t::key: tracker.key(parsed.get_ref<const std::string&>()); break;
        case json::parse_event_t::object_end:
        case json::parse_event_t::array_end: tracker.endContainer(); break;
        case json::parse_event_t::value: tracker.scalar(); break;
        }
        return true;
    };
    CheckedJson out;
    out.value = json::parse(bytes.begin(), bytes.end(), callback, /*allow_exceptions=*/false);
    out.duplicateKey = tracker.duplicate();
    return out;
}

} // namespace nok
