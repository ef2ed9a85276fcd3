#include "service/dataset_json.h"

#include "service/expert_record_codec.h"
#include "service/response_reader.h"

#include "nok/survey/questionnaire.h"

#include <map>
#include <set>

namespace nok::server {

using nlohmann::json;

namespace {

constexpr std::size_t kMaxIdLength = 200;

std::optional<std::string> requireString(const json& obj, const std::string& key,
                                         const std::string& path, Problems& problems,
                                         std::size_t maxLength = 1000) {
    auto it = obj.find(key);
    if (it == obj.end()) {
        problems.add("missing_field", "is required", path);
        return std::nullopt;
    }
    if (!it->is_string() || it->get<std::string>().empty() ||
        it->get<std::string>().size() > maxLength) {
        problems.add(
            "invalid_value",
            "must be a non-empty string of at most " + std::to_string(maxLength) + " bytes", path);
        return std::nullopt;
    }
    return it->get<std::string>();
}

void rejectUnknownKeys(const json& obj, std::initializer_list<std::string_view> known,
                       const std::string& prefix, Problems& problems) {
    for (const auto& [key, value] : obj.items()) {
        (void)value;
        bool found = false;
        for (auto k : known)
            found = found || k == key;
        if (!found)
            problems.add("unknown_field", "is not a field of nok-dataset/1",
                         prefix.empty() ? key : prefix + "." + key);
    }
}

std::optional<CampaignRecord> readCampaign(const json& node, Problems& problems) {
    if (!node.is_object()) {
        problems.add("invalid_campaign", "must be an object", "campaign");
        return std::nullopt;
    }
    const std::size_t before = problems.errors().size();
    CampaignRecord c;
    c.id = requireString(node, "id", "campaign.id", problems, kMaxIdLength).value_or("");
    c.title = requireString(node, "title", "campaign.title", problems).value_or("");
    c.region = requireString(node, "region", "campaign.region", problems).value_or("");
    auto year = node.find("year");
    if (year == node.end() || !year->is_number_integer() || year->get<std::int64_t>() < 2000 ||
        year->get<std::int64_t>() > 2100)
        problems.add("invalid_value", "must be an integer from 2000 to 2100", "campaign.year");
    else
        c.year = year->get<std::int64_t>();
    c.methodology = node.value("methodology", std::string("344n-social"));
    if (auto m = node.find("methodology"); m != node.end() && !m->is_string())
        problems.add("invalid_value", "must be a methodology id", "campaign.methodology");
    else if (auto v = expertVocabularyFor(c.methodology); !v)
        problems.add("unknown_methodology", v.error().message, "campaign.methodology");
    c.questionnaire = node.value("questionnaire", std::string(survey::kDefaultQuestionnaire));
    if (auto q = node.find("questionnaire"); q != node.end() && !q->is_string())
        problems.add("invalid_value", "must be a questionnaire key", "campaign.questionnaire");
    else if (!survey::builtinQuestionnaire(c.questionnaire))
        problems.add("unknown_questionnaire", "unknown questionnaire '" + c.questionnaire + "'",
                     "campaign.questionnaire");
    rejectUnknownKeys(node, {"id", "title", "region", "year", "methodology", "questionnaire"},
                      "campaign", problems);
    if (problems.errors().size() != before) return std::nullopt;
    return c;
}

void readOrganizations(const json& node, const std::string& campaign, Dataset& out,
                       Problems& problems) {
    if (!node.is_array()) {
        problems.add("invalid_value", "must be an array", "organizations");
        return;
    }
    std::map<std::string, std::string> seen;
    for (std::size_t i = 0; i < node.size(); ++i) {
        SourcePlace place{"organizations[" + std::to_string(i) + "]"};
        const json& o = node[i];
        if (!o.is_object()) {
            problems.add("invalid_value", "must be an object", place.base);
            continue;
        }
        const std::size_t before = problems.errors().size();
        OrganizationRecord r;
        r.campaign = campaign;
        r.id = requireString(o, "id", place.field("id"), problems, kMaxIdLength).value_or("");
        r.name = requireString(o, "name", place.field("name"), problems).value_or("");
        r.category = requireString(o, "category", place.field("category"), problems).value_or("");
        auto rec = o.find("recipients");
        if (rec == o.end() || !rec->is_number_integer() || rec->get<std::int64_t>() < 0)
            problems.add("invalid_value", "must be an integer >= 0 (service recipients)",
                         place.field("recipients"));
        else
            r.recipients = rec->get<std::int64_t>();
        rejectUnknownKeys(o, {"id", "name", "category", "recipients"}, place.base, problems);
        if (!r.id.empty()) {
            if (auto [it, fresh] = seen.emplace(r.id, place.base); !fresh)
                problems.add("duplicate_id",
                             "organisation '" + r.id + "' is already defined at " + it->second,
                             place.field("id"));
        }
        if (problems.errors().size() == before) out.organizations.push_back({r, place});
    }
}

void readExpert(const json& node, const ExpertVocabulary& vocab, Dataset& out, Problems& problems) {
    if (!node.is_array()) {
        problems.add("invalid_value", "must be an array", "expert");
        return;
    }
    std::map<std::string, std::string> seen;
    for (std::size_t i = 0; i < node.size(); ++i) {
        SourcePlace place{"expert[" + std::to_string(i) + "]"};
        auto canonical = canonicalExpertRecord(node[i], vocab, place, problems);
        if (!canonical) continue;
        const auto org = node[i]["org"].get<std::string>();
        if (auto [it, fresh] = seen.emplace(org, place.base); !fresh) {
            problems.add("duplicate_expert_record",
                         "organisation '" + org + "' already has a record at " + it->second,
                         place.field("org"));
            continue;
        }
        out.expert.push_back({org, *canonical, place});
    }
}

void readResponses(const json& node, const survey::Questionnaire& q, Dataset& out,
                   Problems& problems) {
    if (!node.is_array()) {
        problems.add("invalid_value", "must be an array", "responses");
        return;
    }
    for (std::size_t i = 0; i < node.size() && !problems.full(); ++i)
        readResponse(node[i], SourcePlace{"responses[" + std::to_string(i) + "]"}, q, problems,
                     out.responses);
}

} // namespace

std::string textPosition(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::optional<Dataset> parseDatasetJson(std::string_view text, Problems& problems) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        problems.add("empty_file", "the file is empty; expected a nok-dataset/1 JSON object", "");
        return std::nullopt;
    }
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        // nlohmann reports the byte just past the problem; at the end of input that means the
        // file stops in the middle of a value.
        if (e.byte >= text.size())
            problems.add("truncated_json",
                         "the JSON ends too early (the file is truncated or incomplete)",
                         textPosition(text, text.size()));
        else
            problems.add("invalid_json", std::string("not valid JSON: ") + e.what(),
                         textPosition(text, e.byte > 0 ? e.byte - 1 : 0));
        return std::nullopt;
    }
    if (!doc.is_object()) {
        problems.add("invalid_dataset", "must be a JSON object with \"format\": \"nok-dataset/1\"",
                     "");
        return std::nullopt;
    }
    auto format = doc.find("format");
    if (format == doc.end() || !format->is_string()) {
        problems.add("missing_field", "is required and must be \"nok-dataset/1\"", "format");
        return std::nullopt;
    }
    if (format->get<std::string>() != kDatasetFormat) {
        problems.add("unsupported_format",
                     "unsupported format version '" + format->get<std::string>() +
                         "' (this nok-server reads nok-dataset/1)",
                     "format");
        return std::nullopt;
    }
    rejectUnknownKeys(doc, {"format", "campaign", "organizations", "expert", "responses"}, "",
                      problems);
    auto campaignNode = doc.find("campaign");
    if (campaignNode == doc.end()) {
        problems.add("missing_field", "is required", "campaign");
        return std::nullopt;
    }
    auto campaign = readCampaign(*campaignNode, problems);
    if (!campaign) return std::nullopt;
    Dataset out;
    out.campaignId = campaign->id;
    out.campaign = *campaign;
    out.questionnaire = campaign->questionnaire;
    auto vocab = expertVocabularyFor(campaign->methodology);
    auto questionnaire = survey::builtinQuestionnaire(campaign->questionnaire);
    if (!vocab || !questionnaire) return std::nullopt; // reported by readCampaign
    if (auto it = doc.find("organizations"); it != doc.end())
        readOrganizations(*it, out.campaignId, out, problems);
    if (auto it = doc.find("expert"); it != doc.end()) readExpert(*it, *vocab, out, problems);
    if (auto it = doc.find("responses"); it != doc.end())
        readResponses(*it, *questionnaire, out, problems);
    if (!problems.empty()) return std::nullopt;
    return out;
}

} // namespace nok::server
