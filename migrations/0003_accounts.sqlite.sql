-- Registration for everyone: confirmation, password reset links, ownership of publications, stop/resume,
-- and the requests that an administrator carries out.

ALTER TABLE accounts ADD COLUMN confirmed_at INTEGER;
ALTER TABLE accounts ADD COLUMN lang TEXT NOT NULL DEFAULT 'az';
UPDATE accounts SET confirmed_at = created_at WHERE role = 'admin';

CREATE TABLE account_tokens (
    hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('confirm', 'reset')),
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX account_tokens_account ON account_tokens (account_id);

ALTER TABLE publications ADD COLUMN owner_account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL;
ALTER TABLE publications ADD COLUMN stopped_at INTEGER;
CREATE INDEX publications_owner ON publications (owner_account_id);

CREATE TABLE account_requests (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('email_change', 'delete_account')),
    new_email TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'refused')),
    created_at INTEGER NOT NULL,
    handled_at INTEGER
);
CREATE INDEX account_requests_pending ON account_requests (status, created_at);
