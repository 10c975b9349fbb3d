-- Management links: a publication may have several. One is issued at submission and a fresh one with every
-- moderation decision mailed to the owner (only hashes are stored, so a mail cannot repeat an earlier link). Every
-- link stays valid until the publication is deleted. The old single-hash column is emptied and no longer used.
CREATE TABLE manage_tokens (
    hash TEXT PRIMARY KEY,
    publication_id BIGINT NOT NULL REFERENCES publications (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);
CREATE INDEX manage_tokens_publication ON manage_tokens (publication_id);
INSERT INTO manage_tokens (hash, publication_id, created_at)
    SELECT manage_token_hash, id, created_at FROM publications WHERE manage_token_hash IS NOT NULL;
UPDATE publications SET manage_token_hash = NULL;

-- A confirmed account is offered the publications posted without an account under its email address.
CREATE INDEX publications_unowned_email ON publications (lower(owner_email)) WHERE owner_account_id IS NULL;
