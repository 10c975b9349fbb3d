#include "storage/repos/sql_vacancy_repository.hpp"

#include "domain/text/text.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {

constexpr const char* kPublicationColumns =
    "p.id, p.kind, p.status, p.slug, p.lang, p.owner_email, p.created_at, p.updated_at, p.published_at, "
    "p.deletion_requested_at, p.views, p.live_version_id";
constexpr size_t kPublicationColumnCount = 12;

constexpr const char* kVersionColumns =
    "v.id, v.review, v.reject_reason, v.submitted_at, v.position, v.category, v.subcategory, v.company, v.city, "
    "v.address, v.remote, v.salary_min, v.salary_max, v.schedule, v.employment_type, v.experience, v.education, "
    "v.age_min, v.age_max, v.requirements, v.description, v.contact_person, v.phone, v.email, v.apply_url, "
    "v.closing_date";

constexpr const char* kInsertPublication =
    "INSERT INTO publications (kind, status, slug, lang, owner_email, manage_token_hash, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
constexpr const char* kInsertVersion =
    "INSERT INTO vacancy_versions (publication_id, review, submitted_at, position, category, subcategory, company, "
    "city, address, remote, salary_min, salary_max, schedule, employment_type, experience, education, age_min, "
    "age_max, requirements, description, contact_person, phone, email, apply_url, closing_date) "
    "VALUES (?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kUpdateVersionContent =
    "UPDATE vacancy_versions SET position = ?, category = ?, subcategory = ?, company = ?, city = ?, address = ?, "
    "remote = ?, salary_min = ?, salary_max = ?, schedule = ?, employment_type = ?, experience = ?, education = ?, "
    "age_min = ?, age_max = ?, requirements = ?, description = ?, contact_person = ?, phone = ?, email = ?, "
    "apply_url = ?, closing_date = ?, review = 'approved', reject_reason = '' WHERE id = ?";
constexpr const char* kDeleteOtherVersions = "DELETE FROM vacancy_versions WHERE publication_id = ? AND id <> ?";
constexpr const char* kDeleteUnapprovedVersions =
    "DELETE FROM vacancy_versions WHERE publication_id = ? AND review <> 'approved'";
constexpr const char* kPublish =
    "UPDATE publications SET live_version_id = ?, slug = ?, updated_at = ?, published_at = COALESCE(published_at, ?), "
    "status = CASE WHEN status = 'stopped' THEN 'stopped' ELSE 'published' END WHERE id = ? RETURNING status, "
    "published_at";
constexpr const char* kRejectVersion = "UPDATE vacancy_versions SET review = 'rejected', reject_reason = ? WHERE id = ?";
constexpr const char* kStatusAfterReject =
    "UPDATE publications SET updated_at = ?, status = CASE WHEN live_version_id IS NULL THEN 'rejected' ELSE status "
    "END WHERE id = ?";
constexpr const char* kStatusAfterEdit =
    "UPDATE publications SET updated_at = ?, status = CASE WHEN live_version_id IS NULL THEN 'pending' ELSE status "
    "END WHERE id = ?";
constexpr const char* kRequestDeletion =
    "UPDATE publications SET deletion_requested_at = COALESCE(deletion_requested_at, ?) WHERE id = ?";
constexpr const char* kDeletePublication = "DELETE FROM publications WHERE id = ?";
constexpr const char* kCountViews = "UPDATE publications SET views = views + ? WHERE id = ?";

constexpr const char* kListingCategory = "SELECT category FROM vacancy_listings WHERE publication_id = ?";
constexpr const char* kDeleteListing = "DELETE FROM vacancy_listings WHERE publication_id = ?";
constexpr const char* kInsertListing =
    "INSERT INTO vacancy_listings (publication_id, published_at, slug, position, company, category, city, "
    "employment_type, experience, education, remote, salary_min, salary_max, excerpt) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kCountUp =
    "INSERT INTO listing_counts (kind, category, n) VALUES ('vacancy', ?, 1) "
    "ON CONFLICT (kind, category) DO UPDATE SET n = listing_counts.n + 1";
