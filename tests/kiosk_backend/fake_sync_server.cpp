#include "fake_sync_server.h"

#include "nok/expert/checklist.h"
#include "nok/expert/expert_check.h"
#include "nok/survey/questionnaire.h"
#include "nok/survey/response_payload.h"

#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>

namespace nok::kiosk::test {

using nlohmann::json;

namespace {

void writeError(httplib::Response& res, int status, const std::string& code,
                const std::string& message) {
    res.status = status;
    res.set_content(
        json{{"error", {{"code", code}, {"message", message}, {"field", nullptr}}}}.dump(),
        "application/json");
}

} // namespace

FakeSyncServer::FakeSyncServer()
    : m_sign(crypto::generateSigningKeyPair()), m_seal(crypto::generateSealingKeyPair()),
      m_wrongSign(crypto::generateSigningKeyPair()) {
    m_orgs = {{"org-1", "МБУ «Комплексный центр социального обслуживания населения»"}};
    m_server.Post("/api/v1/enroll", [this](const auto& req, auto& res) { handleEnroll(req, res); });
    m_server.Get("/api/v1/device/config",
                 [this](const auto& req, auto& res) { handleConfig(req, res); });
    m_server.Post("/api/v1/sync", [this](const auto& req, auto& res) { handleSync(req, res); });
    m_server.Put(R"(/api/v1/evidence/([0-9a-f]{64}))",
                 [this](const auto& req, auto& res) { handleEvidence(req, res); });
    m_server.Post("/api/v1/expert", [this](const auto& req, auto& res) { handleExpert(req, res); });
    m_port = m_server.bind_to_any_port("127.0.0.1");
    if (m_port <= 0) std::abort(); // a test without its server cannot say anything useful
    m_thread = std::thread([this] { m_server.listen_after_bind(); });
}

FakeSyncServer::~FakeSyncServer() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_faultLifted.notify_all();
    m_server.stop();
    if (m_thread.joinable()) m_thread.join();
}

std::string FakeSyncServer::url() const {
    return "http://127.0.0.1:" + std::to_string(m_port);
}

std::string FakeSyncServer::addEnrolmentCode() {
    std::lock_guard lock(m_mutex);
    const auto bytes = crypto::randomBytes(5);
    m_codes.push_back("code-" + crypto::toHex(bytes.data(), bytes.size()));
    return m_codes.back();
}

void FakeSyncServer::setFault(Fault fault, std::string rejectReason) {
    std::lock_guard lock(m_mutex);
    m_fault = fault;
    m_rejectReason = std::move(rejectReason);
}

void FakeSyncServer::setMinIntervalSeconds(int seconds) {
    std::lock_guard lock(m_mutex);
    m_minInterval = seconds;
}

void FakeSyncServer::setExpertFault(ExpertFault fault) {
    {
        std::lock_guard lock(m_mutex);
        m_expertFault = fault;
    }
    m_faultLifted.notify_all();
}

void FakeSyncServer::setChecklistJson(std::string checklistJson) {
    std::lock_guard lock(m_mutex);
    m_checklistJson = std::move(checklistJson);
}

void FakeSyncServer::setCompleteResponses(const std::string& org, int complete) {
    std::lock_guard lock(m_mutex);
    m_complete[org] = complete;
}

int FakeSyncServer::evidenceUploads() const {
    std::lock_guard lock(m_mutex);
    return m_evidenceUploads;
}
int FakeSyncServer::evidenceStored(const std::string& sha) const {
    std::lock_guard lock(m_mutex);
    const auto it = m_evidenceStoreCount.find(sha);
    return it == m_evidenceStoreCount.end() ? 0 : it->second;
}
int FakeSyncServer::checkPosts() const {
    std::lock_guard lock(m_mutex);
    return m_checkPosts;
}
int FakeSyncServer::timesCheckStored(const std::string& id) const {
    std::lock_guard lock(m_mutex);
    const auto it = m_checkStoreCount.find(id);
    return it == m_checkStoreCount.end() ? 0 : it->second;
}
std::string FakeSyncServer::storedCheckPayload(const std::string& id) const {
    std::lock_guard lock(m_mutex);
    const auto it = m_checks.find(id);
    return it == m_checks.end() ? std::string() : it->second;
}

void FakeSyncServer::addOrganization(const std::string& id, const std::string& name) {
    std::lock_guard lock(m_mutex);
    m_orgs.emplace_back(id, name);
}

void FakeSyncServer::rotateKeys() {
    std::lock_guard lock(m_mutex);
    m_sign = crypto::generateSigningKeyPair();
    m_seal = crypto::generateSealingKeyPair();
}

