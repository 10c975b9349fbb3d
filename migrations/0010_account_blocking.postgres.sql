-- Administrators block and unblock accounts. A blocked account cannot sign in (its sessions end with the block) and
-- its published publications leave public view: they are stopped, marked as stopped by the block, so that
-- unblocking brings back exactly those (and not the ones the owner stopped himself).
ALTER TABLE accounts ADD COLUMN blocked_at BIGINT;
ALTER TABLE publications ADD COLUMN stopped_by_block BIGINT NOT NULL DEFAULT 0;
