// Splits a nok-dataset/1 document as the JSON parser reads it (nlohmann's SAX interface), so a
// dataset of a million responses is never one JSON tree: each top-level value but "responses"
// is handed over whole (they are small: campaign, organisations, expert records), and the
// "responses" array one element at a time, each as its own small JSON value, released after the
// handler returns. When the responses begin, the handler decides whether to receive them or have
// them skipped (a file that lists its campaign after its responses is read twice: the head
// first, then the responses). A syntax error stops the parse with the parser's byte offset and
// message, exactly as json::parse would report them. A key repeated inside any object below the
// top level is remembered with its path (duplicateKey), for the import to refuse the file.
#pragma once

#include "nok/json_duplicate_keys.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace nok::server {

struct DatasetStreamHandler {
    // A complete top-level value other than the "responses" array (including a "responses"
    // value that is not an array).
    std::function<void(const std::string& key, nlohmann::json value)> headValue;
    // The "responses" array begins: true to receive its elements, false to skip them.
    std::function<bool()> responsesBegin;
    // One element of "responses", with its index.
    std::function<void(std::size_t index, nlohmann::json element)> response;
};

struct DatasetSyntaxError {
    std::size_t byte = 0; // the parser's position (bytes read when it failed)
    std::string message;  // the parser's message
};

// The SAX handler; feed it to nlohmann::json::sax_parse.
class DatasetSplitter {
  public:
    using json = nlohmann::json;
    explicit DatasetSplitter(DatasetStreamHandler handler);
    ~DatasetSplitter();

    [[nodiscard]] bool topLevelIsObject() const { return m_topIsObject; }
    [[nodiscard]] const std::optional<DatasetSyntaxError>& syntaxError() const { return m_error; }
    // The path of the first key repeated inside one object below the top level, which a DOM
    // would silently read as its last value (top-level keys are the handler's to check).
    [[nodiscard]] const std::optional<std::string>& duplicateKey() const {
        return m_keys.duplicate();
    }

    bool null();
    bool boolean(bool value);
    bool number_integer(json::number_integer_t value);
    bool number_unsigned(json::number_unsigned_t value);
    bool number_float(json::number_float_t value, const json::string_t& text);
    bool string(json::string_t& value);
    bool binary(json::binary_t& value);
    bool start_object(std::size_t elements);
    bool key(json::string_t& value);
    bool end_object();
    bool start_array(std::size_t elements);
    bool end_array();
    bool parse_error(std::size_t position, const std::string& lastToken,
                     const nlohmann::detail::exception& error);

  private:
    struct Builder;
    enum class Target { None, Head, Response, Skip };
    // Called before every value event: starts a builder when a top-level value or a received
    // response starts.
    void beginValue();
    // Called after every value event: hands over a value that is now complete.
    void endValue();
    template <typename F> bool forward(bool container, F event);

    DatasetStreamHandler m_handler;
    std::unique_ptr<Builder> m_builder;
    Target m_target = Target::None;
    std::size_t m_depth = 0; // open containers
    bool m_topIsObject = false;
    bool m_inResponses = false; // inside the streamed (or skipped) "responses" array
    std::size_t m_responseIndex = 0;
    std::string m_key; // the current top-level key
    std::optional<DatasetSyntaxError> m_error;
    DuplicateKeyTracker m_keys{false};
};

} // namespace nok::server
