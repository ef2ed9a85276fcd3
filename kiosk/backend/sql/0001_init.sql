-- kiosk.db schema 1: enrolment state, the durable outbox, the dead letters and the sync log.
-- No table holds the time a response was given: the payload carries the day only, and the
-- outbox row is due at once (next_attempt_at = 0) until its first send attempt.

CREATE TABLE enrolment (
    singleton       INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
    device_id       TEXT NOT NULL,
    server_url      TEXT NOT NULL,           -- empty in demo mode
    server_sign_key TEXT NOT NULL,           -- base64 Ed25519 public key: verifies receipts
    server_seal_key TEXT NOT NULL,           -- base64 X25519 public key: responses are sealed to it
    organizations   TEXT NOT NULL,           -- JSON array as the server sent it (normalised)
    questionnaire   TEXT NOT NULL,           -- the definition JSON
    settings        TEXT NOT NULL,           -- JSON object
    enrolled_at     INTEGER NOT NULL,        -- unix ms
    config_at       INTEGER                  -- unix ms of the last applied config pull
);

-- The device's response counter (seq 1, 2, 3 ...), bumped in the transaction that stores the
-- response, so a seq is never reused and a gap at the server means a lost response.
CREATE TABLE response_seq (
    singleton INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
    last_seq  INTEGER NOT NULL CHECK (last_seq >= 0)
);
INSERT INTO response_seq (singleton, last_seq) VALUES (1, 0);

CREATE TABLE outbox (
    id              TEXT PRIMARY KEY NOT NULL,  -- the response UUID: the idempotency key
    seq             INTEGER NOT NULL UNIQUE,
    sealed          BLOB NOT NULL,              -- crypto_box_seal(sig || payload, server_seal_key)
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at INTEGER NOT NULL DEFAULT 0, -- unix ms; 0 = due now
    last_attempt_at INTEGER,                    -- unix ms of the last send attempt
    last_error      TEXT
) WITHOUT ROWID;
CREATE INDEX outbox_due ON outbox (next_attempt_at, seq);

-- Items the server refused (a `rejected` receipt). Kept with the reason, never deleted silently.
CREATE TABLE dead_letter (
    id          TEXT PRIMARY KEY NOT NULL,
    seq         INTEGER NOT NULL,
    sealed      BLOB NOT NULL,
    reason      TEXT NOT NULL,
    attempts    INTEGER NOT NULL,
    rejected_at INTEGER NOT NULL              -- unix ms
) WITHOUT ROWID;

CREATE TABLE sync_state (
    singleton    INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
    last_sync_at INTEGER,                     -- unix ms of the last successful exchange
    last_error   TEXT                         -- NULL when the last attempt succeeded
);
INSERT INTO sync_state (singleton) VALUES (1);
