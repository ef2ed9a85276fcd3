#include "service/response_reader.h"

#include "nok/survey/answer_validator.h"
#include "nok/survey/response_payload.h"

namespace nok::server {

using nlohmann::json;

bool isUuidLike(std::string_view t) {
    if (t.size() != 36) return false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

namespace {

std::optional<std::string> nonEmptyString(const json& node, const char* key) {
    auto it = node.find(key);
    if (it == node.end() || !it->is_string() || it->get<std::string>().empty()) return std::nullopt;
    return it->get<std::string>();
}

} // namespace

void readResponse(const json& node, const SourcePlace& place, const survey::Questionnaire& q,
                  Problems& problems, std::vector<ResponseEntry>& out, std::string_view today) {
    if (!node.is_object()) {
        problems.add("invalid_response", "must be an object", place.base);
        return;
    }
    bool ok = true;
    ResponseEntry e;
    e.place = place;
    if (auto id = nonEmptyString(node, "id"); id && isUuidLike(*id)) {
        e.id = *id;
    } else {
        problems.add("invalid_id", "must be a UUID (8-4-4-4-12 lowercase hex digits)",
                     place.field("id"));
        ok = false;
    }
    if (auto org = nonEmptyString(node, "org")) {
        e.org = *org;
    } else {
        problems.add("invalid_response", "must be a non-empty organisation id", place.field("org"));
        ok = false;
    }
    if (auto channel = nonEmptyString(node, "channel");
        channel && survey::isKnownChannel(*channel)) {
        e.channel = *channel;
    } else {
        problems.add("unknown_channel", "must be one of kiosk, interview, web, paper",
                     place.field("channel"));
        ok = false;
    }
    if (auto it = node.find("day"); it != node.end() && !it->is_null()) {
        if (it->is_string() && survey::isIsoDay(it->get<std::string>())) {
            e.day = it->get<std::string>();
            const std::string now = today.empty() ? survey::todayUtc() : std::string(today);
            if (auto s = survey::checkPayloadDay(*e.day, now); !s) {
                problems.add(s.error().code, s.error().message, place.field("day"));
                ok = false;
            }
        } else {
            problems.add("invalid_day", "must be a date YYYY-MM-DD (a day, never a time)",
                         place.field("day"));
            ok = false;
        }
    }
    for (const auto& [key, value] : node.items()) {
        (void)value;
        if (key != "id" && key != "org" && key != "channel" && key != "answers" && key != "day") {
            problems.add("unknown_field", "is not a field of a response", place.field(key));
            ok = false;
        }
    }
    auto answers = node.find("answers");
    if (answers == node.end()) {
        problems.add("missing_field", "is required", place.field("answers"));
        ok = false;
    } else {
        const auto report = survey::validateAnswers(q, *answers);
        for (const auto& err : report.errors) {
            Error located = err;
            located.field = err.field.empty() ? place.field("answers") : place.answer(err.field);
            problems.add(std::move(located));
        }
        ok = ok && report.ok();
    }
    if (!ok) return;
    e.answersJson = answers->dump();
    e.payload = node.dump(); // keys sorted, compact, UTF-8: canonical
    out.push_back(std::move(e));
}

} // namespace nok::server
