#include "service/dataset_import.h"

#include "nok/survey/questionnaire.h"
#include "service/dataset_json.h"
#include "service/import_run.h"
#include "service/response_reader.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <set>

namespace nok::server {

using nlohmann::json;

namespace {

constexpr std::size_t kReadBuffer = 1 << 20;

bool isHeadKey(const std::string& key) {
    return key == "format" || key == "campaign" || key == "organizations" || key == "expert";
}

ImportOutcome refused(Error e) {
    ImportOutcome out;
    out.errors.push_back(std::move(e));
    return out;
}

// One import of one JSON dataset: the handler of the splitter's events across both passes.
class JsonImport {
  public:
    JsonImport(sqlite::Database& db, const ImportOptions& options)
        : m_options(options), m_run(db, m_problems) {}

    ImportOutcome run(const DatasetInput& input);

  private:
    void headValue(const std::string& key, json value);
    bool responsesBegin();
    void response(std::size_t index, const json& element);
    void prepareHead();
    [[nodiscard]] std::optional<ImportOutcome> parse(const DatasetInput& input,
                                                     DatasetStreamHandler handler);

    const ImportOptions& m_options;
    Problems m_problems;
    ImportRun m_run;
    json m_head = json::object();
    std::set<std::string> m_keys;
    bool m_streamed = false;  // the responses were read in the first pass
    bool m_deferred = false;  // they were skipped: a second pass reads them
    std::optional<Dataset> m_dataset;
    std::optional<survey::Questionnaire> m_questionnaire;
    std::optional<Error> m_fatal; // a storage failure or a wrong --campaign: the only error shown
};

void JsonImport::headValue(const std::string& key, json value) {
    if (!m_keys.insert(key).second) {
        m_problems.add("duplicate_field", "appears more than once in the dataset", key);
        return;
    }
    if (key == "responses") {
        m_problems.add("invalid_value", "must be an array", "responses");
        return;
    }
    if (m_streamed) { // after the responses: only expert records may still come
        if (key == "expert" && m_dataset) readExpertBlock(value, *m_dataset, m_problems);
        else if (!isHeadKey(key))
            m_problems.add("unknown_field", "is not a field of nok-dataset/1", key);
        return;
    }
    m_head[key] = isHeadKey(key) ? std::move(value) : json(); // unknown: reported by the head check
}

bool JsonImport::responsesBegin() {
    if (!m_keys.insert("responses").second) {
        m_problems.add("duplicate_field", "appears more than once in the dataset", "responses");
        return false;
    }
    if (!m_head.contains("format") || !m_head.contains("campaign") ||
        !m_head.contains("organizations")) {
        m_deferred = true;
        return false;
    }
    m_streamed = true;
    prepareHead();
    return m_dataset && !m_fatal;
}

void JsonImport::prepareHead() {
    m_dataset = readDatasetHead(m_head, m_problems);
    m_head = json::object();
    if (!m_dataset) return;
    if (m_options.campaign && *m_options.campaign != m_dataset->campaignId) {
        m_fatal = makeError("invalid_argument",
                            "the dataset is for campaign '" + m_dataset->campaignId + "'",
                            "--campaign");
        return;
    }
    auto q = survey::builtinQuestionnaire(m_dataset->questionnaire);
    if (!q) {
        m_fatal = q.error();
        return;
    }
    m_questionnaire = std::move(*q);
    if (auto st = m_run.begin(*m_dataset); !st) m_fatal = st.error();
}

void JsonImport::response(std::size_t index, const json& element) {
    if (m_fatal || m_problems.full() || !m_questionnaire) return;
    std::vector<ResponseEntry> one;
    readResponse(element, SourcePlace{SourcePlace::baseOf(false, index), false, index},
                 *m_questionnaire, m_problems, one, m_options.today);
    if (one.empty()) return;
    if (auto st = m_run.add(one.front()); !st) m_fatal = st.error();
}

std::optional<ImportOutcome> JsonImport::parse(const DatasetInput& input,
                                               DatasetStreamHandler handler) {
    DatasetSplitter splitter(std::move(handler));
    if (auto st = input.parse(splitter); !st) return refused(st.error());
    if (const auto& e = splitter.syntaxError()) {
        // nlohmann reports the byte just past the problem; at the end of input that means the
        // file stops in the middle of a value.
        auto size = input.size();
        if (!size) return refused(size.error());
        if (e->byte >= *size)
            return refused(makeError("truncated_json",
                                     "the JSON ends too early (the file is truncated or "
                                     "incomplete)",
                                     input.position(*size)));
        return refused(makeError("invalid_json", "not valid JSON: " + e->message,
                                 input.position(e->byte > 0 ? e->byte - 1 : 0)));
    }
    if (const auto& path = splitter.duplicateKey())
        return refused(makeError("duplicate_key",
                                 "appears twice in one object; the dataset would have two "
                                 "readings (another JSON reader may keep the other value)",
                                 *path));
    if (!splitter.topLevelIsObject())
        return refused(makeError("invalid_dataset",
                                 "must be a JSON object with \"format\": \"nok-dataset/1\"", ""));
    return std::nullopt;
}

ImportOutcome JsonImport::run(const DatasetInput& input) {
    auto blank = input.blank();
    if (!blank) return refused(blank.error());
    if (*blank)
        return refused(makeError("empty_file",
                                 "the file is empty; expected a nok-dataset/1 JSON object", ""));
    DatasetStreamHandler first;
    first.headValue = [this](const std::string& k, json v) { headValue(k, std::move(v)); };
    first.responsesBegin = [this] { return responsesBegin(); };
    first.response = [this](std::size_t i, json e) { response(i, e); };
    if (auto refusal = parse(input, first)) return *refusal;
    if (m_fatal) return refused(*m_fatal);
    if (!m_streamed) {
        prepareHead();
        if (m_fatal) return refused(*m_fatal);
        if (m_deferred && m_dataset) {
            DatasetStreamHandler second;
            second.responsesBegin = [this, once = true]() mutable {
                return std::exchange(once, false);
            };
            second.response = first.response;
            if (auto refusal = parse(input, second)) return *refusal;
            if (m_fatal) return refused(*m_fatal);
        }
    }
    if (!m_dataset) return {m_problems.take(), {}};
    ImportReport report;
    if (auto st = m_run.finish(report); !st) return refused(st.error());
    if (!m_problems.empty()) return {m_problems.take(), {}};
    return {{}, report};
}

Result<std::size_t> fileSize(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return makeError("io", "cannot read the file", path);
    return static_cast<std::size_t>(size);
}

bool blankText(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace

DatasetInput textDatasetInput(std::string_view text) {
    DatasetInput in;
    in.blank = [text]() -> Result<bool> { return blankText(text); };
    in.size = [text]() -> Result<std::size_t> { return text.size(); };
    in.parse = [text](DatasetSplitter& splitter) -> Status {
        json::sax_parse(text.begin(), text.end(), &splitter);
        return {};
    };
    in.position = [text](std::size_t offset) { return textPosition(text, offset); };
    return in;
}

DatasetInput fileDatasetInput(const std::string& path) {
    DatasetInput in;
    in.blank = [path]() -> Result<bool> {
        std::ifstream file(path, std::ios::binary);
        if (!file) return makeError("io", "cannot open the file", path);
        std::string chunk(kReadBuffer, '\0');
        while (file) {
            file.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
            if (!blankText(std::string_view(chunk.data(), static_cast<std::size_t>(file.gcount()))))
                return false;
        }
        if (file.bad()) return makeError("io", "cannot read the file", path);
        return true;
    };
    in.size = [path] { return fileSize(path); };
    in.parse = [path](DatasetSplitter& splitter) -> Status {
        std::vector<char> buffer(kReadBuffer);
        std::ifstream file;
        file.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        file.open(path, std::ios::binary);
        if (!file) return makeError("io", "cannot open the file", path);
        json::sax_parse(file, &splitter);
        if (file.bad()) return makeError("io", "cannot read the file", path);
        return {};
    };
    in.position = [path](std::size_t offset) {
        std::ifstream file(path, std::ios::binary);
        return streamPosition(file, offset);
    };
    return in;
}

ImportOutcome importDatasetJson(sqlite::Database& db, const DatasetInput& input,
                                const ImportOptions& options) {
    JsonImport run(db, options);
    return run.run(input);
}

} // namespace nok::server
