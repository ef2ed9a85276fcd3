#include "web/survey_page.h"

#include "web/survey_form.h"

namespace nok::web {

namespace {

using survey::Question;
using survey::QuestionType;

const char* L(const Display& d, const char* ru, const char* en) {
    return d.lang == "en" ? en : ru;
}

std::string pageTextIn(const survey::Texts& texts, const std::string& lang) {
    if (auto it = texts.find(lang); it != texts.end()) return it->second;
    if (auto it = texts.find("ru"); it != texts.end()) return it->second;
    return {};
}

// Sections follow the five criteria of 442-FZ art. 23.1: a question's section is the criterion
// its "feeds" indicator belongs to; questions feeding nothing form the last, optional section.
int sectionOf(const Question& q) {
    return !q.feeds.empty() && q.feeds[0] >= '1' && q.feeds[0] <= '5' ? q.feeds[0] - '0' : 6;
}

std::string sectionTitle(const Display& d, int section) {
    switch (section) {
    case 1:
        return L(d, "Информация об организации", "Information about the organisation");
    case 2:
        return L(d, "Комфортность условий", "Comfort of the conditions");
    case 3:
        return L(d, "Доступность для людей с инвалидностью", "Accessibility for disabled people");
    case 4:
        return L(d, "Доброжелательность и вежливость работников",
                 "Friendliness and politeness of staff");
    case 5:
        return L(d, "Удовлетворённость условиями", "Satisfaction with the conditions");
    default:
        return L(d, "О Вас (по желанию)", "About you (optional)");
    }
}

std::string answerString(const nlohmann::json& answers, const std::string& id) {
    auto it = answers.find(id);
    if (it == answers.end()) return {};
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<long long>());
    return {};
}

std::string radio(const std::string& name, const std::string& value, const std::string& label,
                  bool checked, const std::string& describedBy) {
    std::string h = "<label class=\"option\"><input type=\"radio\" name=\"" + escape(name) +
                    "\" value=\"" + escape(value) + "\"";
    if (checked) h += " checked";
    if (!describedBy.empty()) h += " aria-describedby=\"" + describedBy + "\"";
    h += "> <span>" + escape(label) + "</span></label>\n";
    return h;
}

std::string questionHtml(const SurveyForm& f, const Question& q, int number) {
    const Display& d = f.display;
    const std::string id = escape(q.id);
    const auto err = f.errors.find(q.id);
    const bool hasError = err != f.errors.end();
    const std::string value = hasError ? std::string() : answerString(f.answers, q.id);

    std::string describedBy;
    std::string notes;
    if (auto hint = pageTextIn(q.hint, d.lang); !hint.empty()) {
        notes += "<p class=\"hint\" id=\"hint-" + id + "\">" + escape(hint) + "</p>\n";
        describedBy += "hint-" + id;
    }
    if (auto cond = skipConditionOf(*f.questionnaire, q.id)) {
        const Question& c = f.questionnaire->questions[static_cast<std::size_t>(cond->number - 1)];
        const std::string label =
            answerLabel(c, cond->showWhen.empty() ? cond->skipWhen : cond->showWhen, d.lang);
        std::string text = cond->showWhen.empty()
                               ? std::string(L(d, "Пропустите, если на вопрос ",
                                               "Skip if you answered question ")) +
                                     std::to_string(cond->number) +
                                     L(d, " Вы ответили «", " with \"") + label + L(d, "».", "\".")
                               : std::string(L(d, "Ответьте, только если на вопрос ",
                                               "Answer only if you answered question ")) +
                                     std::to_string(cond->number) +
                                     L(d, " Вы ответили «", " with \"") + label + L(d, "».", "\".");
        notes += "<p class=\"condition\" id=\"cond-" + id + "\">" + escape(text) + "</p>\n";
        describedBy += (describedBy.empty() ? "" : " ") + std::string("cond-") + id;
    }
    if (hasError) {
        notes += "<p class=\"error\" id=\"err-" + id + "\"><span class=\"visually-hidden\">" +
                 L(d, "Ошибка: ", "Error: ") + "</span>" + escape(err->second) + "</p>\n";
        describedBy += (describedBy.empty() ? "" : " ") + std::string("err-") + id;
    }
    const std::string text = escape(pageTextIn(q.text, d.lang));
    const std::string optional = q.optional ? std::string(" <span class=\"optional\">") +
                                                  L(d, "(необязательно)", "(optional)") + "</span>"
                                            : std::string();
    std::string h = "<div class=\"question" + std::string(hasError ? " has-error" : "") +
                    "\" id=\"q-" + id + "\" data-qid=\"" + id + "\"";
    if (q.skip)
        h += " data-skip-when=\"" + escape(q.skip->when) + "\" data-skip-to=\"" +
             escape(q.skip->to) + "\"";
    h += ">\n";
    const std::string num = "<span class=\"qnum\">" + std::to_string(number) + ".</span> ";

    if (q.type == QuestionType::YesNo || q.type == QuestionType::Choice) {
        h += "<fieldset" + std::string(hasError ? " aria-invalid=\"true\"" : "") + ">\n<legend>" +
             num + text + optional + "</legend>\n" + notes + "<div class=\"options\">\n";
        if (q.type == QuestionType::YesNo) {
            h += radio(q.id, "yes", answerLabel(q, "yes", d.lang), value == "yes", describedBy);
            h += radio(q.id, "no", answerLabel(q, "no", d.lang), value == "no", describedBy);
        } else {
            for (const auto& o : q.options)
                h += radio(q.id, o.value, pageTextIn(o.label, d.lang), value == o.value, describedBy);
            // Without JavaScript a chosen radio cannot be cleared; this keeps "no answer" possible.
            if (q.optional)
                h += radio(q.id, "", L(d, "Не указывать", "Prefer not to say"), value.empty(),
                           describedBy);
        }
        h += "</div>\n</fieldset>\n";
    } else {
        const std::string inputId = "in-" + id;
        h += "<label class=\"question-label\" for=\"" + inputId + "\">" + num + text + optional +
             "</label>\n" + notes;
        const std::string aria =
            (describedBy.empty() ? std::string() : " aria-describedby=\"" + describedBy + "\"") +
            (hasError ? " aria-invalid=\"true\"" : "");
        if (q.type == QuestionType::Integer) {
            h += "<input class=\"number\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" "
                 "id=\"" +
                 inputId + "\" name=\"" + id + "\" value=\"" + escape(value) + "\"" + aria + ">\n";
        } else {
            h += "<textarea id=\"" + inputId + "\" name=\"" + id + "\" rows=\"5\" maxlength=\"" +
                 std::to_string(q.maxLength.value_or(2000)) + "\"" + aria + ">" + escape(value) +
                 "</textarea>\n";
        }
    }
    h += "</div>\n";
    return h;
}

} // namespace

