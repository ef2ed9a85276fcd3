#include "web/invitation_page.h"

#include "web/survey_page.h"

namespace nok::web {

namespace {
const char* inviteText(const Display& d, const char* ru, const char* en) {
    return d.lang == "en" ? en : ru;
}
} // namespace

std::string invitationErrorText(const Display& d, const std::string& code) {
    if (code == "invitation_required")
        return inviteText(d, "Для этой анкеты нужен код приглашения. Введите код из приглашения.",
                 "This survey needs an invitation code. Enter the code from your invitation.");
    if (code == "invitation_malformed")
        return inviteText(d,
                 "Код приглашения состоит из 12 букв и цифр, например K7QD-M2XP-9F4H. Проверьте, "
                 "что он введён полностью.",
                 "An invitation code has 12 letters and digits, e.g. K7QD-M2XP-9F4H. Please check "
                 "that you typed all of it.");
    if (code == "invitation_used")
        return inviteText(d,
                 "Этот код приглашения уже использован: по одному коду анкету можно заполнить "
                 "только один раз.",
                 "This invitation code was already used: each code can be used only once.");
    if (code == "invitation_other_org")
        return inviteText(d,
                 "Этот код выдан для анкеты другой организации. Откройте адрес, напечатанный "
                 "в Вашем приглашении.",
                 "This code was issued for another organisation's survey. Open the address "
                 "printed on your invitation.");
    if (code == "invitation_rate_limited")
        return inviteText(d,
                 "С этого адреса введено слишком много неверных кодов. Попробуйте позже.",
                 "Too many wrong codes were entered from this address. Please try later.");
    return inviteText(d, "Такого кода приглашения нет. Проверьте, что код введён без ошибок.",
             "There is no such invitation code. Please check that you typed it correctly.");
}

std::string renderInvitationPage(const InvitationGate& g) {
    const Display& d = g.display;
    const std::string action = surveyFormAction(g.campaignId, g.orgId);
    std::string m = "<h1>" + escape(g.orgName) + "</h1>\n<p class=\"lead\">" +
                    escape(g.campaignTitle) + "</p>\n<p>" +
                    inviteText(d,
                      "Анкета этой организации заполняется по приглашению. Введите код, "
                      "напечатанный в Вашем приглашении. Код не связывается с Вашими ответами: "
                      "сервер хранит только отметку, что код использован.",
                      "This organisation's survey is answered by invitation. Enter the code "
                      "printed on your invitation. The code is never linked to your answers: the "
                      "server keeps only a mark that the code was used.") +
                    "</p>\n";
    if (!g.error.empty())
        m += "<div class=\"error-summary\" id=\"error-summary\" role=\"alert\" tabindex=\"-1\">\n"
             "<p><a href=\"#in-code\">" +
             escape(g.error) + "</a></p>\n</div>\n";
    m += "<form method=\"get\" action=\"" + escape(action) + "\" novalidate>\n";
    if (d.lang == "en") m += "<input type=\"hidden\" name=\"lang\" value=\"en\">\n";
    if (d.highContrast) m += "<input type=\"hidden\" name=\"contrast\" value=\"high\">\n";
    if (d.largeText) m += "<input type=\"hidden\" name=\"size\" value=\"large\">\n";
    m += "<div class=\"question" + std::string(g.error.empty() ? "" : " has-error") +
         "\" id=\"q-code\">\n<label class=\"question-label\" for=\"in-code\">" +
         inviteText(d, "Код приглашения", "Invitation code") +
         "</label>\n<p class=\"hint\" id=\"hint-code\">" +
         inviteText(d, "Например: K7QD-M2XP-9F4H. Можно вводить без дефисов.",
           "For example: K7QD-M2XP-9F4H. Dashes may be left out.") +
         "</p>\n";
    if (!g.error.empty())
        m += "<p class=\"error\" id=\"err-code\">" + escape(g.error) + "</p>\n";
    m += "<input type=\"text\" id=\"in-code\" name=\"code\" autocomplete=\"off\" "
         "autocapitalize=\"characters\" spellcheck=\"false\" maxlength=\"64\" value=\"" +
         escape(g.code) + "\" aria-describedby=\"hint-code" +
         (g.error.empty() ? "" : " err-code\" aria-invalid=\"true") + "\">\n</div>\n";
    m += "<p><button type=\"submit\" class=\"primary\">" +
         std::string(inviteText(d, "Открыть анкету", "Open the survey")) + "</button></p>\n</form>\n";
    return renderPage(PageFrame{d, std::string(inviteText(d, "Код приглашения", "Invitation code")) +
                                       " — " + g.orgName,
                                displaySwitches(d, action)},
                      m);
}

} // namespace nok::web
