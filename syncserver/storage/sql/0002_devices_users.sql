-- 0002_devices_users: enrolled devices and their organisations, one-time enrolment codes, API
-- users with roles, and the audit trail of admin actions. No client address and no payload
-- content is stored here; the audit records who did what and when, never answers.

CREATE TABLE devices (
    id           TEXT PRIMARY KEY,           -- "dev-<12 hex>"
    label        TEXT NOT NULL,
    public_key   BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),  -- Ed25519
    enrolled_day TEXT NOT NULL,              -- YYYY-MM-DD
    revoked      INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    revoked_day  TEXT,
    last_seq     INTEGER NOT NULL DEFAULT 0  -- highest seq stored from this device
) STRICT;

CREATE TABLE device_orgs (
    device_id TEXT NOT NULL REFERENCES devices(id),
    org       TEXT NOT NULL,
    PRIMARY KEY (device_id, org)
) STRICT, WITHOUT ROWID;

-- Codes are stored only as sha256 of their canonical form (upper case, no dashes).
CREATE TABLE enrol_codes (
    code_hash  TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL,             -- unix seconds
    used       INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1)),
    device_id  TEXT                          -- the device that used it
) STRICT;

CREATE TABLE enrol_code_orgs (
    code_hash TEXT NOT NULL REFERENCES enrol_codes(code_hash),
    org       TEXT NOT NULL,
    PRIMARY KEY (code_hash, org)
) STRICT, WITHOUT ROWID;

CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'council', 'operator')),
    token_hash  TEXT NOT NULL UNIQUE,         -- sha256 hex of the bearer token
    created_day TEXT NOT NULL
) STRICT;

-- Admin actions only (device codes, revocations, users). `actor` is a user name or "cli".
CREATE TABLE audit (
    id     INTEGER PRIMARY KEY,
    at     INTEGER NOT NULL,                 -- unix seconds
    actor  TEXT NOT NULL,
    action TEXT NOT NULL,                    -- e.g. "device.revoke"
    target TEXT
) STRICT;
