-- Staff sign-in: a second factor (TOTP, RFC 6238) with single-use recovery codes, and failed sign-in attempts per
-- address, account and trusted browser for growing delays (instead of fixed-window counters).
ALTER TABLE accounts ADD COLUMN totp_secret TEXT;
ALTER TABLE accounts ADD COLUMN totp_last_step INTEGER;

CREATE TABLE recovery_codes (
    hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    used_at INTEGER
);
CREATE INDEX recovery_codes_account ON recovery_codes (account_id);

CREATE TABLE signin_failures (
    key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_failure_at INTEGER NOT NULL
);
DELETE FROM rate_limits WHERE key LIKE 'signin:%';
