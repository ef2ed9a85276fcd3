-- 0006_responses_checks: the CHECK constraints of `responses` on channel and source were IN lists
-- of three and four values. SQLite evaluates such a list by building a temporary b-tree, once per
-- executed INSERT: two of them for every stored response (EXPLAIN shows OpenEphemeral), about a
-- quarter of the cost of storing a synced response, all of it inside the write lock. The same
-- rules written as comparisons cost a few instructions. SQLite cannot alter a constraint, so the
-- table is rebuilt (the procedure of https://sqlite.org/lang_altertable.html#otheralter): every
-- row keeps its rowid and bytes; the indexes and triggers are created again as they were. No other
-- table refers to `responses`, and dropping it fires no trigger.
CREATE TABLE responses_rebuilt (
    rowid_        INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,   -- UUID, the idempotency key
    campaign      TEXT NOT NULL,
    org           TEXT NOT NULL,
    channel       TEXT NOT NULL CHECK (channel = 'kiosk' OR channel = 'interview' OR
                                       channel = 'web' OR channel = 'paper'),
    questionnaire TEXT NOT NULL,
    day           TEXT,                   -- YYYY-MM-DD or NULL (paper import without a date)
    source        TEXT NOT NULL CHECK (source = 'import' OR source = 'device' OR source = 'web'),
    device_id     TEXT,
    seq           INTEGER,
    payload       BLOB NOT NULL,          -- the exact bytes that were signed (or imported)
    sig           BLOB,                   -- Ed25519 signature of payload (NULL for imports)
    content_hash  TEXT NOT NULL,          -- sha256 of payload: same id + other bytes = conflict
    answers       TEXT NOT NULL,          -- parsed answers (JSON object)
    FOREIGN KEY (campaign, org) REFERENCES organizations(campaign, id)
) STRICT;

INSERT INTO responses_rebuilt (rowid_, id, campaign, org, channel, questionnaire, day, source,
                               device_id, seq, payload, sig, content_hash, answers)
    SELECT rowid_, id, campaign, org, channel, questionnaire, day, source, device_id, seq, payload,
           sig, content_hash, answers
    FROM responses;

DROP TABLE responses;
ALTER TABLE responses_rebuilt RENAME TO responses;

CREATE INDEX responses_by_org ON responses (campaign, org);
CREATE INDEX responses_by_device ON responses (device_id, seq) WHERE device_id IS NOT NULL;

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
