// Human names (Russian) for the ids the results carry: indicators ("1.3"), criteria ("K1"),
// expert item lists and sets ("distance_methods") and their items ("phone"), taken from the
// methodology definition named in the results (methodology.id). Ids without a name, or results
// of a methodology the server does not ship, show the id itself.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace nok::web {

class Labels {
  public:
    [[nodiscard]] static Labels forResults(const nlohmann::json& results);

    [[nodiscard]] std::string indicator(const std::string& id) const { return find("i:" + id, id); }
    [[nodiscard]] std::string criterion(const std::string& id) const { return find("c:" + id, id); }
    [[nodiscard]] std::string set(const std::string& id) const { return find("s:" + id, id); }
    [[nodiscard]] std::string item(const std::string& set, const std::string& id) const {
        return find("t:" + set + "/" + id, id);
    }

  private:
    [[nodiscard]] std::string find(const std::string& key, const std::string& fallback) const;
    std::map<std::string, std::string> m_names;
};

} // namespace nok::web
