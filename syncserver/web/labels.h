// Human names (Russian) for the ids the results carry: indicators ("1.3"), criteria ("K1"),
// expert item lists and sets ("distance_methods") and their items ("phone"), taken from the
// methodology definition named in the results (methodology.id), and survey questions
// ("remote_polite") from the campaign's questionnaire. Criteria fall back to the five names of
// 442-FZ art. 23.1, expert record fields and codes to report/phrases.h; other ids without a
// name show the id itself.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace nok::web {

class Labels {
  public:
    [[nodiscard]] static Labels forResults(const nlohmann::json& results,
                                           const std::string& questionnaire = "social-675n/1");

    [[nodiscard]] std::string indicator(const std::string& id) const;
    [[nodiscard]] std::string criterion(const std::string& id) const;
    // An item list or set of the expert record, or another field of it ("waiting_time_points").
    [[nodiscard]] std::string set(const std::string& id) const;
    [[nodiscard]] std::string question(const std::string& id) const { return find("q:" + id, id); }
    [[nodiscard]] std::string item(const std::string& set, const std::string& id) const {
        return find("t:" + set + "/" + id, id);
    }
    // The item ids of an expert set in the methodology's order (empty for an unknown set).
    [[nodiscard]] std::vector<std::string> itemsOf(const std::string& set) const;

  private:
    [[nodiscard]] std::string find(const std::string& key, const std::string& fallback) const;
    std::map<std::string, std::string> m_names;
    std::map<std::string, std::vector<std::string>> m_setItems;
};

} // namespace nok::web