std::string displayQuery(const Display& d, const std::string& key, const std::string& value) {
    std::string lang = d.lang, contrast = d.highContrast ? "high" : "",
                size = d.largeText ? "large" : "";
    if (key == "lang") lang = value;
    if (key == "contrast") contrast = value;
    if (key == "size") size = value;
    std::string q;
    auto add = [&](const char* k, const std::string& v) {
        if (v.empty()) return;
        q += (q.empty() ? "?" : "&");
        q += std::string(k) + "=" + urlSegment(v);
    };
    if (lang == "en") add("lang", lang);
    add("contrast", contrast == "high" ? contrast : "");
    add("size", size == "large" ? size : "");
    return q;
}

std::string displaySwitches(const Display& d, const std::string& path) {
    const std::string p = escape(path);
    std::string h = "<nav class=\"switches\" aria-label=\"" +
                    std::string(L(d, "Настройки показа", "Display settings")) + "\"><ul>\n";
    h += d.lang == "en" ? "<li><a href=\"" + p + escape(displayQuery(d, "lang", "ru")) +
                              "\" lang=\"ru\">Русский</a></li>\n"
                        : "<li><a href=\"" + p + escape(displayQuery(d, "lang", "en")) +
                              "\" lang=\"en\">English</a></li>\n";
    h += "<li><a href=\"" + p + escape(displayQuery(d, "contrast", d.highContrast ? "" : "high")) +
         "\">" +
         (d.highContrast ? L(d, "Обычные цвета", "Normal colours")
                         : L(d, "Высокая контрастность", "High contrast")) +
         "</a></li>\n";
    h += "<li><a href=\"" + p + escape(displayQuery(d, "size", d.largeText ? "" : "large")) +
         "\">" +
         (d.largeText ? L(d, "Обычный шрифт", "Normal text")
                      : L(d, "Крупный шрифт", "Larger text")) +
         "</a></li>\n";
    h += "</ul></nav>\n";
    return h;
}

std::string surveyFormAction(const std::string& campaignId, const std::string& orgId) {
    return "/survey/" + urlSegment(campaignId) + "/" + urlSegment(orgId);
}

