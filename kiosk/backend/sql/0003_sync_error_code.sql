-- kiosk.db schema 3: the machine code of the last sync failure beside its text, so the operator's
-- status screen can say in Russian what went wrong (network, server, device not accepted, …)
-- and still show the technical text for a technician. NULL when the last attempt succeeded or
-- when the failure was recorded by an older kiosk (the screen then shows the text alone).
ALTER TABLE sync_state ADD COLUMN last_error_code TEXT;
