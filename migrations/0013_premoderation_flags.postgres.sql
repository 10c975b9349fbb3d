-- Automatic pre-moderation checks (domain/moderation/prechecks.hpp): what each version was flagged for (a line per
-- flag: the check, a tab, what it found), and fingerprints of its folded title and text, by which a later
-- submission finds that it duplicates a live one. They go with the version.
ALTER TABLE publication_versions ADD COLUMN flags TEXT NOT NULL DEFAULT '';
ALTER TABLE publication_versions ADD COLUMN title_print TEXT NOT NULL DEFAULT '';
ALTER TABLE publication_versions ADD COLUMN text_print TEXT NOT NULL DEFAULT '';
CREATE INDEX publication_versions_title_print ON publication_versions (title_print) WHERE title_print <> '';
CREATE INDEX publication_versions_text_print ON publication_versions (text_print) WHERE text_print <> '';
-- One resume per person per 30 days: the earlier publications of an address, by kind and date.
CREATE INDEX publications_owner_email_created ON publications (kind, lower(owner_email), created_at);
CREATE INDEX publications_owner_account_created ON publications (kind, owner_account_id, created_at)
    WHERE owner_account_id IS NOT NULL;
