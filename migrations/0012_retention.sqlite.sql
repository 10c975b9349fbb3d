-- Retention: the deletion date a publication's owner was warned of (a new date, after a stop, is warned of again),
-- the publication or account a queued mail is about (it goes with them), the end of each rate-limit window (the row
-- goes then) and the record of every run (what it deleted), for the administrators' dashboard.
ALTER TABLE publications ADD COLUMN deletion_warned_for INTEGER;
ALTER TABLE mail_outbox ADD COLUMN publication_id INTEGER;
ALTER TABLE mail_outbox ADD COLUMN account_id INTEGER;
ALTER TABLE rate_limits ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0;
CREATE INDEX rate_limits_expiry ON rate_limits (expires_at);

CREATE TABLE retention_runs (
    id INTEGER PRIMARY KEY,
    started_at INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    report TEXT NOT NULL  -- JSON: what was deleted, by category
);
