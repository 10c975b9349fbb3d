-- The subcategory of published vacancies, for the subcategory filter; filled from the live version's content.
ALTER TABLE vacancy_listings ADD COLUMN subcategory TEXT NOT NULL DEFAULT '';
UPDATE vacancy_listings SET subcategory = COALESCE((
    SELECT v.content::json ->> 'subcategory' FROM publications p
    JOIN publication_versions v ON v.id = p.live_version_id WHERE p.id = vacancy_listings.publication_id), '');
CREATE INDEX vacancy_listings_subcategory ON vacancy_listings (subcategory, published_at);
