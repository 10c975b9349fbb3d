-- The change feed of the public read model: one row each time an item becomes public, changes in public or stops
-- being public, written in the same transaction. Every node reads it to keep its in-memory lists (and its page
-- cache) in step; the retention job keeps only the recent rows.
CREATE TABLE listing_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    publication_id INTEGER NOT NULL
);
