// Finds a key repeated inside one JSON object, at any depth. nlohmann's parser keeps the last of
// two equal keys without a word, while another JSON reader may keep the first: a signed payload
// or a dataset with a repeated key has two readings, so it is refused instead of guessed at.
// The tracker is fed the structure events of a parse (a parser callback or a SAX handler) and
// remembers the path of the first repeated key, e.g. "answers.age" or "responses[3].id".
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace nok {

class DuplicateKeyTracker {
  public:
    // `outermostToo` false: keys of the outermost object are not checked (a caller that reports
    // those itself, with its own wording).
    explicit DuplicateKeyTracker(bool outermostToo = true) : m_outermostToo(outermostToo) {}
    void startObject();
    void startArray();
    void key(std::string_view name);
    void endContainer(); // end of an object or an array
    void scalar();       // a complete value that is not a container

    // The path of the first key seen twice in one object (nullopt: none so far).
    [[nodiscard]] const std::optional<std::string>& duplicate() const { return m_duplicate; }

  private:
    struct Frame {
        bool object = false;
        std::set<std::string, std::less<>> keys;
        std::string key;       // the current key (objects)
        std::size_t index = 0; // the current element (arrays)
    };
    void valueDone();
    [[nodiscard]] std::string path() const;
    bool m_outermostToo = true;
    std::vector<Frame> m_frames;
    std::optional<std::string> m_duplicate;
};

// Parses `bytes` with nlohmann's parser, tracking repeated keys on the way: the document (or a
// discarded value on a syntax error) and the path of the first repeated key, if any.
struct CheckedJson {
    nlohmann::json value;
    std::optional<std::string> duplicateKey;
};
[[nodiscard]] CheckedJson parseTrackingDuplicates(std::string_view bytes);

} // namespace nok
