#include "report/phrases.h"

#include "report/format.h"

#include "nok/format/ru_number.h"

namespace nok::server::report {

using nlohmann::json;

namespace {

std::string countOf(const json& w, const char* key) {
    return w.is_object() && w.contains(key) ? displayCount(w[key]) : "—";
}

std::string criteriaOf(const json& w) {
    std::string list;
    if (w.is_object() && w.contains("criteria") && w["criteria"].is_array())
        for (const auto& c : w["criteria"])
            if (c.is_string()) list += (list.empty() ? "" : ", ") + c.get<std::string>();
    return list;
}

// "50", not "50,00": a threshold is a rule, not a measured figure.
std::string thresholdOf(const json& w) {
    const json t = w.is_object() ? w.value("threshold", json(kRiskThreshold)) : json(kRiskThreshold);
    return t.is_number() ? nok::format::ruDecimalTrimmed(t.get<double>()) : "50";
}

std::string codeOf(const json& w) {
    if (w.is_string()) return w.get<std::string>();
    return w.is_object() && w.contains("code") && w["code"].is_string() ? w["code"].get<std::string>()
                                                                        : std::string();
}

} // namespace

std::string reasonText(const std::string& code) {
    if (code == "no_expert_record") return "нет результатов экспертной проверки";
    if (code == "no_complete_responses") return "нет ни одной заполненной анкеты";
    if (code == "criterion_not_measurable") return "один из критериев невозможно рассчитать";
    if (code.empty()) return {};
    return "итог не рассчитан по иной причине";
}

std::string warningText(const json& w) {
    const std::string code = codeOf(w);
    if (code == "sample_below_minimum")
        return "Недостаточная выборка: заполнено анкет — " + countOf(w, "actual") +
               ", требуется не менее " + countOf(w, "required") +
               " (40% получателей услуг, но не более 600). Результат носит предварительный "
               "характер.";
    if (code == "criterion_below_50")
        return "Значение критериев " + criteriaOf(w) + " ниже " + thresholdOf(w) + " баллов.";
    if (code == "all_criteria_below_50")
        return "Индикатор риска: значения всех критериев ниже " + thresholdOf(w) +
               " баллов (Приказ Минтруда России № 566н).";
    return "Предупреждение к результатам организации (подробности в выгрузке JSON).";
}

std::string warningBrief(const json& w) {
    const std::string code = codeOf(w);
    if (code == "sample_below_minimum")
        return "малая выборка: " + countOf(w, "actual") + " из " + countOf(w, "required") + " анкет";
    if (code == "criterion_below_50")
        return "ниже " + thresholdOf(w) + " баллов: " + criteriaOf(w);
    if (code == "all_criteria_below_50")
        return "все критерии ниже " + thresholdOf(w) + " баллов (566н)";
    return "есть предупреждение";
}

std::string expertFieldName(const std::string& key) {
    if (key == "waiting_time_points") return "Баллы за время ожидания (показатель 2.2)";
    if (key == "org") return "Организация";
    return {};
}

} // namespace nok::server::report
