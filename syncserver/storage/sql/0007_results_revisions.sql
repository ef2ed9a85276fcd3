-- 0007_results_revisions: a campaign's results are computed once and reused until its data
-- changes (service/results_cache.h). What they are computed from is the campaign row, its
-- organisations, their expert records and the tallies; every stored or deleted response changes
-- response_counts in the same transaction (TallyBatch or the delete trigger). These triggers
-- count every such change per campaign, whoever writes it (a sync batch, the web form, an import
-- from another process, an expert record, a correction), so a cached result is stale exactly
-- when the number has moved. A missing row reads as revision 0.
CREATE TABLE results_revisions (
    campaign TEXT PRIMARY KEY,
    revision INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TRIGGER results_revision_counts_insert AFTER INSERT ON response_counts BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (NEW.campaign, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER results_revision_counts_update AFTER UPDATE ON response_counts BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (NEW.campaign, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER results_revision_counts_delete AFTER DELETE ON response_counts BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (OLD.campaign, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;

CREATE TRIGGER results_revision_campaign_insert AFTER INSERT ON campaigns BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (NEW.id, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER results_revision_campaign_update AFTER UPDATE ON campaigns BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (NEW.id, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER results_revision_campaign_delete AFTER DELETE ON campaigns BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (OLD.id, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;

CREATE TRIGGER results_revision_org_insert AFTER INSERT ON organizations BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (NEW.campaign, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER results_revision_org_update AFTER UPDATE ON organizations BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (NEW.campaign, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER results_revision_org_delete AFTER DELETE ON organizations BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (OLD.campaign, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;

CREATE TRIGGER results_revision_expert_insert AFTER INSERT ON expert_records BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (NEW.campaign, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER results_revision_expert_update AFTER UPDATE ON expert_records BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (NEW.campaign, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER results_revision_expert_delete AFTER DELETE ON expert_records BEGIN
    INSERT INTO results_revisions (campaign, revision) VALUES (OLD.campaign, 1)
        ON CONFLICT (campaign) DO UPDATE SET revision = revision + 1;
END;