int FakeSyncServer::syncRequests() const {
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_batchSizes.size());
}
std::vector<int> FakeSyncServer::batchSizes() const {
    std::lock_guard lock(m_mutex);
    return m_batchSizes;
}
int FakeSyncServer::configRequests() const {
    std::lock_guard lock(m_mutex);
    return m_configRequests;
}
int FakeSyncServer::storedCount() const {
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_stored.size());
}
int FakeSyncServer::timesStored(const std::string& id) const {
    std::lock_guard lock(m_mutex);
    const auto it = m_storeCount.find(id);
    return it == m_storeCount.end() ? 0 : it->second;
}
int FakeSyncServer::duplicatesAnswered() const {
    std::lock_guard lock(m_mutex);
    return m_duplicates;
}
std::string FakeSyncServer::lastEnrolledPublicKey() const {
    std::lock_guard lock(m_mutex);
    return m_lastPublicKey;
}

std::string FakeSyncServer::documentFor(const std::string& deviceId) const {
    json orgs = json::array();
    for (const auto& [id, name] : m_orgs) {
        orgs.push_back({{"id", id},
                        {"name", name},
                        {"category", "ЦСОН"},
                        {"campaign", "kem-2026"},
                        {"recipients", 120}});
        if (auto it = m_complete.find(id); it != m_complete.end())
            orgs.back()["complete_responses"] = it->second;
    }
    json doc{
        {"device_id", deviceId},
        {"organizations", orgs},
        {"questionnaire",
         json::parse(*survey::builtinQuestionnaireJson(survey::kDefaultQuestionnaire))},
        {"server_sign_key", crypto::toBase64(m_sign.publicKey)},
        {"server_seal_key", crypto::toBase64(m_seal.publicKey)},
        {"settings", {{"idle_timeout_seconds", 90}, {"min_interval_seconds", m_minInterval}}}};
    if (!m_checklistJson.empty()) doc["checklist"] = json::parse(m_checklistJson);
    return doc.dump();
}

void FakeSyncServer::handleEnroll(const httplib::Request& req, httplib::Response& res) {
    const json body = json::parse(req.body, nullptr, false);
    if (!body.is_object() || !body.contains("code") || !body["code"].is_string() ||
        !body.contains("public_key") || !body["public_key"].is_string())
        return writeError(res, 400, "malformed_request", "code and public_key are required");
    auto key = crypto::fromBase64(body["public_key"].get<std::string>());
    if (!key || key->size() != crypto::kSignPublicKeySize)
        return writeError(res, 400, "invalid_value", "public_key must be a 32-byte Ed25519 key");
    std::lock_guard lock(m_mutex);
    const auto code = body["code"].get<std::string>();
    const auto it = std::find(m_codes.begin(), m_codes.end(), code);
    if (it == m_codes.end())
        return writeError(res, 403, "invalid_code",
                          "the enrolment code is used, unknown or expired");
    m_codes.erase(it); // one-time
    const auto id = crypto::randomBytes(6);
    const std::string deviceId = "dev-" + crypto::toHex(id.data(), id.size());
    m_devices[deviceId] = *key;
    m_lastPublicKey = body["public_key"].get<std::string>();
    res.status = 201;
    res.set_content(documentFor(deviceId), "application/json");
}

void FakeSyncServer::handleConfig(const httplib::Request& req, httplib::Response& res) {
    std::lock_guard lock(m_mutex);
    ++m_configRequests;
    const std::string device = req.get_header_value("X-Nok-Device");
    const std::string time = req.get_header_value("X-Nok-Time");
    const auto it = m_devices.find(device);
    if (it == m_devices.end()) return writeError(res, 401, "unknown_device", "unknown device");
    auto sig = crypto::fromBase64(req.get_header_value("X-Nok-Auth"));
    const long long t = std::atoll(time.c_str());
    if (!sig || !crypto::verify(it->second, "nok-config\n" + device + "\n" + time, *sig) ||
        std::llabs(static_cast<long long>(std::time(nullptr)) - t) > 300)
        return writeError(res, 401, "bad_signature",
                          "the config request is not signed by the device");
    res.set_content(documentFor(device), "application/json");
}

FakeSyncServer::SignedAnswer FakeSyncServer::lastSyncAnswer() const {
    std::lock_guard lock(m_mutex);
    return m_lastAnswer;
}

void FakeSyncServer::setReplay(SignedAnswer answer) {
    std::lock_guard lock(m_mutex);
    m_replay = std::move(answer);
}

