-- The CV Maker's drafts: never published, kept for the day. A draft is found only by the hash of the random token in
-- its visitor's cookie; the document is the JSON Resume text (with the photo, if any, as a data: URL inside it). The
-- retention sweep deletes a draft at expires_at: the end of its day in Baku, at most 24 hours after created_at.
CREATE TABLE cv_drafts (
    token_hash TEXT PRIMARY KEY,
    document TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX cv_drafts_expiry ON cv_drafts (expires_at);
-- Kept out of line and uncompressed: drafts are small and live a day, and their bytes can then be checked gone.
ALTER TABLE cv_drafts ALTER COLUMN document SET STORAGE EXTERNAL;
