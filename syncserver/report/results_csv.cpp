#include "report/results_csv.h"

#include "report/csv_writer.h"

#include "report/format.h"
#include "report/phrases.h"

#include "nok/format/ru_number.h"

#include <algorithm>
#include <set>
#include <vector>

namespace nok::server::report {

using nlohmann::json;

namespace {

// "1.10" after "1.9": compare the dot-separated parts as numbers when they are numbers.
bool naturalLess(const std::string& a, const std::string& b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (std::isdigit(static_cast<unsigned char>(a[i])) &&
            std::isdigit(static_cast<unsigned char>(b[j]))) {
            std::size_t i2 = i, j2 = j;
            while (i2 < a.size() && std::isdigit(static_cast<unsigned char>(a[i2])))
                ++i2;
            while (j2 < b.size() && std::isdigit(static_cast<unsigned char>(b[j2])))
                ++j2;
            const auto na = std::stoll(a.substr(i, i2 - i)), nb = std::stoll(b.substr(j, j2 - j));
            if (na != nb) return na < nb;
            i = i2;
            j = j2;
        } else {
            if (a[i] != b[j]) return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

std::vector<std::string> keysOf(const json& orgs, const char* field) {
    std::set<std::string> keys;
    for (const auto& o : orgs)
        if (o.contains(field) && o[field].is_object())
            for (const auto& [k, v] : o[field].items()) {
                (void)v;
                keys.insert(k);
            }
    std::vector<std::string> out(keys.begin(), keys.end());
    std::sort(out.begin(), out.end(), naturalLess);
    return out;
}


const json& field(const json& o, const char* key) {
    static const json null;
    if (!o.is_object()) return null;
    auto it = o.find(key);
    return it == o.end() ? null : *it;
}

} // namespace

std::optional<CsvDialect> parseCsvDialect(std::string_view name) {
    if (name == "standard") return CsvDialect::Standard;
    if (name == "excel-ru") return CsvDialect::ExcelRu;
    return std::nullopt;
}

std::string renderResultsCsv(const json& results, CsvDialect dialect) {
    const json& orgs = field(results, "organizations");
    const json emptyList = json::array();
    const json& list = orgs.is_array() ? orgs : emptyList;
    const auto indicators = keysOf(list, "indicators");
    const auto criteria = keysOf(list, "criteria");
    CsvWriter w(dialect);
    const bool ru = dialect == CsvDialect::ExcelRu;
    if (ru) {
        for (const char* h : {"Код", "Организация", "Категория", "Респондентов"})
            w.text(h);
    } else {
        for (const char* h : {"id", "name", "category", "respondents"})
            w.text(h);
    }
    for (const auto& i : indicators)
        w.text(ru ? "Показатель " + i : i);
    for (const auto& c : criteria)
        w.text(ru ? "Критерий " + c : c);
    if (ru) {
        for (const char* h : {"Итог", "Место в регионе", "Место в категории", "Почему нет итога"})
            w.text(h);
    } else {
        for (const char* h : {"total", "rank", "rank_in_category", "reason"})
            w.text(h);
    }
    w.endRow();
    for (const auto& o : list) {
        w.text(textOf(o, "id"));
        w.text(textOf(o, "name"));
        w.text(textOf(o, "category"));
        w.number(field(o, "respondents"));
        for (const auto& i : indicators)
            w.number(field(field(o, "indicators"), i.c_str()));
        for (const auto& c : criteria)
            w.number(field(field(o, "criteria"), c.c_str()));
        w.number(field(o, "total"));
        w.number(field(o, "rank"));
        w.number(field(o, "rank_in_category"));
        w.text(ru ? reasonText(textOf(o, "reason")) : textOf(o, "reason"));
        w.endRow();
    }
    return w.take();
}

} // namespace nok::server::report