void FakeSyncServer::handleSync(const httplib::Request& req, httplib::Response& res) {
    const json body = json::parse(req.body, nullptr, false);
    if (!body.is_object() || !body.contains("items") || !body["items"].is_array() ||
        !body.contains("device") || !body["device"].is_string())
        return writeError(res, 400, "malformed_request", "device and items are required");
    std::lock_guard lock(m_mutex);
    const auto& items = body["items"];
    m_batchSizes.push_back(static_cast<int>(items.size()));
    if (items.size() > 500) return writeError(res, 413, "batch_too_large", "at most 500 items");
    if (m_fault == Fault::ServerError) return writeError(res, 503, "unavailable", "try later");
    if (m_fault == Fault::Replay) {
        res.set_header("X-Nok-Signature", m_replay.signature);
        res.set_content(m_replay.body, "application/json");
        return;
    }
    const std::string device = body["device"].get<std::string>();
    const auto dev = m_devices.find(device);
    if (dev == m_devices.end()) return writeError(res, 401, "unknown_device", "unknown device");

    json receipts = json::array();
    for (std::size_t i = 0; i < items.size(); ++i) {
        json receipt{{"index", i}, {"id", nullptr}, {"status", "rejected"}, {"reason", nullptr}};
        const json& item = items[i];
        auto box = item.is_object() && item.contains("sealed") && item["sealed"].is_string()
                       ? crypto::fromBase64(item["sealed"].get<std::string>())
                       : Result<crypto::Bytes>(makeError("malformed_item", "no sealed field"));
        auto opened =
            box ? survey::openSealedItem(*box, m_seal) : Result<survey::SignedItem>(box.error());
        auto payload = opened ? survey::decodePayload(opened->payload)
                              : Result<survey::ResponsePayload>(opened.error());
        if (!opened)
            receipt["reason"] = "seal_open_failed";
        else if (!crypto::verify(dev->second, opened->payload, opened->sig))
            receipt["reason"] = "bad_signature";
        else if (!payload)
            receipt["reason"] = "malformed_item: " + payload.error().describe();
        else {
            receipt["id"] = payload->id;
            const bool known = m_stored.count(payload->id) > 0;
            if (payload->device != device)
                receipt["reason"] = "bad_signature: device mismatch";
            else if (m_fault == Fault::RejectAll)
                receipt["reason"] = m_rejectReason;
            else if (known && m_stored[payload->id] != opened->payload)
                receipt["reason"] = "conflict";
            else if (known) {
                receipt["status"] = "duplicate";
                ++m_duplicates;
            } else {
                m_stored[payload->id] = opened->payload;
                ++m_storeCount[payload->id];
                receipt["status"] = m_fault == Fault::DuplicateAll ? "duplicate" : "stored";
            }
        }
        receipts.push_back(std::move(receipt));
    }
    json answerDoc{{"receipts", receipts}};
    if (req.has_header("X-Nok-Batch")) answerDoc["batch"] = crypto::sha256Hex(req.body);
    const std::string answer = answerDoc.dump();
    const auto& signer = m_fault == Fault::BadSignature ? m_wrongSign : m_sign;
    const std::string signature = crypto::toBase64(crypto::sign(signer.secretKey, answer));
    m_lastAnswer = {answer, signature};
    res.set_header("X-Nok-Signature", signature);
    if (m_fault == Fault::DropMidResponse) {
        // Content-Length says the whole body, half of it is written, then the socket is closed.
        res.set_content_provider(answer.size(), "application/json",
                                 [answer](std::size_t, std::size_t, httplib::DataSink& sink) {
                                     sink.write(answer.data(), answer.size() / 2);
                                     return false;
                                 });
        return;
    }
    res.set_content(answer, "application/json");
}

