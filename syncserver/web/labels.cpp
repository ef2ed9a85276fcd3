#include "web/labels.h"

#include "nok/scoring/methodology.h"
#include "nok/survey/questionnaire.h"
#include "report/phrases.h"

namespace nok::web {

namespace {

std::string ru(const scoring::Texts& texts) {
    auto it = texts.find("ru");
    return it == texts.end() ? std::string() : it->second;
}

// The criteria of 442-FZ art. 23.1, for results whose methodology the server does not ship.
const std::map<std::string, std::string> kCriterionNames = {
    {"K1", "Открытость и доступность информации"},
    {"K2", "Комфортность условий"},
    {"K3", "Доступность услуг для инвалидов"},
    {"K4", "Доброжелательность, вежливость работников"},
    {"K5", "Удовлетворённость условиями оказания услуг"},
};

// The indicators of Приказ Минтруда 344н, likewise.
const std::map<std::string, std::string> kIndicatorNames = {
    {"1.1", "Информация на стендах и сайте соответствует требованиям"},
    {"1.2", "Дистанционные способы взаимодействия"},
    {"1.3", "Удовлетворённость открытостью информации"},
    {"2.1", "Комфортные условия"},
    {"2.2", "Своевременность предоставления услуги"},
    {"2.3", "Удовлетворённость комфортностью условий"},
    {"3.1", "Оборудование помещений и территории для инвалидов"},
    {"3.2", "Условия, позволяющие инвалидам получать услуги"},
    {"3.3", "Удовлетворённость доступностью для инвалидов"},
    {"4.1", "Вежливость работников первичного контакта"},
    {"4.2", "Вежливость работников, оказывающих услуги"},
    {"4.3", "Вежливость при дистанционном взаимодействии"},
    {"5.1", "Готовность рекомендовать организацию"},
    {"5.2", "Удовлетворённость организационными условиями"},
    {"5.3", "Удовлетворённость условиями в целом"},
};

} // namespace

Labels Labels::forResults(const nlohmann::json& results, const std::string& questionnaire) {
    Labels labels;
    if (auto q = survey::builtinQuestionnaire(questionnaire))
        for (const auto& question : q->questions)
            if (auto text = question.textIn("ru"); !text.empty())
                labels.m_names["q:" + question.id] = text;
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
        for (const auto& item : s.items) {
            add("t:" + s.id + "/" + item.id, item.name);
            labels.m_setItems[s.id].push_back(item.id);
        }
    }
    return labels;
}

std::string Labels::indicator(const std::string& id) const {
    if (auto it = m_names.find("i:" + id); it != m_names.end()) return it->second;
    auto known = kIndicatorNames.find(id);
    return known == kIndicatorNames.end() ? id : known->second;
}

std::string Labels::criterion(const std::string& id) const {
    if (auto it = m_names.find("c:" + id); it != m_names.end()) return it->second;
    auto known = kCriterionNames.find(id);
    return known == kCriterionNames.end() ? id : known->second;
}

std::string Labels::set(const std::string& id) const {
    if (auto it = m_names.find("s:" + id); it != m_names.end()) return it->second;
    auto field = server::report::expertFieldName(id);
    return field.empty() ? id : field;
}

std::vector<std::string> Labels::itemsOf(const std::string& set) const {
    auto it = m_setItems.find(set);
    return it == m_setItems.end() ? std::vector<std::string>() : it->second;
}

std::string Labels::find(const std::string& key, const std::string& fallback) const {
    auto it = m_names.find(key);
    return it == m_names.end() ? fallback : it->second;
}

} // namespace nok::web
