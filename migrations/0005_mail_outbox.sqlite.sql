-- Mail waiting for delivery. A message is stored in the same transaction as the change it reports, so a stored
-- change always has its mail; the delivery job hands it to the mail sink and deletes the row.
CREATE TABLE mail_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: a file name is made from it
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    queued_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at, id);
