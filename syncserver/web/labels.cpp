#include "web/labels.h"

#include "nok/scoring/methodology.h"

namespace nok::web {

namespace {

std::string ru(const scoring::Texts& texts) {
    auto it = texts.find("ru");
    return it == texts.end() ? std::string() : it->second;
}

} // namespace

Labels Labels::forResults(const nlohmann::json& results) {
    Labels labels;
    if (!results.contains("methodology") || !results["methodology"].is_object()) return labels;
    const auto id = results["methodology"].value("id", std::string());
    auto m = scoring::builtinMethodology(id);
    if (!m) return labels;
    auto add = [&](const std::string& key, const scoring::Texts& t) {
        if (auto name = ru(t); !name.empty()) labels.m_names[key] = name;
    };
    for (const auto& i : m->indicators)
        add("i:" + i.id, i.title);
    for (const auto& c : m->criteria)
        add("c:" + c.id, c.title);
    for (const auto& l : m->itemLists)
        add("s:" + l.id, l.name);
    for (const auto& s : m->expertSets) {
        add("s:" + s.id, s.name);
        for (const auto& item : s.items)
            add("t:" + s.id + "/" + item.id, item.name);
    }
    return labels;
}

std::string Labels::find(const std::string& key, const std::string& fallback) const {
    auto it = m_names.find(key);
    return it == m_names.end() ? fallback : it->second;
}

} // namespace nok::web
