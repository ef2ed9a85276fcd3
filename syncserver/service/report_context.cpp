#include "service/report_context.h"

namespace nok::server {

namespace {
std::string lookup(const std::map<std::string, std::string>& m, const std::string& key,
                   const std::string& fallback) {
    auto it = m.find(key);
    return it == m.end() ? fallback : it->second;
}
} // namespace

std::string ReportLabels::criterion(const std::string& id) const {
    return lookup(criteria, id, id);
}
std::string ReportLabels::indicator(const std::string& id) const {
    return lookup(indicators, id, id);
}
std::string ReportLabels::set(const std::string& id) const {
    return lookup(sets, id, id);
}
std::string ReportLabels::item(const std::string& s, const std::string& id) const {
    return lookup(items, s + "/" + id, id);
}
std::string ReportLabels::question(const std::string& id) const {
    return lookup(questions, id, id);
}

} // namespace nok::server
