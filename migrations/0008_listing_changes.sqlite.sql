-- The change feed of the public read model: one row each time an item becomes public, changes in public or stops
-- being public, written in the same transaction. Every node reads it to keep its in-memory lists (and its page
-- cache) in step; the retention job keeps only the recent rows.
CREATE TABLE listing_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    publication_id INTEGER NOT NULL
);

-- Search is answered from memory (domain/search/listing_index.hpp): the folded text of each public item is kept as
-- plain rows, read at start-up and on each change. The FTS5 index that searched it before is gone (its segments
-- also kept words of deleted items).
CREATE TABLE search_text (
    rowid INTEGER PRIMARY KEY,
    body TEXT NOT NULL
);
INSERT INTO search_text (rowid, body) SELECT rowid, body FROM search_index;
DROP TABLE search_index;
ALTER TABLE search_text RENAME TO search_index;

-- Counts per category come from the lists in memory too.
DROP TABLE listing_counts;

-- Lists are read by publication id only (into memory), so their indexes by date, category and city only cost writes.
DROP INDEX vacancy_listings_published;
DROP INDEX vacancy_listings_category;
DROP INDEX vacancy_listings_city;
DROP INDEX vacancy_listings_subcategory;
DROP INDEX resume_listings_published;
DROP INDEX resume_listings_category;
DROP INDEX resume_listings_city;
DROP INDEX service_listings_published;
DROP INDEX service_listings_category;
DROP INDEX service_listings_city;
