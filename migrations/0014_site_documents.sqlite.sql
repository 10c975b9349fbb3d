-- The documents administrators edit: the form-submission rules of each kind and the privacy policy. Each save is a
-- new version of every language whose text changed; old versions stay (they are listed on the public pages). The
-- compiled-in texts are version 1 and are not stored, so a site nobody edited shows them, translated.
-- site_documents counts the saves of each document: a save moves the count on only from the one its form was made
-- from (two administrators saving at once: the second is told), and new rules take their keys from it.
CREATE TABLE site_documents (
    name TEXT PRIMARY KEY,
    revision INTEGER NOT NULL DEFAULT 0
);
INSERT INTO site_documents (name) VALUES ('rules-vacancy'), ('rules-resume'), ('rules-service'), ('privacy');

CREATE TABLE site_document_versions (
    document TEXT NOT NULL REFERENCES site_documents (name),
    lang TEXT NOT NULL,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    editor_account_id INTEGER,
    published_at INTEGER NOT NULL,
    PRIMARY KEY (document, lang, version)
);
