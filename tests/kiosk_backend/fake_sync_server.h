// A scripted loopback sync server for the kiosk backend tests (cpp-httplib, 127.0.0.1, port 0).
// It speaks the protocol as CONTRACTS.md and the helper brief define it: enrolment with one-time
// codes, the signed config pull, and sync with signed receipts (idempotent by response id:
// same bytes → duplicate, other bytes → rejected "conflict"; bound to the request by
// {"batch": sha256 of the body} when the kiosk sends X-Nok-Batch, as the real server does). It really opens each sealed item
// with its X25519 key and verifies the device signature, so a test that passes proves the kiosk
// sent what the real server needs. Faults can be switched on to exercise the worker.
#pragma once

#include "nok/crypto/crypto.h"

#include <httplib.h>

#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace nok::kiosk::test {

class FakeSyncServer {
  public:
    enum class Fault {
        None,
        ServerError,     // 503 for every sync
        DropMidResponse, // stores the items, then closes the socket half-way through the answer
        BadSignature,    // receipts signed by another key
        RejectAll,       // every item rejected with rejectReason
        DuplicateAll,    // answers "duplicate" for every item (stores them if new)
        Replay,          // answers with the recorded answer of setReplay, storing nothing
    };

    // Faults of the expert endpoints (PUT /api/v1/evidence, POST /api/v1/expert).
    enum class ExpertFault {
        None,
        ServerError,  // 503 for every POST /api/v1/expert (photos are still taken)
        BadSignature, // answers to checks signed by another key
        Refuse409,    // every check answered 409 conflict
        StallPost,    // POST /api/v1/expert waits until the fault is lifted (a kill lands there)
    };

    FakeSyncServer();
    ~FakeSyncServer();

    [[nodiscard]] std::string url() const;
    [[nodiscard]] std::string addEnrolmentCode();
    void setFault(Fault fault,
                  std::string rejectReason =
                      "invalid_answers: answers.age: must be an integer from 14 to 120");
    void setMinIntervalSeconds(int seconds);
    void setExpertFault(ExpertFault fault);
    // Config documents from now on carry this checklist document / these counts.
    void setChecklistJson(std::string checklistJson);
    void setCompleteResponses(const std::string& org, int complete);
    void addOrganization(const std::string& id, const std::string& name);
    // A signed sync answer as it went over the wire (body and X-Nok-Signature).
    struct SignedAnswer {
        std::string body;
        std::string signature;
    };
    // The last answer to a sync, and what Fault::Replay sends back (an attacker on plain HTTP
    // who recorded an earlier answer).
    [[nodiscard]] SignedAnswer lastSyncAnswer() const;
    void setReplay(SignedAnswer answer);
    // New server keys from now on (as a server restored from the wrong backup would have).
    void rotateKeys();

    [[nodiscard]] const crypto::SigningKeyPair& signKeys() const { return m_sign; }
    [[nodiscard]] const crypto::SealingKeyPair& sealKeys() const { return m_seal; }

    // Observations (thread-safe copies).
    [[nodiscard]] int syncRequests() const;
    [[nodiscard]] std::vector<int> batchSizes() const;
    [[nodiscard]] int configRequests() const;
    [[nodiscard]] int storedCount() const;
    [[nodiscard]] int timesStored(const std::string& id) const; // 1 at most if idempotency holds
    [[nodiscard]] int duplicatesAnswered() const;
    [[nodiscard]] std::string lastEnrolledPublicKey() const;
    // Expert observations. Checks are verified (device signature), decoded and validated with the
    // core against the built-in checklist (or the one set) before they count as stored.
    [[nodiscard]] int evidenceUploads() const;                    // PUTs accepted (stored or duplicate)
    [[nodiscard]] int evidenceStored(const std::string& sha) const; // 1 if stored once
    [[nodiscard]] int checkPosts() const;                         // POST /api/v1/expert received
    [[nodiscard]] int timesCheckStored(const std::string& id) const;
    [[nodiscard]] std::string storedCheckPayload(const std::string& id) const;

  private:
    void handleEnroll(const httplib::Request& req, httplib::Response& res);
    void handleConfig(const httplib::Request& req, httplib::Response& res);
    void handleSync(const httplib::Request& req, httplib::Response& res);
    void handleEvidence(const httplib::Request& req, httplib::Response& res);
    void handleExpert(const httplib::Request& req, httplib::Response& res);
    [[nodiscard]] std::string
    documentFor(const std::string& deviceId) const; // caller holds m_mutex

    httplib::Server m_server;
    std::thread m_thread;
    int m_port = 0;
    crypto::SigningKeyPair m_sign;
    crypto::SealingKeyPair m_seal;
    crypto::SigningKeyPair m_wrongSign;

    mutable std::mutex m_mutex;
    Fault m_fault = Fault::None;
    std::string m_rejectReason;
    SignedAnswer m_lastAnswer;
    SignedAnswer m_replay;
    int m_minInterval = 0;
    std::vector<std::pair<std::string, std::string>> m_orgs;
    std::vector<std::string> m_codes;
    std::map<std::string, crypto::Bytes> m_devices; // id → Ed25519 public key
    std::map<std::string, std::string> m_stored;    // response id → payload bytes
    std::map<std::string, int> m_storeCount;
    std::vector<int> m_batchSizes;
    int m_configRequests = 0;
    int m_duplicates = 0;
    std::string m_lastPublicKey;
    ExpertFault m_expertFault = ExpertFault::None;
    std::condition_variable m_faultLifted;
    bool m_stopping = false;
    std::string m_checklistJson;
    std::map<std::string, int> m_complete;
    std::map<std::string, std::string> m_evidence; // sha → bytes
    std::map<std::string, int> m_evidenceStoreCount;
    int m_evidenceUploads = 0;
    int m_checkPosts = 0;
    std::map<std::string, std::string> m_checks; // id → payload bytes
    std::map<std::string, int> m_checkStoreCount;
};

// A loopback port that is bound but never listens: connecting to it is refused at once, and no
// other process can take it while the object lives ("the server is down").
class RefusingPort {
  public:
    RefusingPort();
    ~RefusingPort();
    [[nodiscard]] std::string url() const;

  private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace nok::kiosk::test