constexpr const char* kCountDown = "UPDATE listing_counts SET n = n - 1 WHERE kind = 'vacancy' AND category = ?";
constexpr const char* kDeleteSearch = "DELETE FROM search_index WHERE rowid = ?";
constexpr const char* kInsertSearch = "INSERT INTO search_index (rowid, body) VALUES (?, ?)";
constexpr const char* kCategoryCounts =
    "SELECT category, n FROM listing_counts WHERE kind = 'vacancy' AND n > 0 ORDER BY category";

constexpr const char* kQueue =
    "SELECT p.id, p.kind, v.position, v.company, p.live_version_id IS NOT NULL, v.submitted_at "
    "FROM vacancy_versions v JOIN publications p ON p.id = v.publication_id "
    "WHERE v.review = 'pending' ORDER BY v.submitted_at, v.id LIMIT ?";
constexpr const char* kDeletionRequests =
    "SELECT p.id, p.kind, v.position, v.company, p.live_version_id IS NOT NULL, p.deletion_requested_at "
    "FROM publications p JOIN vacancy_versions v ON v.id = "
    "(SELECT MAX(id) FROM vacancy_versions WHERE publication_id = p.id) "
    "WHERE p.deletion_requested_at IS NOT NULL ORDER BY p.deletion_requested_at LIMIT ?";

std::vector<Value> ContentParams(const d::VacancyContent& c) {
    return {c.position,        c.category,   c.subcategory,      c.company,      c.city,         c.address,
            V(c.remote),       V(c.salary_min), V(c.salary_max), c.schedule,     c.employment_type, c.experience,
            c.education,       V(c.age_min), V(c.age_max),       c.requirements, c.description,  c.contact_person,
            c.phone,           c.email,      c.apply_url,        c.closing_date};
}

d::Publication ReadPublication(const Row& r) {
    d::Publication p;
    p.id = r.Int(0);
    p.kind = r.Text(1);
    p.status = d::ParsePublicationStatus(r.Text(2)).value_or(d::PublicationStatus::Pending);
    p.slug = r.Text(3);
    p.lang = r.Text(4);
    p.owner_email = r.Text(5);
    p.created_at = r.Int(6);
    p.updated_at = r.Int(7);
    p.published_at = r.OptInt(8);
    p.deletion_requested_at = r.OptInt(9);
    p.views = r.Int(10);
    return p;
}

// Reads version columns starting at column `o`.
d::VacancyContent ReadContent(const Row& r, size_t o) {
    d::VacancyContent c;
    c.position = r.Text(o + 4);
    c.category = r.Text(o + 5);
    c.subcategory = r.Text(o + 6);
    c.company = r.Text(o + 7);
    c.city = r.Text(o + 8);
    c.address = r.Text(o + 9);
    c.remote = r.Int(o + 10) != 0;
    c.salary_min = r.OptInt(o + 11);
    c.salary_max = r.OptInt(o + 12);
    c.schedule = r.Text(o + 13);
    c.employment_type = r.Text(o + 14);
    c.experience = r.Text(o + 15);
    c.education = r.Text(o + 16);
    if (auto a = r.OptInt(o + 17)) c.age_min = static_cast<int>(*a);
    if (auto a = r.OptInt(o + 18)) c.age_max = static_cast<int>(*a);
    c.requirements = r.Text(o + 19);
    c.description = r.Text(o + 20);
    c.contact_person = r.Text(o + 21);
    c.phone = r.Text(o + 22);
    c.email = r.Text(o + 23);
    c.apply_url = r.Text(o + 24);
    c.closing_date = r.Text(o + 25);
    return c;
}