std::string renderSurveyPage(const SurveyForm& f) {
    const Display& d = f.display;
    const std::string action = surveyFormAction(f.campaignId, f.orgId);
    std::string m;
    // A short heading, the organisation, and the rest (the official title, the campaign, the
    // anonymity note) in one line that opens: on a 390 px phone at the largest text the first
    // question is then on the first screen (the official title alone is seven lines there).
    m += "<h1>" + std::string(L(d, "Анкета для получателей услуг", "Questionnaire for service users")) +
         "</h1>\n";
    m += "<p class=\"org\">" + std::string(L(d, "Организация: ", "Organisation: ")) + "<strong>" +
         escape(f.orgName) + "</strong></p>\n";
    m += "<details class=\"about\"><summary>" +
         std::string(L(d, "Анкета анонимная. Подробнее", "The survey is anonymous. More")) +
         "</summary>\n<p class=\"doc-title\">" +
         escape(pageTextIn(f.questionnaire->title, d.lang)) + "</p>\n<p class=\"campaign\">" +
         escape(f.campaignTitle) + "</p>\n<p class=\"note\">" +
         std::string(L(d,
                       "Анкета анонимная: мы не спрашиваем имя и не сохраняем адрес, с которого "
                       "она отправлена. "
                       "Вопросы без пометки «необязательно» требуют ответа.",
                       "The survey is anonymous: we do not ask your name and do not store the "
                       "address it was sent "
                       "from. Questions not marked \"optional\" need an answer.")) +
         "</p>\n</details>\n";
    if (!f.errors.empty()) {
        m += "<div class=\"error-summary\" id=\"error-summary\" role=\"alert\" "
             "tabindex=\"-1\">\n<h2>" +
             std::string(L(d, "Проверьте ответы", "Please check your answers")) + "</h2>\n<ul>\n";
        if (auto inv = f.errors.find("invitation"); inv != f.errors.end())
            m += "<li><a href=\"#q-invitation\">" + escape(inv->second) + "</a></li>\n";
        for (std::size_t i = 0; i < f.questionnaire->questions.size(); ++i) {
            const auto& q = f.questionnaire->questions[i];
            if (auto e = f.errors.find(q.id); e != f.errors.end())
                m += "<li><a href=\"#q-" + escape(q.id) + "\">" +
                     std::string(L(d, "Вопрос ", "Question ")) + std::to_string(i + 1) + ": " +
                     escape(e->second) + "</a></li>\n";
        }
        m += "</ul>\n</div>\n";
    }
    m += "<form method=\"post\" action=\"" + escape(action + displayQuery(d)) + "\" novalidate>\n";
    m += "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(f.csrfToken) + "\">\n";
    if (f.invitationRequired) {
        const auto inv = f.errors.find("invitation");
        m += "<div class=\"question" + std::string(inv != f.errors.end() ? " has-error" : "") +
             "\" id=\"q-invitation\">\n<label class=\"question-label\" for=\"in-invitation\">" +
             L(d, "Код приглашения", "Invitation code") +
             "</label>\n<p class=\"hint\" id=\"hint-invitation\">" +
             L(d, "Код напечатан в приглашении, которое Вы получили.",
               "The code is printed on the invitation you received.") +
             "</p>\n";
        if (inv != f.errors.end())
            m += "<p class=\"error\" id=\"err-invitation\">" + escape(inv->second) + "</p>\n";
        m += "<input type=\"text\" id=\"in-invitation\" name=\"invitation\" autocomplete=\"off\" "
             "value=\"" +
             escape(f.invitation) + "\" aria-describedby=\"hint-invitation" +
             (inv != f.errors.end() ? " err-invitation\" aria-invalid=\"true" : "") +
             "\">\n</div>\n";
    }
    int section = 0;
    for (std::size_t i = 0; i < f.questionnaire->questions.size(); ++i) {
        const auto& q = f.questionnaire->questions[i];
        if (sectionOf(q) != section) {
            if (section != 0) m += "</section>\n";
            section = sectionOf(q);
            m += "<section class=\"part\" aria-labelledby=\"part-" + std::to_string(section) +
                 "\">\n<h2 id=\"part-" + std::to_string(section) + "\">" +
                 escape(sectionTitle(d, section)) + "</h2>\n";
        }
        m += questionHtml(f, q, static_cast<int>(i) + 1);
    }
    if (section != 0) m += "</section>\n";
    m += "<p><button type=\"submit\" class=\"primary\">" +
         std::string(L(d, "Отправить анкету", "Send the form")) + "</button></p>\n</form>\n";
    PageFrame frame{d, pageTextIn(f.questionnaire->title, d.lang) + " — " + f.orgName,
                    displaySwitches(d, action)};
    return renderPage(frame, m);
}

std::string renderThanksPage(const Display& d, const std::string& campaignTitle,
                             const std::string& orgName) {
    std::string m =
        "<h1>" + std::string(L(d, "Спасибо!", "Thank you!")) + "</h1>\n<p class=\"lead\">" +
        L(d, "Ваши ответы сохранены. Они помогут улучшить работу организации «",
          "Your answers are saved. They will help to improve the services of \"") +
        escape(orgName) + L(d, "».", "\".") + "</p>\n<p>" + escape(campaignTitle) + "</p>\n<p>" +
        L(d, "Окно можно закрыть.", "You may close this window.") + "</p>\n";
    return renderPage(PageFrame{d, L(d, "Спасибо", "Thank you"), {}}, m);
}

std::string renderMessagePage(const Display& d, const std::string& title,
                              const std::string& message, const std::string& linkHref,
                              const std::string& linkText) {
    std::string m =
        "<h1>" + escape(title) + "</h1>\n<p class=\"lead\">" + escape(message) + "</p>\n";
    if (!linkHref.empty())
        m += "<p><a href=\"" + escape(linkHref) + "\">" + escape(linkText) + "</a></p>\n";
    return renderPage(PageFrame{d, title, {}}, m);
}

} // namespace nok::web
