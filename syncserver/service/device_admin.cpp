#include "service/device_admin.h"

#include "nok/survey/response_payload.h"
#include "storage/access_store.h"
#include "storage/daily_count_store.h"

#include <algorithm>

namespace nok::server {

std::vector<SeqRange> missingSeqRanges(std::vector<std::int64_t> seqs, std::int64_t highest) {
    std::sort(seqs.begin(), seqs.end());
    seqs.erase(std::unique(seqs.begin(), seqs.end()), seqs.end());
    std::vector<SeqRange> gaps;
    std::int64_t expected = 1;
    for (auto s : seqs) {
        if (s < expected) continue;
        if (s > expected) gaps.emplace_back(expected, s - 1);
        expected = s + 1;
    }
    if (highest >= expected) gaps.emplace_back(expected, highest);
    return gaps;
}

std::string formatRanges(const std::vector<SeqRange>& ranges) {
    if (ranges.empty()) return "none";
    std::string out;
    for (const auto& [a, b] : ranges) {
        if (!out.empty()) out += ", ";
        out += a == b ? std::to_string(a) : std::to_string(a) + "-" + std::to_string(b);
    }
    return out;
}

Result<std::vector<DeviceSummary>> summarizeDevices(sqlite::Database& db) {
    auto devices = listDevices(db);
    if (!devices) return devices.error();
    std::vector<DeviceSummary> out;
    for (auto& d : *devices) {
        DeviceSummary s;
        auto orgs = deviceOrgs(db, d.id);
        if (!orgs) return orgs.error();
        auto seqs = storedSeqs(db, d.id);
        if (!seqs) return seqs.error();
        s.orgs = std::move(*orgs);
        s.stored = seqs->size();
        s.gaps = missingSeqRanges(std::move(*seqs), d.lastSeq);
        auto overLimit = refusedOverLimit(db, d.id);
        if (!overLimit) return overLimit.error();
        s.overLimit = *overLimit;
        s.device = std::move(d);
        out.push_back(std::move(s));
    }
    return out;
}

Status revokeDeviceAudited(sqlite::Database& db, const std::string& deviceId,
                           const std::string& actor, std::int64_t now) {
    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s;
    auto found = revokeDevice(db, deviceId, survey::todayUtc());
    if (!found) return found.error();
    if (!*found) return makeError("unknown_device", "no device is enrolled with this id", "device");
    if (auto s = appendAudit(db, now, actor, "device.revoke", deviceId); !s) return s;
    return tx.commit();
}

} // namespace nok::server
