// The expert check section of an organisation's page: the newest device check's items (name,
// present or absent, note, who checked, when) and its evidence photos as hashes, links or
// embedded images. Every text from data is escaped; a data: URI is built by the service from
// stored bytes whose type was checked on upload (JPEG or PNG only).
#include "report/format.h"
#include "report/html_sections.h"

namespace nok::server::report::html {

namespace {

void evidenceCell(HtmlOut& out, const ExpertItemView& item, const ReportOrganization& org,
                  const ReportContext& context) {
    for (const auto& sha : item.evidence) {
        const std::string hash = escapeHtml(sha);
        if (context.evidence == EvidenceMode::Inline) {
            auto it = org.evidenceDataUris.find(sha);
            if (it != org.evidenceDataUris.end()) {
                out += "<img class=\"evidence\" alt=\"" + hash + "\" src=\"" + escapeHtml(it->second) + "\">";
                continue;
            }
            out += "<div class=\"muted\">" + hash + " (файл не получен)</div>";
        } else if (context.evidence == EvidenceMode::Links) {
            out += "<div><a href=\"" + escapeHtml(context.evidenceUrlPrefix) + hash + "\">" + hash + "</a></div>";
        } else {
            out += "<div class=\"hash\">" + hash + "</div>";
        }
    }
}

} // namespace

void expertCheckSection(HtmlOut& out, const ReportOrganization& org, const ReportContext& context) {
    out += "<h3>Экспертная проверка</h3>\n";
    if (!org.check) {
        out += "<p class=\"muted\">Проверок с планшета эксперта нет.</p>\n";
        return;
    }
    const ExpertCheckView& c = *org.check;
    int present = 0;
    for (const auto& item : c.items)
        present += item.present ? 1 : 0;
    out += "<p>Проверка с планшета эксперта (версия записи " + std::to_string(c.version) +
           "): эксперт " + escapeHtml(c.operatorName) + ", " + escapeHtml(c.recordedAt) +
           ", получена " + escapeHtml(c.receivedDay) + ". Есть " + std::to_string(present) +
           " из " + std::to_string(c.items.size()) + " пунктов, нет " +
           std::to_string(c.items.size() - static_cast<std::size_t>(present)) + ".</p>\n";
    if (c.newestVersion > c.version)
        out += "<p class=\"warning\">В расчёте используется более новая версия записи эксперта (версия " +
               std::to_string(c.newestVersion) + ").</p>\n";
    out += "<table class=\"expert-check\">\n<thead><tr><th>Пункт</th><th>Наличие</th><th>Примечание</th>"
           "<th>Проверил</th><th>Время</th><th>Фото</th></tr></thead>\n<tbody>\n";
    for (const auto& item : c.items) {
        out += "<tr><td>" + escapeHtml(item.name) + "</td><td>" + (item.present ? "есть" : "нет") + "</td><td>" +
               escapeHtml(item.note) + "</td><td>" + escapeHtml(item.operatorName) + "</td><td>" +
               escapeHtml(item.checkedAt) + "</td><td>";
        evidenceCell(out, item, org, context);
        out += "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
}

} // namespace nok::server::report::html
