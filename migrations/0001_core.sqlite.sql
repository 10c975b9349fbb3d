-- Core schema: site secrets, accounts and sessions, rate limits, publications with versions, the vacancy
-- read model (only what is public), the search index, the moderation audit log.

CREATE TABLE site_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'user')),
    created_at INTEGER NOT NULL
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE rate_limits (
    key TEXT PRIMARY KEY,
    window_start INTEGER NOT NULL,
    hits INTEGER NOT NULL
);

CREATE TABLE publications (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'published', 'rejected', 'stopped')),
    slug TEXT NOT NULL,
    lang TEXT NOT NULL,
    owner_email TEXT NOT NULL DEFAULT '',
    manage_token_hash TEXT UNIQUE,
    live_version_id INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    published_at INTEGER,
    deletion_requested_at INTEGER,
    views INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX publications_kind_status ON publications (kind, status);
CREATE INDEX publications_deletion ON publications (deletion_requested_at) WHERE deletion_requested_at IS NOT NULL;

-- Every submission or edit of a publication, whatever its kind. `content` is the kind's fields as JSON;
-- title and subtitle are copied out for the moderation queue.
CREATE TABLE publication_versions (
    id INTEGER PRIMARY KEY,
    publication_id INTEGER NOT NULL REFERENCES publications (id) ON DELETE CASCADE,
    review TEXT NOT NULL CHECK (review IN ('pending', 'approved', 'rejected')),
    reject_reason TEXT NOT NULL DEFAULT '',
    submitted_at INTEGER NOT NULL,
    title TEXT NOT NULL,
    subtitle TEXT NOT NULL,
    content TEXT NOT NULL
);
CREATE INDEX publication_versions_publication ON publication_versions (publication_id);
CREATE INDEX publication_versions_queue ON publication_versions (review, submitted_at);

-- Read model of what is public right now: one row per published vacancy, kept in step with approve/stop/delete.
CREATE TABLE vacancy_listings (
    publication_id INTEGER PRIMARY KEY REFERENCES publications (id) ON DELETE CASCADE,
    published_at INTEGER NOT NULL,
    slug TEXT NOT NULL,
    position TEXT NOT NULL,
    company TEXT NOT NULL,
    category TEXT NOT NULL,
    city TEXT NOT NULL,
    employment_type TEXT NOT NULL,
    experience TEXT NOT NULL,
    education TEXT NOT NULL,
    remote INTEGER NOT NULL,
    salary_min INTEGER,
    salary_max INTEGER,
    logo TEXT NOT NULL,
    excerpt TEXT NOT NULL
);
CREATE INDEX vacancy_listings_published ON vacancy_listings (published_at);
CREATE INDEX vacancy_listings_category ON vacancy_listings (category, published_at);
CREATE INDEX vacancy_listings_city ON vacancy_listings (city, published_at);

-- Published items per kind and category, maintained incrementally.
CREATE TABLE listing_counts (
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (kind, category)
);

-- Photos that anyone may see right now: those of published items whose privacy setting shows them.
CREATE TABLE public_photos (
    stem TEXT PRIMARY KEY,
    publication_id INTEGER NOT NULL REFERENCES publications (id) ON DELETE CASCADE
);
CREATE INDEX public_photos_publication ON public_photos (publication_id);

-- Folded text of published items; rowid = publications.id.
CREATE VIRTUAL TABLE search_index USING fts5 (body, tokenize = 'unicode61 remove_diacritics 0');

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    publication_id INTEGER NOT NULL,
    detail TEXT NOT NULL,
    at INTEGER NOT NULL
);
