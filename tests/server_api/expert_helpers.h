// Test support for expert checks and evidence over HTTP: a complete check of the built-in
// checklist signed by a fixture device, the POST body, evidence upload headers, tiny JPEG/PNG
// files, and verification of the server's X-Nok-Signature.
#pragma once

#include "server_fixture.h"

#include "nok/expert/expert_check.h"

#include <ctime>
#include <set>

namespace nok::test {

// Every built-in checklist item checked; `present` lists the item ids present.
inline expert::ExpertCheck makeExpertCheck(const Device& d, const std::set<std::string>& present,
                                           const std::string& org = "org-1",
                                           const std::string& campaign = "kem-2026") {
    expert::ExpertCheck c;
    c.id = crypto::uuidV4();
    c.device = d.id;
    c.campaign = campaign;
    c.org = org;
    c.checklist = expert::builtinChecklist().id;
    c.operatorName = "Петрова Е. В.";
    c.recordedAt = "2026-11-23T11:00:00+07:00";
    for (const auto& item : expert::builtinChecklist().items) {
        expert::ItemCheck ic;
        ic.item = item.id;
        ic.present = present.count(item.id) > 0;
        ic.checkedAt = "2026-11-23T10:30:00+07:00";
        ic.operatorName = "Петрова Е. В.";
        c.items.push_back(ic);
    }
    return c;
}

inline nlohmann::json expertBody(const Device& d, const std::string& payload) {
    return {{"device", d.id},
            {"payload", crypto::toBase64(payload)},
            {"sig", crypto::toBase64(crypto::sign(d.keys.secretKey, payload))}};
}

inline nlohmann::json expertBody(const Device& d, const expert::ExpertCheck& c) {
    return expertBody(d, expert::encodeExpertCheck(c));
}

// Every stand (and site) item id of the built-in checklist.
inline std::set<std::string> groupItems(const std::string& group) {
    std::set<std::string> ids;
    for (const auto& item : expert::builtinChecklist().items)
        if (item.group == group) ids.insert(item.id);
    return ids;
}

inline bool signedByServer(const Device& d, const httplib::Result& res) {
    auto sig = crypto::fromBase64(res->get_header_value("X-Nok-Signature"));
    return sig && crypto::verify(d.serverSignKey, res->body, *sig);
}

inline httplib::Headers evidenceHeaders(const Device& d, const std::string& sha, std::int64_t t) {
    const std::string time = std::to_string(t);
    const auto sig = crypto::sign(d.keys.secretKey, "nok-evidence\n" + d.id + "\n" + time + "\n" + sha);
    return {{"X-Nok-Device", d.id}, {"X-Nok-Time", time}, {"X-Nok-Auth", crypto::toBase64(sig)}};
}

// PUT /api/v1/evidence/{sha} from the device, signed for time `t`.
inline httplib::Result putEvidence(ServerFixture& f, const Device& d, const std::string& sha,
                                   const std::string& body, const std::string& type,
                                   std::int64_t t = std::time(nullptr)) {
    auto c = f.client();
    return c.Put(("/api/v1/evidence/" + sha).c_str(), evidenceHeaders(d, sha, t), body, type.c_str());
}

// The first bytes of a JPEG / PNG followed by `fill` (the server checks magic bytes, not pixels).
inline std::string fakeJpeg(const std::string& fill = "photo") {
    return std::string("\xFF\xD8\xFF\xE0", 4) + "JFIF" + fill;
}
inline std::string fakePng(const std::string& fill = "photo") {
    return std::string("\x89PNG\r\n\x1A\n", 8) + fill;
}

} // namespace nok::test
