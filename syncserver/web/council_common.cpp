#include "web/council_pages.h"
#include "web/html.h"

#include <algorithm>

namespace nok::web {

std::optional<double> numberAt(const nlohmann::json& object, const std::string& key) {
    if (!object.is_object()) return std::nullopt;
    auto it = object.find(key);
    if (it == object.end() || !it->is_number()) return std::nullopt;
    return it->get<double>();
}

std::string textAt(const nlohmann::json& object, const std::string& key) {
    if (!object.is_object()) return {};
    auto it = object.find(key);
    if (it == object.end()) return {};
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return formatCount(it->get<double>());
    if (it->is_number()) return formatNumber(it->get<double>());
    return {};
}

std::vector<std::string> criterionIds(const nlohmann::json& results) {
    std::vector<std::string> ids;
    const auto collect = [&](const nlohmann::json& criteria) {
        if (!criteria.is_object()) return;
        for (auto it = criteria.begin(); it != criteria.end(); ++it)
            if (std::find(ids.begin(), ids.end(), it.key()) == ids.end()) ids.push_back(it.key());
    };
    if (results.contains("region"))
        collect(results["region"].value("criteria", nlohmann::json::object()));
    if (results.contains("organizations") && results["organizations"].is_array())
        for (const auto& o : results["organizations"])
            collect(o.value("criteria", nlohmann::json::object()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::string campaignPath(const std::string& campaignId) {
    return "/council/c/" + urlSegment(campaignId);
}

std::string councilPage(const CouncilFrame& frame, const std::string& title,
                        const std::string& mainHtml) {
    std::string header =
        "<p class=\"brand\"><a href=\"/council\">Панель общественного совета</a></p>\n";
    if (!frame.userName.empty()) {
        header += "<form class=\"signout\" method=\"post\" action=\"/council/logout\">"
                  "<input type=\"hidden\" name=\"csrf\" value=\"" +
                  escape(frame.csrfToken) + "\"><span class=\"user\">" + escape(frame.userName) +
                  "</span> <button type=\"submit\">Выйти</button></form>\n";
    }
    return renderPage(PageFrame{Display{}, title, header}, mainHtml);
}

SortOrder parseSortOrder(const std::string& key, const std::string& dir,
                         const std::vector<std::string>& criteria) {
    SortOrder order;
    const bool known = key == "rank" || key == "name" || key == "respondents" || key == "total" ||
                       std::find(criteria.begin(), criteria.end(), key) != criteria.end();
    if (known) order.key = key;
    // Scores read best first by default; names and ranks ascending.
    order.descending = dir.empty() ? (order.key != "rank" && order.key != "name") : dir == "desc";
    return order;
}

std::vector<nlohmann::json> sortedOrganizations(const nlohmann::json& organizations,
                                                const SortOrder& order) {
    std::vector<nlohmann::json> orgs;
    if (organizations.is_array()) orgs.assign(organizations.begin(), organizations.end());
    const auto valueOf = [&](const nlohmann::json& o) -> std::optional<double> {
        if (order.key == "total" || order.key == "rank" || order.key == "respondents")
            return numberAt(o, order.key);
        return numberAt(o.value("criteria", nlohmann::json::object()), order.key);
    };
    std::stable_sort(orgs.begin(), orgs.end(),
                     [&](const nlohmann::json& a, const nlohmann::json& b) {
                         const std::string na = textAt(a, "name"), nb = textAt(b, "name");
                         if (order.key == "name") return order.descending ? nb < na : na < nb;
                         const auto va = valueOf(a), vb = valueOf(b);
                         if (va.has_value() != vb.has_value()) return va.has_value();
                         if (va && vb && *va != *vb)
                             return order.descending ? *va > *vb : *va < *vb;
                         return na < nb;
                     });
    return orgs;
}

std::string renderSignInPage(const std::string& csrfToken, const std::string& error) {
    std::string m = "<h1>Вход для общественного совета</h1>\n";
    if (!error.empty())
        m += "<div class=\"error-summary\" role=\"alert\"><p id=\"err-token\">" + escape(error) +
             "</p></div>\n";
    m += "<form method=\"post\" action=\"/council/login\">\n<input type=\"hidden\" name=\"csrf\" "
         "value=\"" +
         escape(csrfToken) +
         "\">\n<div class=\"question\"><label class=\"question-label\" for=\"token\">Токен доступа"
         "</label>\n<p class=\"hint\" id=\"token-hint\">Токен выдаёт администратор командой "
         "<code>nok-server user add --role council</code>.</p>\n<input type=\"password\" "
         "id=\"token\" name=\"token\" "
         "autocomplete=\"off\" aria-describedby=\"token-hint" +
         std::string(error.empty() ? "" : " err-token") + "\"" +
         (error.empty() ? "" : " aria-invalid=\"true\"") +
         ">\n</div>\n<p><button type=\"submit\" "
         "class=\"primary\">Войти</button></p>\n</form>\n";
    return councilPage(CouncilFrame{}, "Вход — панель общественного совета", m);
}

std::string renderCampaignListPage(const CouncilFrame& frame,
                                   const std::vector<CampaignInfo>& campaigns) {
    std::string m = "<h1>Кампании оценки</h1>\n";
    if (campaigns.empty())
        m += "<p>Кампаний пока нет: импортируйте набор данных командой <code>nok-server "
             "import</code>.</p>\n";
    else
        m += "<ul class=\"campaigns\">\n";
    for (const auto& c : campaigns)
        m += "<li><a href=\"" + escape(campaignPath(c.id)) + "\">" + escape(c.title) + "</a> — " +
             escape(c.region) + ", " + std::to_string(c.year) + " (" +
             std::to_string(c.organizations.size()) + " орг.)</li>\n";
    if (!campaigns.empty()) m += "</ul>\n";
    return councilPage(frame, "Кампании — панель общественного совета", m);
}

std::string renderCouncilMessage(const CouncilFrame& frame, const std::string& title,
                                 const std::string& message) {
    return councilPage(frame, title,
                       "<h1>" + escape(title) + "</h1>\n<p class=\"lead\">" + escape(message) +
                           "</p>\n");
}

std::string approvalNotice(const nlohmann::json& approval) {
    if (!approval.is_object())
        return "<p class=\"hint approval\">Результаты ещё не одобрены Общественным советом.</p>\n";
    return "<p class=\"approval\" role=\"note\"><strong>Результаты одобрены Общественным "
           "советом</strong> (протокол " + escape(textAt(approval, "protocol")) + "; отмечено " +
           escape(textAt(approval, "approved_on")) + "). Данные кампании больше не меняются.</p>\n";
}

std::string proposalsForm(const CouncilFrame& frame, const std::string& campaignId,
                          const std::string& text, bool saved) {
    std::string h = "<section aria-labelledby=\"proposals-h\" id=\"proposals\">\n<h2 "
                    "id=\"proposals-h\">Предложения Общественного совета</h2>\n";
    if (saved) h += "<p role=\"status\">Предложения сохранены.</p>\n";
    h += "<form method=\"post\" action=\"" + escape(campaignPath(campaignId) + "/proposals") +
         "\">\n<input type=\"hidden\" name=\"csrf\" value=\"" + escape(frame.csrfToken) +
         "\">\n<label for=\"proposals-text\">Текст предложений (печатается в отчёте; каждый "
         "абзац с новой строки)</label>\n<textarea id=\"proposals-text\" name=\"text\" "
         "rows=\"8\" maxlength=\"20000\">" + escape(text) +
         "</textarea>\n<button type=\"submit\">Сохранить предложения</button>\n</form>\n"
         "</section>\n";
    return h;
}

} // namespace nok::web