void FakeSyncServer::handleEvidence(const httplib::Request& req, httplib::Response& res) {
    const std::string sha = req.matches[1];
    std::lock_guard lock(m_mutex);
    const std::string device = req.get_header_value("X-Nok-Device");
    const std::string time = req.get_header_value("X-Nok-Time");
    const auto dev = m_devices.find(device);
    if (dev == m_devices.end()) return writeError(res, 401, "unknown_device", "unknown device");
    auto sig = crypto::fromBase64(req.get_header_value("X-Nok-Auth"));
    const long long t = std::atoll(time.c_str());
    if (!sig || !crypto::verify(dev->second, "nok-evidence\n" + device + "\n" + time + "\n" + sha, *sig) ||
        std::llabs(static_cast<long long>(std::time(nullptr)) - t) > 300)
        return writeError(res, 401, "bad_signature", "the upload is not signed by the device");
    if (req.body.size() > 6291456) return writeError(res, 413, "too_large", "at most 6 MiB");
    if (crypto::sha256Hex(req.body) != sha) return writeError(res, 400, "hash_mismatch", "sha256 differs");
    const std::string type = req.get_header_value("Content-Type");
    const bool jpeg = req.body.rfind("\xFF\xD8\xFF", 0) == 0;
    const bool png = req.body.rfind("\x89PNG\r\n\x1A\n", 0) == 0;
    if (!((jpeg && type == "image/jpeg") || (png && type == "image/png")))
        return writeError(res, 415, "not_an_image", "not a JPEG or PNG of the type given");
    ++m_evidenceUploads;
    const bool known = m_evidence.count(sha) > 0;
    if (!known) {
        m_evidence[sha] = req.body;
        ++m_evidenceStoreCount[sha];
    }
    res.status = known ? 200 : 201;
    res.set_content(json{{"sha256", sha}, {"status", known ? "duplicate" : "stored"}}.dump(), "application/json");
}

void FakeSyncServer::handleExpert(const httplib::Request& req, httplib::Response& res) {
    std::unique_lock lock(m_mutex);
    ++m_checkPosts;
    m_faultLifted.wait(lock, [this] { return m_stopping || m_expertFault != ExpertFault::StallPost; });
    if (m_stopping) return writeError(res, 503, "unavailable", "shutting down");
    if (m_expertFault == ExpertFault::ServerError) return writeError(res, 503, "unavailable", "try later");
    const json body = json::parse(req.body, nullptr, false);
    if (!body.is_object() || !body.contains("device") || !body["device"].is_string() ||
        !body.contains("payload") || !body["payload"].is_string() || !body.contains("sig") ||
        !body["sig"].is_string())
        return writeError(res, 400, "malformed_request", "device, payload and sig are required");
    const auto dev = m_devices.find(body["device"].get<std::string>());
    if (dev == m_devices.end()) return writeError(res, 401, "unknown_device", "unknown device");
    auto payloadBytes = crypto::fromBase64(body["payload"].get<std::string>());
    auto sig = crypto::fromBase64(body["sig"].get<std::string>());
    if (!payloadBytes || !sig) return writeError(res, 400, "invalid_base64", "payload or sig");
    const std::string payload(payloadBytes->begin(), payloadBytes->end());
    if (!crypto::verify(dev->second, payload, *sig))
        return writeError(res, 400, "bad_signature", "not signed by the device");
    auto check = expert::decodeExpertCheck(payload);
    if (!check) return writeError(res, 400, check.error().code, check.error().describe());
    auto checklist = m_checklistJson.empty() ? Result<expert::Checklist>(expert::builtinChecklist())
                                             : expert::parseChecklist(m_checklistJson);
    if (auto st = expert::validateExpertCheck(*check, *checklist); !st)
        return writeError(res, 400, st.error().code, st.error().describe());
    if (m_expertFault == ExpertFault::Refuse409) return writeError(res, 409, "conflict", "refused by the test");
    int status = 201;
    if (auto it = m_checks.find(check->id); it != m_checks.end()) {
        if (it->second != payload) return writeError(res, 409, "conflict", "other bytes for that id");
        status = 200;
    } else {
        m_checks[check->id] = payload;
        ++m_checkStoreCount[check->id];
    }
    json missing = json::array();
    for (const auto& item : check->items)
        for (const auto& sha : item.evidence)
            if (!m_evidence.count(sha)) missing.push_back(sha);
    const std::string answer = json{{"id", check->id},
                                    {"status", status == 201 ? "stored" : "duplicate"},
                                    {"version", 1},
                                    {"missing_evidence", missing}}
                                   .dump();
    const auto& signer = m_expertFault == ExpertFault::BadSignature ? m_wrongSign : m_sign;
    res.status = status;
    res.set_header("X-Nok-Signature", crypto::toBase64(crypto::sign(signer.secretKey, answer)));
    res.set_content(answer, "application/json");
}

RefusingPort::RefusingPort() {
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
        std::abort();
    socklen_t len = sizeof addr;
    ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&addr), &len);
    m_port = ntohs(addr.sin_port);
}

RefusingPort::~RefusingPort() {
    if (m_fd >= 0) ::close(m_fd);
}

std::string RefusingPort::url() const {
    return "http://127.0.0.1:" + std::to_string(m_port);
}

} // namespace nok::kiosk::test
