-- 0004_invitations: single-use anonymous invitation codes for the web questionnaire.
--
-- An admin or operator issues a batch of N codes for one organisation of a campaign; each code
-- lets one remote respondent submit the organisation's web questionnaire once. The database must
-- be able to say "this code was used" (so it is refused the second time) and must NOT be able to
-- say which response it was used for, nor when (LimeSurvey's "anonymized responses" rule):
--
-- * Codes are stored only as sha256 hex of their canonical form (upper case, no dashes or
--   spaces), like enrolment codes: a copy of the database does not let anyone answer.
-- * A code's row is created when the batch is issued and holds only what is known then
--   (campaign, organisation, batch, day of issue) plus the `used` flag. Using a code flips that
--   flag in the existing row: no row is inserted at the time of use, so no rowid, sequence or
--   insertion order moves in step with the responses.
-- * There is no response id, no time or day of use, no counter of uses and nothing ordered by
--   use in this table, and `responses` gains no column that names a code or a batch. The web
--   response insert and the flag update share one transaction (a code is never spent without
--   its response being stored, nor the reverse) but neither writes anything about the other.
-- * WITHOUT ROWID with the hash as the key: rows are kept in hash order (random), so the
--   physical order of the table says nothing about issue or use order either.
-- * No trigger touches this table (a trigger could log the time of use).
--
-- What remains, and is documented in docs/web.md: the flag itself says that the holder of a code
-- took part (so hand the printed codes out without noting who got which), and someone who
-- copies the database file (and its WAL) between two submissions can compare the two copies.

CREATE TABLE invitation_batches (
    id          TEXT PRIMARY KEY,              -- "inv-<8 hex>", random
    campaign    TEXT NOT NULL,
    org         TEXT NOT NULL,
    created_day TEXT NOT NULL,                 -- YYYY-MM-DD (UTC) of issue
    created_by  TEXT NOT NULL,                 -- user name or "cli"
    issued      INTEGER NOT NULL CHECK (issued BETWEEN 1 AND 1000),
    FOREIGN KEY (campaign, org) REFERENCES organizations(campaign, id)
) STRICT, WITHOUT ROWID;

CREATE TABLE invitations (
    code_hash   TEXT PRIMARY KEY,              -- sha256 hex of the canonical code
    campaign    TEXT NOT NULL,
    org         TEXT NOT NULL,
    batch       TEXT NOT NULL REFERENCES invitation_batches(id),
    created_day TEXT NOT NULL,                 -- the batch's day of issue, never a day of use
    used        INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
) STRICT, WITHOUT ROWID;

-- "Does this organisation need a code?" and the per-batch counts of `invite list`.
CREATE INDEX invitations_by_org ON invitations (campaign, org, batch);