d::VersionInfo ReadVersionInfo(const Row& r, size_t o) {
    d::VersionInfo v;
    v.id = r.Int(o);
    v.review = d::ParseReviewState(r.Text(o + 1)).value_or(d::ReviewState::Pending);
    v.reject_reason = r.Text(o + 2);
    v.submitted_at = r.Int(o + 3);
    return v;
}

void RemoveListing(Conn& c, std::int64_t id) {
    if (auto row = c.QueryOne(kListingCategory, {id})) {
        c.Exec(kCountDown, {row->Text(0)});
        c.Exec(kDeleteListing, {id});
    }
    c.Exec(kDeleteSearch, {id});
}

void InsertListing(Conn& c, std::int64_t id, std::int64_t published_at, const std::string& slug,
                   const d::VacancyContent& v) {
    c.Exec(kInsertListing, {id, published_at, slug, v.position, v.company, v.category, v.city, v.employment_type,
                            v.experience, v.education, V(v.remote), V(v.salary_min), V(v.salary_max),
                            d::text::Excerpt(v.description, 220)});
    c.Exec(kCountUp, {v.category});
    c.Exec(kInsertSearch, {id, d::SearchText(v)});
}

std::vector<d::QueueItem> ReadQueue(const std::vector<Row>& rows) {
    std::vector<d::QueueItem> out;
    for (const auto& r : rows) {
        d::QueueItem q;
        q.publication_id = r.Int(0);
        q.kind = r.Text(1);
        q.title = r.Text(2);
        q.company = r.Text(3);
        q.is_edit = r.Int(4) != 0;
        q.submitted_at = r.Int(5);
        out.push_back(std::move(q));
    }
    return out;
}

}  // namespace

std::int64_t SqlVacancyRepository::Create(const d::Publication& p, const d::VacancyContent& c,
                                          const std::string& token_hash) {
    return db_.WriteValue([&](Conn& conn) {
        auto row = conn.QueryOne(kInsertPublication, {p.kind, std::string(d::ToString(p.status)), p.slug, p.lang,
                                                      p.owner_email, token_hash, p.created_at, p.updated_at});
        std::int64_t id = row->Int(0);
        auto params = ContentParams(c);
        params.insert(params.begin(), {id, p.created_at});
        conn.Exec(kInsertVersion, params);
        return id;
    });
}

std::optional<d::VacancyRecord> SqlVacancyRepository::Load(Conn& c, const std::optional<Row>& pub) {
    if (!pub) return std::nullopt;
    d::VacancyRecord rec;
    rec.publication = ReadPublication(*pub);
    if (auto live_id = pub->OptInt(kPublicationColumnCount - 1)) {
        auto row = c.QueryOne(std::string("SELECT ") + kVersionColumns + " FROM vacancy_versions v WHERE v.id = ?",
                              {*live_id});
        if (row) rec.live = ReadContent(*row, 0);
    }
    auto latest = c.QueryOne(std::string("SELECT ") + kVersionColumns +
                                 " FROM vacancy_versions v WHERE v.publication_id = ? AND v.review <> 'approved' "
                                 "ORDER BY v.id DESC LIMIT 1",
                             {rec.publication.id});
    if (latest) {
        rec.latest = ReadVersionInfo(*latest, 0);
        rec.latest_content = ReadContent(*latest, 0);
    }
    return rec;
}

std::optional<d::VacancyRecord> SqlVacancyRepository::Find(std::int64_t id) {
    std::optional<d::VacancyRecord> out;
    db_.Read([&](Conn& c) {
        out = Load(c, c.QueryOne(std::string("SELECT ") + kPublicationColumns +
                                     " FROM publications p WHERE p.id = ? AND p.kind = 'vacancy'",
                                 {id}));
    });
    return out;
}

