// The database side of one import, fed one response at a time so that a dataset of a million
// responses never has to sit in memory: begin() with the dataset's campaign, organisations and
// expert records, add() each validated response, finish() to commit. All or nothing: the write
// transaction opens only when the first change is needed (an unchanged re-import writes nothing
// and leaves the database file byte-for-byte as it was), every write goes into that one
// transaction, and once any problem is known nothing more is written and finish() rolls it all
// back. Responses go through insertResponse with a TallyBatch applied every few thousand, so the
// tallies are written in batches inside the same transaction. Ids repeated inside the file are
// found with a compact table (a 64-bit hash of the id, a hash prefix of the content and where it
// was first seen), not a copy of every response.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "service/dataset.h"
#include "storage/response_store.h"

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace nok::server {

struct ImportReport;

class ImportRun {
  public:
    ImportRun(sqlite::Database& db, Problems& problems);
    ~ImportRun();

    // Reads what the campaign block and organisations would change. `head` must outlive the run;
    // expert records may still be added to it until finish().
    [[nodiscard]] Status begin(const Dataset& head);
    // One response, already validated on its own. Problems go to `problems`.
    [[nodiscard]] Status add(const ResponseEntry& response);
    // Expert records, then commit. Nothing is written when `problems` is not empty.
    [[nodiscard]] Status finish(ImportReport& report);

  private:
    struct FirstSeen {
        std::uint64_t contentPrefix = 0;
        std::uint32_t number = 0;
        bool csv = false;
    };
    [[nodiscard]] bool repeatedInFile(const ResponseEntry& r, const std::string& hash);
    // Reads only: true when the id is not stored; otherwise counts it or adds the conflict.
    [[nodiscard]] Result<bool> isNew(const ResponseEntry& r, const std::string& hash);
    [[nodiscard]] Status openWrites(); // the transaction, then the campaign and organisations
    [[nodiscard]] Status flushTallies();

    sqlite::Database& m_db;
    Problems& m_problems;
    const Dataset* m_head = nullptr;
    bool m_writeCampaign = false;
    std::vector<const OrganizationRecord*> m_organizations; // new or changed
    std::set<std::string> m_known;                          // in the file or stored
    std::unordered_map<std::uint64_t, FirstSeen> m_seen;    // response id hash
    std::unique_ptr<sqlite::Transaction> m_tx;
    TallyBatch m_tallies;
    int m_pendingTallies = 0;
    bool m_campaignChanged = false;
    int m_organizationsChanged = 0;
    int m_stored = 0;
    int m_alreadyStored = 0;
};

} // namespace nok::server
