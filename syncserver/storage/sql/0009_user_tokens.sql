-- 0009_user_tokens: a bearer token has a life. It can expire (the last UTC day it works), be
-- revoked (it stops at once) or be rotated (a new hash replaces the old one, so the old token
-- stops). `last_used_day` lets `user list` show tokens nobody uses any more; it is written at
-- most once a day per user, so authentication stays a read on every other request.

ALTER TABLE users ADD COLUMN expires_day TEXT;      -- YYYY-MM-DD, NULL: no expiry
ALTER TABLE users ADD COLUMN revoked_day TEXT;      -- YYYY-MM-DD, NULL: active
ALTER TABLE users ADD COLUMN last_used_day TEXT;    -- YYYY-MM-DD, NULL: never used
ALTER TABLE users ADD COLUMN rotated_day TEXT;      -- YYYY-MM-DD of the last rotation
