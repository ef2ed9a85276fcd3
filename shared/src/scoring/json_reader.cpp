// Typed JSON readers for definition files (see json_reader.h).
#include "json_reader.h"

#include <cmath>
#include <set>

namespace nok::scoring::reader {

Error invalid(std::string message, std::string field) {
    return makeError("invalid_methodology", std::move(message), std::move(field));
}

std::string join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
}

std::string at(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

// Small typed readers: each returns the value or an Error naming the path.
Result<const json*> member(const json& obj, const std::string& key, const std::string& path) {
    auto it = obj.find(key);
    if (it == obj.end()) return invalid("is required", join(path, key));
    return &*it;
}

Result<std::string> text(const json& obj, const std::string& key, const std::string& path) {
    auto m = member(obj, key, path);
    if (!m) return m.error();
    if (!(*m)->is_string() || (*m)->get_ref<const std::string&>().empty())
        return invalid("must be a non-empty string", join(path, key));
    return (*m)->get<std::string>();
}

Result<double> number(const json& obj, const std::string& key, const std::string& path, double min,
                      double max) {
    auto m = member(obj, key, path);
    if (!m) return m.error();
    if (!(*m)->is_number()) return invalid("must be a number", join(path, key));
    double v = (*m)->get<double>();
    if (!std::isfinite(v) || v < min || v > max)
        return invalid("must be a number from " + json(min).dump() + " to " + json(max).dump(),
                       join(path, key));
    return v;
}

// Texts need Russian (the default language) and English (reports are bilingual).
Result<Texts> texts(const json& obj, const std::string& key, const std::string& path) {
    auto m = member(obj, key, path);
    if (!m) return m.error();
    const std::string p = join(path, key);
    if (!(*m)->is_object()) return invalid("must be an object of language → text", p);
    Texts out;
    for (auto it = (*m)->begin(); it != (*m)->end(); ++it) {
        if (!it.value().is_string() || it.value().get_ref<const std::string&>().empty())
            return invalid("must be a non-empty string", join(p, it.key()));
        out[it.key()] = it.value().get<std::string>();
    }
    for (const char* lang : {"ru", "en"})
        if (!out.count(lang)) return invalid("is required", join(p, lang));
    return out;
}

Result<const json*> array(const json& obj, const std::string& key, const std::string& path,
                          bool nonEmpty) {
    auto m = member(obj, key, path);
    if (!m) return m.error();
    if (!(*m)->is_array()) return invalid("must be an array", join(path, key));
    if (nonEmpty && (*m)->empty()) return invalid("must not be empty", join(path, key));
    return *m;
}

Result<std::vector<std::string>> strings(const json& obj, const std::string& key,
                                         const std::string& path) {
    auto a = array(obj, key, path);
    if (!a) return a.error();
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < (*a)->size(); ++i) {
        const json& v = (**a)[i];
        const std::string p = at(join(path, key), i);
        if (!v.is_string() || v.get_ref<const std::string&>().empty())
            return invalid("must be a non-empty string", p);
        if (!seen.insert(v.get<std::string>()).second) return invalid("is listed twice", p);
        out.push_back(v.get<std::string>());
    }
    return out;
}

} // namespace nok::scoring::reader
