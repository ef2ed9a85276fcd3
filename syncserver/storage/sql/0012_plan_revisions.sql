-- 0012_plan_revisions: a later campaign's results report how the earlier campaign's improvement
-- plans turned out ("plan_outcome"), and a compared result is cached under both campaigns'
-- revisions (sql/0007); so a change of a campaign's plans is a new revision of that campaign.
-- A plan is replaced whole (delete, then insert), so the plans table's insert and delete cover
-- every change.

CREATE TRIGGER results_revision_plan_insert AFTER INSERT ON plans BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (NEW.campaign, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER results_revision_plan_delete AFTER DELETE ON plans BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (OLD.campaign, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;
