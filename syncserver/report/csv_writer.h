// The CSV writer behind every table nok writes for spreadsheets (results, plans): UTF-8 with a
// BOM and CRLF line ends, RFC 4180 quoting (a field with the separator, a quote, a line break or
// edge spaces is quoted, quotes doubled); `excel-ru` uses semicolons and decimal commas as Excel
// expects in a Russian locale.
#pragma once

#include "report/format.h"
#include "report/results_csv.h"

#include "nok/format/ru_number.h"

#include <nlohmann/json.hpp>

#include <string>

namespace nok::server::report {

class CsvWriter {
  public:
    explicit CsvWriter(CsvDialect d) : m_sep(d == CsvDialect::ExcelRu ? ';' : ','), m_dialect(d) {}

    void text(const std::string& s) {
        start();
        const bool quote = s.find_first_of(std::string("\"\r\n") + m_sep) != std::string::npos ||
                           (!s.empty() && (s.front() == ' ' || s.back() == ' '));
        if (!quote) {
            m_out += s;
            return;
        }
        m_out += '"';
        for (char c : s) {
            if (c == '"') m_out += '"';
            m_out += c;
        }
        m_out += '"';
    }
    // Standard: the exact value, for programs. Russian Excel: two decimals with a comma,
    // rounded as the dashboard and the report round (so the figures match what the council
    // reads on the pages).
    void number(const nlohmann::json& v) {
        start();
        if (v.is_number_integer())
            m_out += std::to_string(v.get<std::int64_t>());
        else if (v.is_number())
            m_out += m_dialect == CsvDialect::ExcelRu ? nok::format::ruDecimal(v.get<double>(), 2)
                                                      : exactNumber(v.get<double>());
    }
    void endRow() {
        m_out += "\r\n";
        m_first = true;
    }
    [[nodiscard]] std::string take() { return std::move(m_out); }

  private:
    void start() {
        if (!m_first) m_out += m_sep;
        m_first = false;
    }
    char m_sep;
    CsvDialect m_dialect;
    bool m_first = true;
    std::string m_out = "\xEF\xBB\xBF";
};

} // namespace nok::server::report
