-- Resumes and self-employment ads: their public read models (only what may be shown in lists; names and photos
-- already reduced by the owner's privacy setting), and the uploaded photos. The search index and listing_counts of
-- 0001 are shared: kinds 'resume' and 'service'.

-- One row per published resume. display_name is the full name or, for anonymous resumes, the initials; photo is
-- the first photo stem or '' (none, or hidden). The age is computed when listing, from birth_year.
CREATE TABLE resume_listings (
    publication_id BIGINT PRIMARY KEY REFERENCES publications (id) ON DELETE CASCADE,
    published_at BIGINT NOT NULL,
    slug TEXT NOT NULL,
    display_name TEXT NOT NULL,
    desired_position TEXT NOT NULL,
    category TEXT NOT NULL,
    city TEXT NOT NULL,
    experience TEXT NOT NULL,
    education_level TEXT NOT NULL,
    gender TEXT NOT NULL,
    birth_year BIGINT,
    min_salary BIGINT,
    photo TEXT NOT NULL,
    excerpt TEXT NOT NULL
);
CREATE INDEX resume_listings_published ON resume_listings (published_at);
CREATE INDEX resume_listings_category ON resume_listings (category, published_at);
CREATE INDEX resume_listings_city ON resume_listings (city, published_at);

-- One row per published self-employment ad. price is NULL when negotiable.
CREATE TABLE service_listings (
    publication_id BIGINT PRIMARY KEY REFERENCES publications (id) ON DELETE CASCADE,
    published_at BIGINT NOT NULL,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    category TEXT NOT NULL,
    city TEXT NOT NULL,
    price_type TEXT NOT NULL,
    price BIGINT,
    price_unit TEXT NOT NULL,
    photo TEXT NOT NULL,
    excerpt TEXT NOT NULL
);
CREATE INDEX service_listings_published ON service_listings (published_at);
CREATE INDEX service_listings_category ON service_listings (category, published_at);
CREATE INDEX service_listings_city ON service_listings (city, published_at);
