-- 0011_approval: the public council's decision on a campaign (issue 14, part 3) and the
-- campaign's predecessor for year-over-year results (part 2).
--
-- An approved campaign's data is frozen: the services refuse every change with a reason
-- (service/approval_service.h), and the triggers below refuse it again for any path that might
-- forget to ask, so an approved report can never silently stop matching its data. Withdrawing
-- the approval (`campaign reopen`) deletes the row; the history keeps both events.

-- The campaign a dataset names as its predecessor ("campaign": {"previous": "C1"}): results
-- compare with it by default. NULL: no comparison unless asked for.
ALTER TABLE campaigns ADD COLUMN previous TEXT;

CREATE TABLE campaign_approvals (
    campaign    TEXT PRIMARY KEY REFERENCES campaigns(id),
    protocol    TEXT NOT NULL,             -- "№ 12 от 28.09.2026", as the council wrote it
    approved_on TEXT NOT NULL,             -- YYYY-MM-DD (UTC) the approval was recorded
    approved_by TEXT NOT NULL              -- "cli" or the API user's name
) STRICT;

-- Every approval and withdrawal, never deleted.
CREATE TABLE campaign_approval_history (
    id       INTEGER PRIMARY KEY,
    campaign TEXT NOT NULL,
    action   TEXT NOT NULL CHECK (action IN ('approve', 'reopen')),
    protocol TEXT,                         -- approve
    reason   TEXT,                         -- reopen
    day      TEXT NOT NULL,
    actor    TEXT NOT NULL
) STRICT;

-- The council's proposals for a campaign, entered on the dashboard; printed in the report.
CREATE TABLE campaign_proposals (
    campaign   TEXT PRIMARY KEY REFERENCES campaigns(id),
    text       TEXT NOT NULL,
    updated_on TEXT NOT NULL,
    updated_by TEXT NOT NULL
) STRICT;

-- Results carry the approval: a change of it is a new results revision (sql/0007).
CREATE TRIGGER results_revision_approval_insert AFTER INSERT ON campaign_approvals BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (NEW.campaign, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER results_revision_approval_delete AFTER DELETE ON campaign_approvals BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (OLD.campaign, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;

-- The backstop: nothing the results are computed from changes while the campaign is approved.
CREATE TRIGGER approved_responses_insert BEFORE INSERT ON responses
    WHEN EXISTS (SELECT 1 FROM campaign_approvals WHERE campaign = NEW.campaign) BEGIN
    SELECT RAISE(ABORT, 'campaign_approved');
END;
CREATE TRIGGER approved_responses_delete BEFORE DELETE ON responses
    WHEN EXISTS (SELECT 1 FROM campaign_approvals WHERE campaign = OLD.campaign) BEGIN
    SELECT RAISE(ABORT, 'campaign_approved');
END;
CREATE TRIGGER approved_expert_insert BEFORE INSERT ON expert_records
    WHEN EXISTS (SELECT 1 FROM campaign_approvals WHERE campaign = NEW.campaign) BEGIN
    SELECT RAISE(ABORT, 'campaign_approved');
END;
CREATE TRIGGER approved_expert_update BEFORE UPDATE ON expert_records
    WHEN EXISTS (SELECT 1 FROM campaign_approvals WHERE campaign = OLD.campaign) BEGIN
    SELECT RAISE(ABORT, 'campaign_approved');
END;
CREATE TRIGGER approved_org_insert BEFORE INSERT ON organizations
    WHEN EXISTS (SELECT 1 FROM campaign_approvals WHERE campaign = NEW.campaign) BEGIN
    SELECT RAISE(ABORT, 'campaign_approved');
END;
CREATE TRIGGER approved_org_update BEFORE UPDATE ON organizations
    WHEN EXISTS (SELECT 1 FROM campaign_approvals WHERE campaign = OLD.campaign) BEGIN
    SELECT RAISE(ABORT, 'campaign_approved');
END;
CREATE TRIGGER approved_org_delete BEFORE DELETE ON organizations
    WHEN EXISTS (SELECT 1 FROM campaign_approvals WHERE campaign = OLD.campaign) BEGIN
    SELECT RAISE(ABORT, 'campaign_approved');
END;
CREATE TRIGGER approved_campaign_update BEFORE UPDATE ON campaigns
    WHEN EXISTS (SELECT 1 FROM campaign_approvals WHERE campaign = OLD.id) BEGIN
    SELECT RAISE(ABORT, 'campaign_approved');
END;
