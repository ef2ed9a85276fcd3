-- 0001_init: campaigns, organisations, expert checks, responses, quarantine, answer tallies,
-- server keys. No column anywhere holds a time of day next to a response (anonymity).

CREATE TABLE server_keys (
    kind       TEXT PRIMARY KEY CHECK (kind IN ('sign', 'seal')),
    public_key BLOB NOT NULL,
    secret_key TEXT NOT NULL              -- base64; the database file is the server's secret
) STRICT;

CREATE TABLE campaigns (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    region      TEXT NOT NULL,
    year        INTEGER NOT NULL,
    methodology TEXT NOT NULL,
    questionnaire TEXT NOT NULL DEFAULT 'social-675n/1',
    created_seq INTEGER NOT NULL           -- import order: the newest campaign is a device's default
) STRICT;

CREATE TABLE organizations (
    campaign   TEXT NOT NULL REFERENCES campaigns(id),
    id         TEXT NOT NULL,
    name       TEXT NOT NULL,
    category   TEXT NOT NULL,
    recipients INTEGER NOT NULL CHECK (recipients >= 0),
    PRIMARY KEY (campaign, id)
) STRICT;

-- Every version is kept; the scoring uses the newest (highest version) per campaign and org.
CREATE TABLE expert_records (
    rowid_     INTEGER PRIMARY KEY,
    campaign   TEXT NOT NULL,
    org        TEXT NOT NULL,
    version    INTEGER NOT NULL,
    source     TEXT NOT NULL,             -- 'import' or 'device:<id>'
    record     TEXT NOT NULL,             -- the expert record as JSON (nok-dataset/1 shape)
    content_hash TEXT NOT NULL,
    recorded_day TEXT,
    FOREIGN KEY (campaign, org) REFERENCES organizations(campaign, id),
    UNIQUE (campaign, org, version)
) STRICT;

CREATE TABLE responses (
    rowid_        INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,   -- UUID, the idempotency key
    campaign      TEXT NOT NULL,
    org           TEXT NOT NULL,
    channel       TEXT NOT NULL CHECK (channel IN ('kiosk', 'interview', 'web', 'paper')),
    questionnaire TEXT NOT NULL,
    day           TEXT,                   -- YYYY-MM-DD or NULL (paper import without a date)
    source        TEXT NOT NULL CHECK (source IN ('import', 'device', 'web')),
    device_id     TEXT,
    seq           INTEGER,
    payload       BLOB NOT NULL,          -- the exact bytes that were signed (or imported)
    sig           BLOB,                   -- Ed25519 signature of payload (NULL for imports)
    content_hash  TEXT NOT NULL,          -- sha256 of payload: same id + other bytes = conflict
    answers       TEXT NOT NULL,          -- parsed answers (JSON object)
    FOREIGN KEY (campaign, org) REFERENCES organizations(campaign, id)
) STRICT;
CREATE INDEX responses_by_org ON responses (campaign, org);
CREATE INDEX responses_by_device ON responses (device_id, seq) WHERE device_id IS NOT NULL;

-- A second version of an id that is already stored: kept, never dropped, never counted.
CREATE TABLE quarantine (
    rowid_       INTEGER PRIMARY KEY,
    response_id  TEXT NOT NULL,
    source       TEXT NOT NULL,
    device_id    TEXT,
    payload      BLOB NOT NULL,
    sig          BLOB,
    reason       TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    UNIQUE (response_id, content_hash)
) STRICT;

-- Per-organisation tallies of yes/no answers, kept current by triggers in the same transaction
-- as every insert or delete, so scoring reads 15 rows per organisation instead of every answer.
CREATE TABLE answer_tallies (
    campaign TEXT NOT NULL,
    org      TEXT NOT NULL,
    question TEXT NOT NULL,
    value    TEXT NOT NULL,
    count    INTEGER NOT NULL,
    PRIMARY KEY (campaign, org, question, value)
) STRICT, WITHOUT ROWID;

CREATE TABLE response_counts (
    campaign TEXT NOT NULL,
    org      TEXT NOT NULL,
    complete INTEGER NOT NULL,
    PRIMARY KEY (campaign, org)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER responses_tally_insert AFTER INSERT ON responses BEGIN
    INSERT INTO answer_tallies (campaign, org, question, value, count)
        SELECT NEW.campaign, NEW.org, j.key, j.value, 1 FROM json_each(NEW.answers) AS j
        WHERE j.value IN ('yes', 'no')
        ON CONFLICT (campaign, org, question, value) DO UPDATE SET count = count + 1;
    INSERT INTO response_counts (campaign, org, complete) VALUES (NEW.campaign, NEW.org, 1)
        ON CONFLICT (campaign, org) DO UPDATE SET complete = complete + 1;
END;

CREATE TRIGGER responses_tally_delete AFTER DELETE ON responses BEGIN
    UPDATE answer_tallies SET count = count - 1
        WHERE campaign = OLD.campaign AND org = OLD.org
          AND (question, value) IN (SELECT j.key, j.value FROM json_each(OLD.answers) AS j
                                    WHERE j.value IN ('yes', 'no'));
    UPDATE response_counts SET complete = complete - 1 WHERE campaign = OLD.campaign AND org = OLD.org;
END;

CREATE TRIGGER responses_immutable BEFORE UPDATE ON responses BEGIN
    SELECT RAISE(ABORT, 'stored responses are immutable');
END;
