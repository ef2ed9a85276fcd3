#include "report/invitation_sheet.h"

#include "report/format.h"

#include <cstdio>

namespace nok::server::report {

namespace {

constexpr char kStyle[] = R"(@page { size: A4; margin: 10mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "PT Sans", "DejaVu Sans", sans-serif; color: #000; }
header { margin: 0 0 4mm; font-size: 9pt; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 0; }
.card { border: 1px dashed #555; padding: 5mm; height: 54mm; break-inside: avoid;
        page-break-inside: avoid; display: flex; flex-direction: column; gap: 1.5mm; }
.org { font-weight: bold; font-size: 11pt; }
.campaign, .how { font-size: 9pt; }
.url { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; overflow-wrap: anywhere; }
.code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 20pt;
        font-weight: bold; letter-spacing: 1mm; margin-top: auto; }
@media screen { body { max-width: 190mm; margin: 10mm auto; } }
)";

std::string segment(std::string_view text) {
    std::string out;
    for (unsigned char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '.' || c == '_' || c == '~') {
            out.push_back(static_cast<char>(c));
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

} // namespace

std::string surveyAddress(std::string_view baseUrl, std::string_view campaign,
                          std::string_view org) {
    std::string base(baseUrl);
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    return base + "/survey/" + segment(campaign) + "/" + segment(org);
}

std::string renderInvitationSheet(const InvitationSheet& s) {
    const std::string org = escapeHtml(s.orgName);
    const std::string campaign = escapeHtml(s.campaignTitle);
    const std::string url = escapeHtml(s.surveyUrl);
    std::string h = "<!doctype html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<title>Приглашения — " +
                    org + "</title>\n<style>\n" + kStyle + "</style>\n</head>\n<body>\n<header>" +
                    "Приглашения к анкете: " + org + ". Партия " + escapeHtml(s.batch) + " от " +
                    escapeHtml(s.createdDay) + ", кодов: " + std::to_string(s.codes.size()) +
                    ". Разрежьте лист по пунктиру и раздайте карточки, не записывая, кому "
                    "досталась какая.</header>\n<main class=\"cards\">\n";
    for (const auto& code : s.codes) {
        h += "<section class=\"card\">\n<div class=\"org\">" + org +
             "</div>\n<div class=\"campaign\">" + campaign +
             "</div>\n<div class=\"how\">Приглашаем Вас оценить качество услуг организации. "
             "Откройте анкету по адресу и введите код. Анкета анонимная, код можно "
             "использовать один раз.</div>\n<div class=\"url\">" +
             url + "</div>\n<div class=\"code\">" + escapeHtml(code) + "</div>\n</section>\n";
    }
    h += "</main>\n</body>\n</html>\n";
    return h;
}

} // namespace nok::server::report
