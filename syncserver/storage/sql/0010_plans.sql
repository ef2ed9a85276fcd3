-- 0010_plans: improvement plans (nok-plan/1) and the `organization` role.
-- One plan per campaign and organisation; a plan is replaced whole (import or PUT), so its items
-- keep the order the organisation gave them (`position`). An item's `ref_*` columns are the key
-- of the shortcoming it answers, as the results report it (set and item NULL where the results
-- give null), so the next campaign can tell whether that shortcoming is gone.
CREATE TABLE plans (
    campaign    TEXT NOT NULL,
    org         TEXT NOT NULL,
    approved_on TEXT,                        -- YYYY-MM-DD, who approved the plan and when (optional)
    approved_by TEXT,
    updated_at  INTEGER NOT NULL,            -- unix seconds of the last replacement
    updated_by  TEXT NOT NULL,               -- user name or "cli"
    PRIMARY KEY (campaign, org),
    FOREIGN KEY (campaign, org) REFERENCES organizations(campaign, id)
) STRICT;

CREATE TABLE plan_items (
    campaign      TEXT NOT NULL,
    org           TEXT NOT NULL,
    position      INTEGER NOT NULL CHECK (position >= 0),
    id            TEXT NOT NULL,
    criterion     TEXT NOT NULL CHECK (criterion IN ('K1', 'K2', 'K3', 'K4', 'K5')),
    ref_kind      TEXT NOT NULL,
    ref_criterion TEXT NOT NULL,
    ref_indicator TEXT NOT NULL,
    ref_set       TEXT,
    ref_item      TEXT,
    shortcoming   TEXT NOT NULL,
    measure       TEXT NOT NULL,
    due           TEXT,                      -- YYYY-MM-DD; NULL only for a dropped item
    responsible   TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
    done_on       TEXT,                      -- YYYY-MM-DD, required when done
    result        TEXT NOT NULL,
    PRIMARY KEY (campaign, org, position),
    UNIQUE (campaign, org, id),
    FOREIGN KEY (campaign, org) REFERENCES plans(campaign, org) ON DELETE CASCADE
) STRICT;

-- The `organization` role is scoped to one organisation id (the same id in every campaign: year
-- over year it is the same care home). SQLite cannot change a CHECK, so the table is rebuilt with
-- every 0002 and 0009 column; no other table references users.
CREATE TABLE users_rebuilt (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'council', 'operator', 'organization')),
    token_hash    TEXT NOT NULL UNIQUE,
    created_day   TEXT NOT NULL,
    expires_day   TEXT,
    revoked_day   TEXT,
    last_used_day TEXT,
    rotated_day   TEXT,
    org           TEXT,                      -- the organisation of an `organization` user only
    CHECK ((role = 'organization') = (org IS NOT NULL))
) STRICT;
INSERT INTO users_rebuilt (id, name, role, token_hash, created_day, expires_day, revoked_day,
                           last_used_day, rotated_day)
    SELECT id, name, role, token_hash, created_day, expires_day, revoked_day, last_used_day,
           rotated_day FROM users;
DROP TABLE users;
ALTER TABLE users_rebuilt RENAME TO users;
