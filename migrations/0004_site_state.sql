-- Small shared counters between nodes. page_generation: bumped whenever what is public changes, so that every
-- node drops its page cache within a fraction of a second.
CREATE TABLE site_state (
    name TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO site_state (name, value) VALUES ('page_generation', 0);
