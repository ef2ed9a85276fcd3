-- 0003_expert_evidence: expert checks signed by devices (the exact payload bytes and signature,
-- kept forever), a quarantine for a second, different version of a check id, the photo evidence
-- the checks refer to (by sha256), and the checklists the council imported. An expert check is
-- about an organisation, never about a respondent: nothing here touches response anonymity.

CREATE TABLE expert_checks (
    rowid_         INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,   -- the check's UUID: the idempotency key
    campaign       TEXT NOT NULL,
    org            TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    payload        BLOB NOT NULL,          -- the exact bytes the device signed
    sig            BLOB NOT NULL,          -- Ed25519 over payload by the device key
    content_hash   TEXT NOT NULL,          -- sha256 of payload: same id + other bytes = conflict
    received_day   TEXT NOT NULL,          -- YYYY-MM-DD (server, UTC)
    -- The expert_records version this check produced: every stored check appends one, so
    -- (campaign, org, record_version) links the version back to its check.
    record_version INTEGER NOT NULL,
    FOREIGN KEY (campaign, org) REFERENCES organizations(campaign, id),
    UNIQUE (campaign, org, record_version)
) STRICT;

CREATE TRIGGER expert_checks_immutable BEFORE UPDATE ON expert_checks BEGIN
    SELECT RAISE(ABORT, 'stored expert checks are immutable');
END;

-- A second version of a check id already stored: kept, never dropped, never scored.
CREATE TABLE expert_check_quarantine (
    rowid_       INTEGER PRIMARY KEY,
    check_id     TEXT NOT NULL,
    device_id    TEXT NOT NULL,
    payload      BLOB NOT NULL,
    sig          BLOB NOT NULL,
    reason       TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    received_day TEXT NOT NULL,
    UNIQUE (check_id, content_hash)
) STRICT;

-- Photo evidence, content-addressed: the same file uploaded twice is stored once.
CREATE TABLE evidence (
    sha256       TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    media_type   TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    size         INTEGER NOT NULL CHECK (size > 0 AND size <= 6291456),
    bytes        BLOB NOT NULL,
    received_day TEXT NOT NULL,
    device_id    TEXT NOT NULL
) STRICT;

-- Checklists imported by the council (`nok-server checklist import`); the highest version is
-- the current one. None imported: the built-in 886n-1239/1.
CREATE TABLE checklists (
    version      INTEGER PRIMARY KEY,
    checklist_id TEXT NOT NULL,
    json         TEXT NOT NULL,
    imported_day TEXT NOT NULL
) STRICT;
