-- 0008_daily_limits: server-side anti-stuffing. A kiosk-channel device may store at most
-- `max_per_day` responses of a campaign per payload day (a campaign setting of the dataset,
-- default 200), so a leaked device key cannot fill a campaign. The counts are kept per (device,
-- campaign, day) and written in the sync batch's own transaction, so two batches of one device
-- cannot both pass the limit; `refused` counts the items refused over the limit, shown on the
-- device's status line. Existing kiosk responses are counted, so the limit holds across the upgrade.
ALTER TABLE campaigns ADD COLUMN max_per_day INTEGER NOT NULL DEFAULT 200 CHECK (max_per_day >= 1);

CREATE TABLE device_daily_counts (
    device_id TEXT NOT NULL,
    campaign  TEXT NOT NULL,
    day       TEXT NOT NULL,                 -- the payload's day, YYYY-MM-DD
    stored    INTEGER NOT NULL DEFAULT 0 CHECK (stored >= 0),
    refused   INTEGER NOT NULL DEFAULT 0 CHECK (refused >= 0),
    PRIMARY KEY (device_id, campaign, day)
) STRICT, WITHOUT ROWID;

INSERT INTO device_daily_counts (device_id, campaign, day, stored)
    SELECT device_id, campaign, day, count(*) FROM responses
    WHERE source = 'device' AND channel = 'kiosk' AND device_id IS NOT NULL AND day IS NOT NULL
    GROUP BY device_id, campaign, day;
