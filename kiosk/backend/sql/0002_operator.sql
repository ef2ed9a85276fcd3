-- kiosk.db schema 2: operator mode. Interview counters (per organisation and local day, no time,
-- no link to any response), expert checklist drafts, evidence photos (content-addressed, bytes
-- kept here so a removed USB stick loses nothing), the expert outbox and its dead letters.

-- The checklist the server sent with the last config pull; NULL = the built-in one.
ALTER TABLE enrolment ADD COLUMN checklist TEXT;

-- Bumped in the transaction that commits an interview response to the outbox.
CREATE TABLE interview_count (
    org   TEXT NOT NULL,
    day   TEXT NOT NULL,                     -- local date YYYY-MM-DD
    count INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (org, day)
) WITHOUT ROWID;

-- At most one draft per organisation and campaign, replaced on every change.
CREATE TABLE expert_draft (
    org        TEXT NOT NULL,
    campaign   TEXT NOT NULL,
    checklist  TEXT NOT NULL,                -- the checklist document the draft was started on
    items      TEXT NOT NULL,                -- JSON: states, notes, photos, waiting points
    updated_at INTEGER NOT NULL,             -- unix ms
    PRIMARY KEY (org, campaign)
) WITHOUT ROWID;

CREATE TABLE evidence (
    sha256    TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
    mime      TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
    bytes     BLOB NOT NULL,
    uploaded  INTEGER NOT NULL DEFAULT 0 CHECK (uploaded IN (0, 1)),
    stored_at INTEGER NOT NULL               -- unix ms
) WITHOUT ROWID;

-- Who needs a photo: 'draft:<org>\n<campaign>' or 'check:<id>' (pending or dead-letter check).
-- A photo nobody references is deleted.
CREATE TABLE evidence_ref (
    owner  TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (owner, sha256)
) WITHOUT ROWID;
CREATE INDEX evidence_ref_sha ON evidence_ref (sha256);

-- Signed expert checks waiting for a verified receipt (POST /api/v1/expert).
CREATE TABLE expert_outbox (
    id              TEXT PRIMARY KEY NOT NULL, -- the check's UUID: the idempotency key
    org             TEXT NOT NULL,
    payload         BLOB NOT NULL,             -- the exact signed bytes
    sig             BLOB NOT NULL,             -- Ed25519 by the device key
    created_at      INTEGER NOT NULL,          -- unix ms, orders the sends
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    last_attempt_at INTEGER,
    last_error      TEXT
) WITHOUT ROWID;

-- Checks the server refused (400 invalid, 409 conflict): kept with the reason.
CREATE TABLE expert_dead_letter (
    id          TEXT PRIMARY KEY NOT NULL,
    org         TEXT NOT NULL,
    payload     BLOB NOT NULL,
    sig         BLOB NOT NULL,
    reason      TEXT NOT NULL,
    attempts    INTEGER NOT NULL,
    rejected_at INTEGER NOT NULL
) WITHOUT ROWID;
