#include "service/dataset_json.h"

#include "service/expert_record_codec.h"

#include "nok/survey/questionnaire.h"

#include <algorithm>
#include <map>
#include <set>

namespace nok::server {

using nlohmann::json;

namespace {

constexpr std::size_t kMaxIdLength = 200;
constexpr std::int64_t kMaxMaxPerDay = 1000000;

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
    // Optional: the campaign this one follows; its results then compare with it by default.
    // It need not be imported yet (the results say so when it is missing).
    if (auto prev = node.find("previous"); prev != node.end() && !prev->is_null()) {
        if (!prev->is_string() || prev->get_ref<const std::string&>().empty() ||
            prev->get_ref<const std::string&>().size() > kMaxIdLength)
            problems.add("invalid_value", "must be a campaign id", "campaign.previous");
        else if (prev->get<std::string>() == c.id)
            problems.add("invalid_value", "a campaign cannot follow itself", "campaign.previous");
        else
            c.previous = prev->get<std::string>();
    }
    if (auto m = node.find("max_per_day"); m != node.end()) {
        if (!m->is_number_integer() || m->get<std::int64_t>() < 1 ||
            m->get<std::int64_t>() > kMaxMaxPerDay)
            problems.add("invalid_value",
                         "must be an integer from 1 to " + std::to_string(kMaxMaxPerDay) +
                             " (kiosk responses per device per day)",
                         "campaign.max_per_day");
        else
            c.maxPerDay = m->get<std::int64_t>();
    }
    rejectUnknownKeys(node,
                      {"id", "title", "region", "year", "methodology", "questionnaire", "previous",
                       "max_per_day"},
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

} // namespace

namespace {

// Counts lines and UTF-8 characters (not bytes) up to an offset, a chunk at a time.
struct PositionCounter {
    std::size_t line = 1, column = 1;
    void feed(std::string_view chunk) {
        for (const char c : chunk) {
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                ++column;
            }
        }
    }
    [[nodiscard]] std::string text() const {
        return "line " + std::to_string(line) + ", column " + std::to_string(column);
    }
};

} // namespace

std::string textPosition(std::string_view text, std::size_t offset) {
    PositionCounter counter;
    counter.feed(text.substr(0, std::min(offset, text.size())));
    return counter.text();
}

std::string streamPosition(std::istream& in, std::size_t offset) {
    PositionCounter counter;
    std::string buffer(1 << 16, '\0');
    while (offset > 0 && in) {
        in.read(buffer.data(), static_cast<std::streamsize>(std::min(buffer.size(), offset)));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got == 0) break;
        counter.feed(std::string_view(buffer.data(), got));
        offset -= got;
    }
    return counter.text();
}

std::optional<Dataset> readDatasetHead(const json& head, Problems& problems) {
    auto format = head.find("format");
    if (format == head.end() || !format->is_string()) {
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
    rejectUnknownKeys(head, {"format", "campaign", "organizations", "expert", "responses"}, "",
                      problems);
    auto campaignNode = head.find("campaign");
    if (campaignNode == head.end()) {
        problems.add("missing_field", "is required", "campaign");
        return std::nullopt;
    }
    auto campaign = readCampaign(*campaignNode, problems);
    if (!campaign) return std::nullopt;
    Dataset out;
    out.campaignId = campaign->id;
    out.campaign = *campaign;
    out.questionnaire = campaign->questionnaire;
    if (!expertVocabularyFor(campaign->methodology) ||
        !survey::builtinQuestionnaire(campaign->questionnaire))
        return std::nullopt; // reported by readCampaign
    if (auto it = head.find("organizations"); it != head.end())
        readOrganizations(*it, out.campaignId, out, problems);
    if (auto it = head.find("expert"); it != head.end()) readExpertBlock(*it, out, problems);
    return out;
}

void readExpertBlock(const json& node, Dataset& out, Problems& problems) {
    if (!out.campaign) return;
    auto vocab = expertVocabularyFor(out.campaign->methodology);
    if (vocab) readExpert(node, *vocab, out, problems);
}

} // namespace nok::server
