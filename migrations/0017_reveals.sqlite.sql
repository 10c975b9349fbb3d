-- Contact reveals. reveal_nonces: the challenges already answered (a token is good once), kept until the challenge
-- would have expired. reveal_counts: how many times a publication's contacts were shown per day (Baku), for its
-- owner; never who asked. Both go with retention (and the counts with their publication).
CREATE TABLE reveal_nonces (
    nonce TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
);
CREATE INDEX reveal_nonces_expiry ON reveal_nonces (expires_at);

CREATE TABLE reveal_counts (
    publication_id INTEGER NOT NULL REFERENCES publications (id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (publication_id, day)
);