std::optional<d::VacancyRecord> SqlVacancyRepository::FindByTokenHash(const std::string& token_hash) {
    std::optional<d::VacancyRecord> out;
    db_.Read([&](Conn& c) {
        out = Load(c, c.QueryOne(std::string("SELECT ") + kPublicationColumns +
                                     " FROM publications p WHERE p.manage_token_hash = ? AND p.kind = 'vacancy'",
                                 {token_hash}));
    });
    return out;
}

std::optional<d::PublishedVacancy> SqlVacancyRepository::FindPublished(std::int64_t id) {
    static const std::string kSql = std::string("SELECT ") + kPublicationColumns + ", " + kVersionColumns +
                                    " FROM publications p JOIN vacancy_versions v ON v.id = p.live_version_id "
                                    "WHERE p.id = ? AND p.kind = 'vacancy' AND p.status = 'published'";
    std::optional<d::PublishedVacancy> out;
    db_.Read([&](Conn& c) {
        if (auto row = c.QueryOne(kSql, {id}))
            out = d::PublishedVacancy{ReadPublication(*row), ReadContent(*row, kPublicationColumnCount)};
    });
    return out;
}

void SqlVacancyRepository::AddVersion(std::int64_t id, const d::VacancyContent& c, d::Millis now) {
    db_.Write([&](Conn& conn) {
        conn.Exec(kDeleteUnapprovedVersions, {id});
        auto params = ContentParams(c);
        params.insert(params.begin(), {id, now});
        conn.Exec(kInsertVersion, params);
        conn.Exec(kStatusAfterEdit, {now, id});
    });
}

void SqlVacancyRepository::Approve(std::int64_t id, std::int64_t version_id, const d::VacancyContent& c,
                                   const std::string& slug, d::Millis now) {
    db_.Write([&](Conn& conn) {
        auto params = ContentParams(c);
        params.push_back(version_id);
        conn.Exec(kUpdateVersionContent, params);
        conn.Exec(kDeleteOtherVersions, {id, version_id});
        auto row = conn.QueryOne(kPublish, {version_id, slug, now, now, id});
        RemoveListing(conn, id);
        if (row && row->Text(0) == "published") InsertListing(conn, id, row->Int(1), slug, c);
    });
}

void SqlVacancyRepository::Reject(std::int64_t id, std::int64_t version_id, const std::string& reason,
                                  d::Millis now) {
    db_.Write([&](Conn& conn) {
        conn.Exec(kRejectVersion, {reason, version_id});
        conn.Exec(kStatusAfterReject, {now, id});
    });
}

void SqlVacancyRepository::RequestDeletion(std::int64_t id, d::Millis now) {
    db_.Write([&](Conn& conn) { conn.Exec(kRequestDeletion, {now, id}); });
}

void SqlVacancyRepository::Delete(std::int64_t id) {
    db_.Write([&](Conn& conn) {
        RemoveListing(conn, id);
        conn.Exec(kDeletePublication, {id});
    });
}

void SqlVacancyRepository::CountView(std::int64_t id) {
    std::lock_guard g(views_mu_);
    ++pending_views_[id];
}

void SqlVacancyRepository::FlushViews() {
    std::unordered_map<std::int64_t, std::int64_t> batch;
    {
        std::lock_guard g(views_mu_);
        batch.swap(pending_views_);
    }
    if (batch.empty()) return;
    db_.Write([&](Conn& conn) {
        for (auto [id, n] : batch) conn.Exec(kCountViews, {n, id});
    });
}

