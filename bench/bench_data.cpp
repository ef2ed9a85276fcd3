#include "bench_data.h"

#include "storage/campaign_store.h"
#include "storage/expert_store.h"
#include "storage/response_store.h"

#include <cstdio>
#include <random>

namespace nok::bench {

namespace {

const char* yn(std::mt19937_64& rng, double pYes) {
    return std::uniform_real_distribution<double>(0, 1)(rng) < pYes ? "yes" : "no";
}

// A valid answer set as compact JSON (keys sorted, like the import's canonical form).
std::string answersJson(std::mt19937_64& rng, double quality) {
    std::string s = "{";
    auto add = [&](const char* key, const char* value) {
        if (s.size() > 1) s += ',';
        s += '"';
        s += key;
        s += "\":\"";
        s += value;
        s += '"';
    };
    const char* standUsed = yn(rng, 0.6);
    const char* siteUsed = yn(rng, 0.4);
    const char* disability = yn(rng, 0.3);
    const char* remoteUsed = yn(rng, 0.5);
    // Alphabetical order of the question ids.
    if (disability[0] == 'y') add("accessibility_satisfied", yn(rng, quality - 0.1));
    add("comfort_satisfied", yn(rng, quality));
    add("disability", disability);
    add("organisational_satisfied", yn(rng, quality - 0.05));
    add("overall_satisfied", yn(rng, quality));
    add("recommend", yn(rng, quality));
    if (remoteUsed[0] == 'y') add("remote_polite", yn(rng, quality));
    add("remote_used", remoteUsed);
    if (siteUsed[0] == 'y') add("site_satisfied", yn(rng, quality - 0.05));
    add("site_used", siteUsed);
    add("staff_first_contact", yn(rng, quality + 0.03));
    add("staff_service", yn(rng, quality + 0.03));
    if (standUsed[0] == 'y') add("stand_satisfied", yn(rng, quality));
    add("stand_used", standUsed);
    add("timely", yn(rng, quality));
    s += '}';
    return s;
}

std::string expertJson(const std::string& org, std::mt19937_64& rng) {
    auto pick = [&](std::initializer_list<const char*> items) {
        std::string out = "[";
        for (const char* i : items)
            if (rng() % 4 != 0) out += std::string(out.size() > 1 ? "," : "") + "\"" + i + "\"";
        return out + "]";
    };
    const int standPresent = static_cast<int>(rng() % 11),
              sitePresent = static_cast<int>(rng() % 25);
    return "{\"comfort_conditions\":" +
           pick({"drinking_water", "navigation", "rest_area", "sanitary_rooms"}) +
           ",\"distance_methods\":" + pick({"email", "faq", "phone"}) + ",\"org\":\"" + org +
           "\",\"premises_accessibility\":" + pick({"ramps", "wheelchairs"}) +
           ",\"service_accessibility\":" +
           pick({"remote_or_home", "site_low_vision", "trained_staff_help"}) +
           ",\"site_items\":{\"present\":" + std::to_string(sitePresent) +
           ",\"required\":24},\"stand_items\":{\"present\":" + std::to_string(standPresent) +
           ",\"required\":10},\"waiting_time_points\":null}";
}

const char* const kCategories[] = {"Дома-интернаты и ПНИ", "КЦСОН", "СРЦН",
                                  "Реабилитационные центры"};

std::string orgId(int o) {
    char id[16];
    std::snprintf(id, sizeof id, "org-%05d", o); // sorted like generated: index appends
    return id;
}

// The serial leads, so the unique index on id grows at its end instead of rewriting pages all
// over a 1,000,000-entry B-tree (the load is I/O bound).
std::string responseId(std::int64_t serial, std::mt19937_64& rng) {
    char id[64];
    std::snprintf(id, sizeof id, "%08llx-b3c0-4%03x-8%03x-%012llx",
                  static_cast<unsigned long long>(serial), static_cast<unsigned>(rng() & 0xfff),
                  static_cast<unsigned>(rng() & 0xfff),
                  static_cast<unsigned long long>(rng() & 0xffffffffffffULL));
    return id;
}

} // namespace

Status generateCampaign(sqlite::Database& db, const BenchShape& shape) {
    std::mt19937_64 rng(20261123);
    sqlite::Transaction tx(db);
    if (auto st = tx.begun(); !st) return st;
    const server::CampaignRecord campaign{.id = shape.campaign,
                                          .title = "Benchmark",
                                          .region = "Bench region",
                                          .year = 2026,
                                          .methodology = "344n-social",
                                          .questionnaire = "social-675n/1"};
    if (auto r = server::upsertCampaign(db, campaign); !r) return r.error();
    std::int64_t serial = 0;
    for (int o = 0; o < shape.organizations; ++o) {
        const std::string org = orgId(o);
        server::OrganizationRecord rec{shape.campaign, org, "Организация № " + std::to_string(o),
                                       kCategories[o % 4], 400};
        if (auto r = server::upsertOrganization(db, rec); !r) return r.error();
        if (o % 50 != 49) // a few organisations without an expert check, as in real campaigns
            if (auto r = server::appendExpertRecord(db, shape.campaign, org, expertJson(org, rng),
                                                    "import");
                !r)
                return r.error();
        const double quality = 0.6 + 0.35 * std::uniform_real_distribution<double>(0, 1)(rng);
        for (int i = 0; i < shape.responsesPerOrganization; ++i) {
            const std::string id = responseId(++serial, rng);
            std::string answers = answersJson(rng, quality);
            server::NewResponse r;
            r.id = id;
            r.campaign = shape.campaign;
            r.org = org;
            r.channel = "kiosk";
            r.questionnaire = "social-675n/1";
            r.source = "import";
            r.payload = "{\"answers\":" + answers + ",\"channel\":\"kiosk\",\"id\":\"" + r.id +
                        "\",\"org\":\"" + org + "\"}";
            r.answersJson = std::move(answers);
            auto outcome = server::insertResponse(db, r);
            if (!outcome) return outcome.error();
        }
    }
    return tx.commit();
}

Status writeDatasetFile(const std::string& path, const BenchShape& shape) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return makeError("io", "cannot create the file", path);
    std::mt19937_64 rng(20261123);
    std::fprintf(f,
                 "{\"format\":\"nok-dataset/1\",\"campaign\":{\"id\":\"%s\",\"title\":"
                 "\"Benchmark\",\"region\":\"Bench region\",\"year\":2026,\"methodology\":"
                 "\"344n-social\"},\n\"organizations\":[",
                 shape.campaign.c_str());
    for (int o = 0; o < shape.organizations; ++o)
        std::fprintf(f, "%s\n{\"id\":\"%s\",\"name\":\"Организация № %d\",\"category\":\"%s\","
                        "\"recipients\":400}",
                     o ? "," : "", orgId(o).c_str(), o, kCategories[o % 4]);
    std::fputs("],\n\"expert\":[", f);
    for (int o = 0; o < shape.organizations; ++o)
        std::fprintf(f, "%s\n%s", o ? "," : "", expertJson(orgId(o), rng).c_str());
    std::fputs("],\n\"responses\":[", f);
    std::int64_t serial = 0;
    for (int o = 0; o < shape.organizations; ++o) {
        const std::string org = orgId(o);
        const double quality = 0.6 + 0.35 * std::uniform_real_distribution<double>(0, 1)(rng);
        for (int i = 0; i < shape.responsesPerOrganization; ++i) {
            const std::string id = responseId(++serial, rng);
            std::fprintf(f, "%s\n{\"id\":\"%s\",\"org\":\"%s\",\"channel\":\"kiosk\",\"day\":"
                            "\"2026-03-%02d\",\"answers\":%s}",
                         serial > 1 ? "," : "", id.c_str(), org.c_str(), 1 + i % 28,
                         answersJson(rng, quality).c_str());
        }
    }
    std::fputs("]}\n", f);
    const bool ok = std::ferror(f) == 0;
    if (std::fclose(f) != 0 || !ok) return makeError("io", "cannot write the file", path);
    return {};
}

} // namespace nok::bench
