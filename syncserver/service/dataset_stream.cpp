#include "service/dataset_stream.h"

#include <utility>

namespace nok::server {

// nlohmann's own DOM builder (what json::parse uses), so an element built here is the same
// value json::parse would give: same numbers, same rule for a repeated key.
struct DatasetSplitter::Builder {
    json value;
    nlohmann::detail::json_sax_dom_parser<json> dom{value, false};
};

DatasetSplitter::DatasetSplitter(DatasetStreamHandler handler) : m_handler(std::move(handler)) {}

DatasetSplitter::~DatasetSplitter() = default;

void DatasetSplitter::beginValue() {
    if (m_builder || !m_topIsObject) return;
    if (m_depth == 1) {
        m_builder = std::make_unique<Builder>();
        m_target = Target::Head;
    } else if (m_depth == 2 && m_inResponses && m_target == Target::Response) {
        m_builder = std::make_unique<Builder>();
    }
}

void DatasetSplitter::endValue() {
    if (!m_builder || m_depth != (m_inResponses ? 2u : 1u)) return;
    json value = std::move(m_builder->value);
    m_builder.reset();
    if (m_inResponses) {
        if (m_handler.response) m_handler.response(m_responseIndex, std::move(value));
        ++m_responseIndex;
    } else {
        m_target = Target::None;
        if (m_handler.headValue) m_handler.headValue(m_key, std::move(value));
    }
}

template <typename F> bool DatasetSplitter::forward(bool container, F event) {
    beginValue();
    if (m_builder) event(m_builder->dom);
    if (container) ++m_depth;
    else endValue();
    return true;
}

// Every event also goes to the duplicate-key tracker (all of the document, skipped responses too).
bool DatasetSplitter::null() {
    m_keys.scalar();
    return forward(false, [](auto& d) { d.null(); });
}
bool DatasetSplitter::boolean(bool v) {
    m_keys.scalar();
    return forward(false, [&](auto& d) { d.boolean(v); });
}
bool DatasetSplitter::number_integer(json::number_integer_t v) {
    m_keys.scalar();
    return forward(false, [&](auto& d) { d.number_integer(v); });
}
bool DatasetSplitter::number_unsigned(json::number_unsigned_t v) {
    m_keys.scalar();
    return forward(false, [&](auto& d) { d.number_unsigned(v); });
}
bool DatasetSplitter::number_float(json::number_float_t v, const json::string_t& text) {
    m_keys.scalar();
    return forward(false, [&](auto& d) { d.number_float(v, text); });
}
bool DatasetSplitter::string(json::string_t& v) {
    m_keys.scalar();
    return forward(false, [&](auto& d) { d.string(v); });
}
bool DatasetSplitter::binary(json::binary_t& v) {
    m_keys.scalar();
    return forward(false, [&](auto& d) { d.binary(v); });
}

bool DatasetSplitter::start_object(std::size_t elements) {
    m_keys.startObject();
    if (m_depth == 0) {
        m_topIsObject = true;
        m_depth = 1;
        return true;
    }
    return forward(true, [&](auto& d) { d.start_object(elements); });
}

bool DatasetSplitter::start_array(std::size_t elements) {
    m_keys.startArray();
    if (m_depth == 1 && m_topIsObject && m_key == "responses") {
        m_inResponses = true;
        m_responseIndex = 0;
        const bool receive = m_handler.responsesBegin && m_handler.responsesBegin();
        m_target = receive ? Target::Response : Target::Skip;
        m_depth = 2;
        return true;
    }
    return forward(true, [&](auto& d) { d.start_array(elements); });
}

bool DatasetSplitter::key(json::string_t& v) {
    m_keys.key(v);
    if (m_depth == 1 && m_topIsObject && !m_builder) {
        m_key = v;
        return true;
    }
    if (m_builder) m_builder->dom.key(v);
    return true;
}

bool DatasetSplitter::end_object() {
    m_keys.endContainer();
    --m_depth;
    if (m_builder) m_builder->dom.end_object();
    endValue();
    return true;
}

bool DatasetSplitter::end_array() {
    m_keys.endContainer();
    if (m_inResponses && m_depth == 2 && !m_builder) { // the "responses" array itself ends
        m_inResponses = false;
        m_target = Target::None;
        m_depth = 1;
        return true;
    }
    --m_depth;
    if (m_builder) m_builder->dom.end_array();
    endValue();
    return true;
}

bool DatasetSplitter::parse_error(std::size_t position, const std::string&,
                                  const nlohmann::detail::exception& error) {
    m_error = DatasetSyntaxError{position, error.what()};
    return false;
}

} // namespace nok::server