d::Page<d::VacancySummary> SqlVacancyRepository::ListPublished(const d::VacancyFilter& f, d::Millis now) {
    // Only fixed clause strings are appended; every value is a bound parameter.
    std::string from;
    std::string where = " WHERE 1 = 1";
    std::vector<Value> params;
    const bool search = !f.terms.empty();
    if (search) {
        std::string match;
        for (const auto& t : f.terms) {
            if (!match.empty()) match += ' ';
            match += '"';
            for (char ch : t) match += ch == '"' ? std::string("\"\"") : std::string(1, ch);
            match += "\"*";
        }
        from = " FROM search_index JOIN vacancy_listings l ON l.publication_id = search_index.rowid";
        where += " AND search_index MATCH ?";
        params.emplace_back(match);
    } else {
        from = " FROM vacancy_listings l";
    }
    auto eq = [&](const char* column, const std::string& v) {
        if (v.empty()) return;
        where += std::string(" AND l.") + column + " = ?";
        params.emplace_back(v);
    };
    eq("category", f.category);
    eq("city", f.city);
    eq("employment_type", f.employment_type);
    eq("experience", f.experience);
    eq("education", f.education);
    if (f.min_salary) {
        where += " AND COALESCE(l.salary_max, l.salary_min) >= ?";
        params.emplace_back(*f.min_salary);
    }
    if (f.posted_within_days > 0) {
        where += " AND l.published_at >= ?";
        params.emplace_back(now - f.posted_within_days * d::kDay);
    }
    const std::int64_t cap = search ? 1000 : 1000000;
    d::Page<d::VacancySummary> page;
    page.per_page = f.per_page;
    page.page = f.page;
    std::string order = search ? " ORDER BY search_index.rowid DESC" : " ORDER BY l.published_at DESC, l.publication_id DESC";
    db_.Read([&](Conn& c) {
        auto count_params = params;
        count_params.emplace_back(cap);
        page.total = c.QueryOne("SELECT COUNT(*) FROM (SELECT 1" + from + where + " LIMIT ?)", count_params)->Int(0);
        page.total_is_lower_bound = page.total >= cap;
        auto list_params = params;
        list_params.emplace_back(std::int64_t{f.per_page});
        list_params.emplace_back(std::int64_t{(f.page - 1) * static_cast<std::int64_t>(f.per_page)});
        auto rows = c.Query(
            "SELECT l.publication_id, l.slug, l.position, l.company, l.category, l.city, l.employment_type, "
            "l.remote, l.salary_min, l.salary_max, l.excerpt, l.published_at" +
                from + where + order + " LIMIT ? OFFSET ?",
            list_params);
        for (const auto& r : rows) {
            d::VacancySummary s;
            s.id = r.Int(0);
            s.slug = r.Text(1);
            s.position = r.Text(2);
            s.company = r.Text(3);
            s.category = r.Text(4);
            s.city = r.Text(5);
            s.employment_type = r.Text(6);
            s.remote = r.Int(7) != 0;
            s.salary_min = r.OptInt(8);
            s.salary_max = r.OptInt(9);
            s.excerpt = r.Text(10);
            s.published_at = r.Int(11);
            page.items.push_back(std::move(s));
        }
    });
    return page;
}

std::vector<d::CategoryCount> SqlVacancyRepository::CountByCategory() {
    std::vector<d::CategoryCount> out;
    db_.Read([&](Conn& c) {
        for (const auto& r : c.Query(kCategoryCounts)) out.push_back({r.Text(0), r.Int(1)});
    });
    return out;
}

std::vector<d::QueueItem> SqlVacancyRepository::ModerationQueue(int limit) {
    return db_.ReadValue([&](Conn& c) { return ReadQueue(c.Query(kQueue, {std::int64_t{limit}})); });
}

std::vector<d::QueueItem> SqlVacancyRepository::DeletionRequests(int limit) {
    return db_.ReadValue([&](Conn& c) { return ReadQueue(c.Query(kDeletionRequests, {std::int64_t{limit}})); });
}

void SqlAuditLog::Record(std::int64_t actor_id, std::string_view action, std::int64_t publication_id,
                         std::string_view detail, d::Millis at) {
    db_.Write([&](Conn& c) {
        c.Exec("INSERT INTO audit_log (actor_id, action, publication_id, detail, at) VALUES (?, ?, ?, ?, ?)",
               {actor_id, std::string(action), publication_id, std::string(detail), at});
    });
}

}  // namespace ejob::storage
