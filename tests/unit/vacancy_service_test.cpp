// VacancyService with in-memory ports and a fixed clock: the lifecycle rules without HTTP or SQL.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "domain/vacancies/vacancy_service.hpp"

namespace ejob::domain {
namespace {

class MemoryRepository final : public PublicationRepository<VacancyContent> {
  public:
    struct Stored {
        Publication p;
        std::vector<std::string> token_hashes;
        std::optional<VacancyContent> live;
        std::optional<VersionInfo> latest;
        std::optional<VacancyContent> latest_content;
    };
    std::map<std::int64_t, Stored> rows;
    std::int64_t next_version = 1;

    std::vector<Screening> screenings;  // what each submission and edit was stored with
    std::int64_t Create(const Publication& p, const VacancyContent& c, const std::string& hash,
                        const Screening& screening) override {
        screenings.push_back(screening);
        std::int64_t id = static_cast<std::int64_t>(rows.size()) + 1;
        Stored s{p,
                 {hash},
                 std::nullopt,
                 VersionInfo{next_version++, ReviewState::Pending, "", p.created_at, screening.flags},
                 c};
        s.p.id = id;
        rows[id] = s;
        return id;
    }
    std::optional<VacancyRecord> Find(std::int64_t id) override {
        auto it = rows.find(id);
        if (it == rows.end()) return std::nullopt;
        return VacancyRecord{it->second.p, it->second.live, it->second.latest, it->second.latest_content};
    }
    std::optional<VacancyRecord> FindByTokenHash(const std::string& hash) override {
        for (auto& [id, s] : rows)
            if (std::find(s.token_hashes.begin(), s.token_hashes.end(), hash) != s.token_hashes.end()) return Find(id);
        return std::nullopt;
    }
    std::optional<PublishedVacancy> FindPublished(std::int64_t id) override {
        auto it = rows.find(id);
        if (it == rows.end() || it->second.p.status != PublicationStatus::Published) return std::nullopt;
        return PublishedVacancy{it->second.p, *it->second.live};
    }
    // The photos of `gone` that the stored versions of `s` no longer have.
    static std::vector<std::string> Unreferenced(const Stored& s, const std::vector<std::string>& gone) {
        std::vector<std::string> out;
        for (const auto& stem : gone) {
            auto in = [&](const std::optional<VacancyContent>& c) {
                return c && std::find(c->photos.begin(), c->photos.end(), stem) != c->photos.end();
            };
            if (!in(s.live) && !in(s.latest_content)) out.push_back(stem);
        }
        return out;
    }
    static std::vector<std::string> PhotosOf(const std::optional<VacancyContent>& c) {
        return c ? c->photos : std::vector<std::string>{};
    }
    std::optional<std::vector<std::string>> AddVersion(std::int64_t id, const VacancyContent& c, Millis now,
                                                       const Screening& screening) override {
        if (!rows.count(id)) return std::nullopt;
        screenings.push_back(screening);
        auto& s = rows[id];
        auto gone = PhotosOf(s.latest_content);
        s.latest = VersionInfo{next_version++, ReviewState::Pending, "", now, screening.flags};
        s.latest_content = c;
        if (!s.live) s.p.status = PublicationStatus::Pending;
        return Unreferenced(s, gone);
    }
    std::optional<std::vector<std::string>> Approve(std::int64_t id, std::int64_t, const VacancyContent& c,
                                                    const std::string& slug, Millis now) override {
        auto& s = rows[id];
        auto gone = PhotosOf(s.live);
        for (const auto& stem : PhotosOf(s.latest_content)) gone.push_back(stem);
        s.live = c;
        s.latest.reset();
        s.latest_content.reset();
        s.p.slug = slug;
        s.p.status = PublicationStatus::Published;
        if (!s.p.published_at) s.p.published_at = now;
        return Unreferenced(s, gone);
    }
    bool Reject(std::int64_t id, std::int64_t, const std::string& reason, Millis) override {
        auto& s = rows[id];
        s.latest->review = ReviewState::Rejected;
        s.latest->reject_reason = reason;
        if (!s.live) s.p.status = PublicationStatus::Rejected;
        return true;
    }
    void RequestDeletion(std::int64_t id, Millis now) override { rows[id].p.deletion_requested_at = now; }
    std::optional<std::vector<std::string>> Delete(std::int64_t id) override {
        auto it = rows.find(id);
        if (it == rows.end()) return std::nullopt;
        auto gone = PhotosOf(it->second.live);
        for (const auto& stem : PhotosOf(it->second.latest_content))
            if (std::find(gone.begin(), gone.end(), stem) == gone.end()) gone.push_back(stem);
        rows.erase(it);
        return gone;
    }
    void CountView(std::int64_t) override {}
    void SetStopped(std::int64_t id, bool stopped, Millis now) override {
        rows[id].p.status = stopped ? PublicationStatus::Stopped : PublicationStatus::Published;
        rows[id].p.stopped_at = stopped ? std::optional<Millis>(now) : std::nullopt;
    }
    void SetAccountBlocked(std::int64_t id, bool blocked, Millis now) override {
        auto& p = rows[id].p;
        p.owner_blocked = blocked;
        if (blocked && p.status == PublicationStatus::Published) {
            p.status = PublicationStatus::Stopped;
            p.stopped_at = now;
            stopped_by_block.insert(id);
        } else if (!blocked && stopped_by_block.erase(id) > 0) {
            p.status = PublicationStatus::Published;
            p.stopped_at.reset();
        }
    }
    std::set<std::int64_t> stopped_by_block;
    void SetOwner(std::int64_t id, std::int64_t account_id) override { rows[id].p.owner_account_id = account_id; }
    void AddManageToken(std::int64_t id, const std::string& hash, Millis) override {
        rows[id].token_hashes.push_back(hash);
    }
};

class CountingTokens final : public TokenService {
  public:
    int n = 0;
    std::string NewToken() override { return "token-number-" + std::to_string(++n) + "-padding-padding"; }
    std::string Hash(std::string_view t) const override { return "h:" + std::string(t); }
};

class RecordingNotifier final : public PublicationNotifier {
  public:
    std::vector<std::string> events;
    void ManageLinkCreated(const Publication& p, std::string_view, std::string_view token) override {
        events.push_back("link " + p.owner_email + " " + std::string(token));
    }
    void Approved(const Publication&, std::string_view, std::string_view token) override {
        events.push_back("approved " + std::string(token));
    }
    void Rejected(const Publication&, std::string_view, std::string_view reason, std::string_view token) override {
        events.push_back("rejected " + std::string(reason) + " " + std::string(token));
    }
};

// A photo store that records what the service asks of it. An upload "bad" is refused; any other is stored under
// a stem made of its first character; a claimed stem gets the new name "f…" (its first character replaced).
class RecordingPhotoStore final : public PhotoStore {
  public:
    std::vector<std::string> stored, claimed, removed;
    std::vector<std::string> gone;  // stems whose files are no longer there (another request took them)
    std::function<void()> on_store;
    StoredPhoto Store(std::string_view upload) override {
        if (on_store) on_store();
        if (upload == "bad") return {"", PhotoRefusal::Corrupt};
        std::string stem(32, upload.at(0));
        stored.push_back(stem);
        return {stem, PhotoRefusal::None};
    }
    std::string Claim(std::string_view stem) override {
        claimed.emplace_back(stem);
        if (std::find(gone.begin(), gone.end(), stem) != gone.end()) return "";
        return "f" + std::string(stem.substr(1));
    }
    void Remove(const std::vector<std::string>& stems) override {
        removed.insert(removed.end(), stems.begin(), stems.end());
    }
};

class NullAudit final : public AuditLog {
  public:
    int n = 0;
    void Append(const AuditRecord&) override { ++n; }
};

VacancyDraft Draft(const std::string& position) {
    VacancyDraft d;
    d.position = position;
    d.category = "sales";
    d.company = "Abşeron Ticarət";
    d.city = "sumgait";
    d.employment_type = "full_time";
    d.experience = "none";
    d.education = "secondary";
    d.requirements = "Ünsiyyətcil olmaq.";
    d.description = "Müştərilərə xidmət.";
    d.email = "hr@abseron.az";
    return d;
}

// No database here: a unit of work just runs its changes.
struct DirectUnitOfWork final : UnitOfWork {
    void Atomically(const std::function<void()>& f) override { f(); }
};

class Service : public ::testing::Test {
  protected:
    MemoryRepository repo;
    CountingTokens tokens;
    RecordingNotifier notifier;
    NullAudit audit;
    RecordingPhotoStore files;
    FixedClock clock{1'790'000'000'000};
    DirectUnitOfWork unit;
    VacancyService service{repo, tokens, notifier, audit, files, unit, clock};
};

TEST_F(Service, SubmitStoresOnlyTheTokenHashAndMailsTheLinkWhenAnEmailIsGiven) {
    auto d = Draft("Satıcı");
    d.owner_email = "owner@x.az";
    auto r = service.Submit(d);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(repo.rows[r->id].token_hashes, std::vector<std::string>{"h:" + r->manage_token});
    EXPECT_EQ(repo.rows[r->id].p.status, PublicationStatus::Pending);
    ASSERT_EQ(notifier.events.size(), 1u);
    EXPECT_EQ(notifier.events[0], "link owner@x.az " + r->manage_token);
    EXPECT_FALSE(service.Published(r->id).has_value());
}

// No other publications: nothing is a duplicate.
struct NoOtherPublications final : ScreeningQueries {
    std::optional<std::int64_t> LiveDuplicate(std::string_view, std::int64_t, const ScreeningOwner&, const std::string&,
                                              const std::string&) override {
        return std::nullopt;
    }
    std::optional<std::int64_t> OwnersEarlier(std::string_view, std::int64_t, const ScreeningOwner&, Millis,
                                              Millis) override {
        return std::nullopt;
    }
};

TEST_F(Service, SubmissionsAndEditsAreScreenedAndStoredWithTheirFlags) {
    ScreeningWords words;
    NoOtherPublications others;
    Prechecks prechecks(words, others);
    VacancyService screened{repo, tokens, notifier, audit, files, unit, clock, &prechecks};
    auto r = screened.Submit(Draft("TƏCİLİ BAŞ SATICI lazımdır"));
    ASSERT_TRUE(r.ok()) << "a flag never refuses";
    ASSERT_EQ(repo.screenings.size(), 1u);
    ASSERT_EQ(repo.screenings[0].flags.size(), 1u);
    EXPECT_EQ(repo.screenings[0].flags[0].check, "capitals");
    EXPECT_FALSE(repo.screenings[0].title_print.empty());

    ASSERT_TRUE(screened.Edit(r->manage_token, Draft("Baş satıcı")).ok());
    ASSERT_EQ(repo.screenings.size(), 2u);
    EXPECT_TRUE(repo.screenings[1].flags.empty()) << "the edit is screened again";

    ASSERT_TRUE(service.Submit(Draft("TƏCİLİ BAŞ SATICI lazımdır")).ok());
    EXPECT_TRUE(repo.screenings.back().flags.empty()) << "a service without checks flags nothing";
}

TEST_F(Service, InvalidDraftStoresNothing) {
    auto r = service.Submit(Draft(""));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(repo.rows.empty());
}

TEST_F(Service, ApproveRejectAndEditFollowTheLifecycle) {
    auto r = service.Submit(Draft("Satıcı"));
    ASSERT_TRUE(service.Reject(1, r->id, "").error().code == ErrorCode::Invalid);
    ASSERT_TRUE(service.Reject(1, r->id, "Təkrar elan").ok());
    EXPECT_EQ(repo.rows[r->id].p.status, PublicationStatus::Rejected);
    EXPECT_EQ(service.Reject(1, r->id, "again").error().code, ErrorCode::Conflict);

    ASSERT_TRUE(service.Edit(r->manage_token, Draft("Baş satıcı")).ok());
    EXPECT_EQ(repo.rows[r->id].p.status, PublicationStatus::Pending);
    ASSERT_TRUE(service.Approve(1, r->id, Draft("Baş satıcı")).ok());
    EXPECT_EQ(service.Published(r->id)->content.position, "Baş satıcı");
    EXPECT_EQ(repo.rows[r->id].p.slug, "bas-satici");

    clock.Advance(kDay);
    ASSERT_TRUE(service.Edit(r->manage_token, Draft("Aparıcı satıcı")).ok());
    EXPECT_EQ(service.Published(r->id)->content.position, "Baş satıcı") << "the approved text stays public";
    EXPECT_EQ(audit.n, 2);
}

TEST_F(Service, EachModerationMailCarriesAFreshLinkAndEveryEarlierLinkKeepsWorking) {
    auto d = Draft("Satıcı");
    d.owner_email = "owner@x.az";
    auto r = service.Submit(d);
    ASSERT_TRUE(service.Reject(1, r->id, "Şəkil yoxdur").ok());
    ASSERT_EQ(notifier.events.size(), 2u);
    const std::string rejected_prefix = "rejected Şəkil yoxdur ";
    ASSERT_EQ(notifier.events[1].rfind(rejected_prefix, 0), 0u) << notifier.events[1];
    std::string from_rejection = notifier.events[1].substr(rejected_prefix.size());
    EXPECT_NE(from_rejection, r->manage_token);
    EXPECT_EQ(service.Manage(from_rejection)->publication.id, r->id);

    auto d2 = Draft("Baş satıcı");
    d2.owner_email = "owner@x.az";
    ASSERT_TRUE(service.Edit(from_rejection, d2).ok());
    ASSERT_TRUE(service.Approve(1, r->id, d2).ok());
    ASSERT_EQ(notifier.events.size(), 3u);
    std::string from_approval = notifier.events[2].substr(std::string("approved ").size());
    EXPECT_NE(from_approval, from_rejection);
    for (const auto& token : {r->manage_token, from_rejection, from_approval})
        EXPECT_EQ(service.Manage(token)->publication.id, r->id) << token;
    EXPECT_EQ(repo.rows[r->id].token_hashes.size(), 3u) << "only hashes are stored";
    EXPECT_EQ(repo.rows[r->id].token_hashes[2], "h:" + from_approval);
}

TEST_F(Service, WithoutAnEmailNoMailAndNoNewLink) {
    auto r = service.Submit(Draft("Satıcı"));
    ASSERT_TRUE(service.Approve(1, r->id, Draft("Satıcı")).ok());
    EXPECT_TRUE(notifier.events.empty());
    EXPECT_EQ(repo.rows[r->id].token_hashes.size(), 1u);
}

TEST_F(Service, WrongOrMalformedTokensFindNothing) {
    service.Submit(Draft("Satıcı"));
    EXPECT_EQ(service.Manage("nope").error().code, ErrorCode::NotFound);
    EXPECT_EQ(service.Manage(std::string(500, 'a')).error().code, ErrorCode::NotFound);
    EXPECT_EQ(service.RequestDeletion("token-number-9-padding-padding").error().code, ErrorCode::NotFound);
}

const std::string kLogoA(32, 'a'), kLogoB(32, 'b');

const std::string kClaimedA = "f" + kLogoA.substr(1);

PhotoChoice Chosen(std::string_view upload) {
    return {.field = "logo", .held = {}, .chosen = {upload}};
}
PhotoChoice Held(const std::string& stem) {
    return {.field = "logo", .held = {stem}, .chosen = {}};
}

TEST_F(Service, AnInvalidTextNeverStoresItsPhotos) {
    auto chosen = Chosen("b-upload");
    auto r = service.Submit(Draft(""), chosen);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(files.stored.empty()) << "the text is validated before any photo is stored";
    EXPECT_TRUE(files.removed.empty());
    EXPECT_EQ(chosen.chosen.size(), 1u) << "left to the form, which holds it for the corrected submission";

    auto held = Held(kLogoA);
    EXPECT_FALSE(service.Submit(Draft(""), held).ok());
    EXPECT_TRUE(files.claimed.empty()) << "a held photo stays held, under its name";
    EXPECT_EQ(held.held, std::vector<std::string>{kLogoA});
    EXPECT_TRUE(files.removed.empty());
    EXPECT_TRUE(repo.rows.empty());
}

TEST_F(Service, AnInvalidEditNeverStoresItsPhotos) {
    auto r = service.Submit(Draft("Satıcı"));
    auto chosen = Chosen("b-upload");
    EXPECT_FALSE(service.Edit(r->manage_token, Draft(""), chosen).ok());
    auto held = Held(kLogoA);
    EXPECT_FALSE(service.OwnerEdit(0, r->id, Draft(""), held).ok()) << "not the owner: refused before anything";
    EXPECT_TRUE(files.stored.empty());
    EXPECT_TRUE(files.claimed.empty());
    EXPECT_TRUE(files.removed.empty());
    EXPECT_EQ(chosen.chosen.size(), 1u);
    EXPECT_TRUE(repo.rows[r->id].latest_content->photos.empty());
}

TEST_F(Service, AValidTextStoresItsPhotoBeforeThePublication) {
    bool stored_first = false;
    files.on_store = [&] { stored_first = repo.rows.empty(); };
    auto chosen = Chosen("b-upload");
    auto r = service.Submit(Draft("Satıcı"), chosen);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(stored_first);
    EXPECT_EQ(files.stored, std::vector<std::string>{kLogoB});
    EXPECT_EQ(repo.rows[r->id].latest_content->photos, std::vector<std::string>{kLogoB});
    EXPECT_TRUE(chosen.chosen.empty());
    EXPECT_TRUE(chosen.held.empty()) << "the photo is the publication's now";
}

TEST_F(Service, AHeldPhotoIsClaimedUnderANewNameForAValidText) {
    auto held = Held(kLogoA);
    auto r = service.Submit(Draft("Satıcı"), held);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(files.claimed, std::vector<std::string>{kLogoA});
    EXPECT_EQ(repo.rows[r->id].latest_content->photos, std::vector<std::string>{kClaimedA});
    EXPECT_TRUE(held.held.empty());
}

TEST_F(Service, ARefusedOrLostPhotoRefusesAValidTextAndStoresNothingElse) {
    auto bad = Chosen("bad");
    auto r = service.Submit(Draft("Satıcı"), bad);
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(r.error().fields.size(), 1u);
    EXPECT_EQ(r.error().fields[0].field, "logo");
    EXPECT_EQ(r.error().fields[0].message, PhotoRefusalMessage(PhotoRefusal::Corrupt));
    EXPECT_TRUE(bad.chosen.empty()) << "a refused file is not held";
    EXPECT_TRUE(bad.held.empty());

    files.gone = {kLogoA};
    auto lost = Held(kLogoA);
    r = service.Submit(Draft("Satıcı"), lost);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().fields.at(0).message, kPhotoNoLongerHeld);
    EXPECT_TRUE(lost.held.empty());
    EXPECT_TRUE(repo.rows.empty());
    EXPECT_TRUE(files.removed.empty());
}

TEST_F(Service, TooManyPhotosAreRefusedBeforeAnyIsStored) {
    PhotoChoice two{.field = "logo", .held = {kLogoA}, .chosen = {"b-upload"}};
    auto r = service.Submit(Draft("Satıcı"), two);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(files.stored.empty());
    EXPECT_TRUE(files.claimed.empty());
    EXPECT_EQ(two.held, std::vector<std::string>{kLogoA}) << "the held photo stays held";
}

TEST_F(Service, AnEditStoresItsNewPhotoAndRemovesItWhenThePublicationWentMeanwhile) {
    auto r = service.Submit(Draft("Satıcı"));
    auto chosen = Chosen("b-upload");
    ASSERT_TRUE(service.Edit(r->manage_token, Draft("Baş satıcı"), chosen).ok());
    EXPECT_EQ(repo.rows[r->id].latest_content->photos, std::vector<std::string>{kLogoB});

    files.on_store = [&] { repo.rows.erase(r->id); };  // deleted by a moderator while the photo was processed
    auto again = Chosen("c-upload");
    auto edit = service.Edit(r->manage_token, Draft("Aparıcı satıcı"), again);
    ASSERT_FALSE(edit.ok());
    EXPECT_EQ(edit.error().code, ErrorCode::NotFound);
    EXPECT_EQ(files.removed, std::vector<std::string>{std::string(32, 'c')}) << "nothing half-stored";
}

TEST_F(Service, ReplacedPhotosAreRemovedWhenTheNewVersionIsApproved) {
    auto d = Draft("Satıcı");
    d.photos = {kLogoA};
    auto r = service.Submit(d);
    ASSERT_TRUE(service.Approve(1, r->id, Draft("Satıcı")).ok());
    EXPECT_EQ(service.Published(r->id)->content.photos, std::vector<std::string>{kLogoA}) << "moderation keeps photos";
    EXPECT_TRUE(files.removed.empty());

    auto edit = Draft("Satıcı");
    edit.photos = {kLogoB};
    ASSERT_TRUE(service.Edit(r->manage_token, edit).ok());
    EXPECT_TRUE(files.removed.empty()) << "the live logo stays until the edit is approved";
    ASSERT_TRUE(service.Approve(1, r->id, Draft("Satıcı")).ok());
    EXPECT_EQ(files.removed, std::vector<std::string>{kLogoA});
    ASSERT_TRUE(service.Delete(1, r->id).ok());
    EXPECT_EQ(files.removed, (std::vector<std::string>{kLogoA, kLogoB}));
}

TEST_F(Service, ModeratorCanRemoveAPhotoBeforeApproving) {
    auto d = Draft("Satıcı");
    d.photos = {kLogoA};
    auto r = service.Submit(d);
    ASSERT_TRUE(service.Approve(1, r->id, Draft("Satıcı"), {kLogoA}).ok());
    EXPECT_TRUE(service.Published(r->id)->content.photos.empty());
    EXPECT_EQ(files.removed, std::vector<std::string>{kLogoA});
}

TEST_F(Service, TheOwnerOfABlockedAccountChangesNothingUntilItIsUnblocked) {
    auto r = service.Submit(Draft("Satıcı"), std::int64_t{7});
    ASSERT_TRUE(service.Approve(1, r->id, Draft("Satıcı")).ok());
    service.FollowAccountBlock(r->id, true);
    EXPECT_EQ(repo.rows[r->id].p.status, PublicationStatus::Stopped);
    EXPECT_FALSE(service.Published(r->id).has_value());
    for (auto refused : {service.Edit(r->manage_token, Draft("Baş satıcı")), service.RequestDeletion(r->manage_token),
                         service.OwnerEdit(7, r->id, Draft("Baş satıcı")), service.Stop(7, r->id),
                         service.Resume(7, r->id), service.OwnerRequestDeletion(7, r->id)})
        EXPECT_TRUE(!refused.ok() && refused.error().code == ErrorCode::Forbidden);
    EXPECT_FALSE(repo.rows[r->id].p.deletion_requested_at.has_value());
    EXPECT_FALSE(repo.rows[r->id].latest.has_value()) << "no edit waits";

    service.FollowAccountBlock(r->id, false);
    EXPECT_EQ(service.Published(r->id)->content.position, "Satıcı");
    EXPECT_TRUE(service.Stop(7, r->id).ok());
}

TEST(BakuDate, IsUtcPlusFour) {
    EXPECT_EQ(BakuDate(1795910400000 - 4 * kHour), "2026-11-29");
    EXPECT_EQ(BakuDate(1795910400000 - 4 * kHour - 1), "2026-11-28");
}

}  // namespace
}  // namespace ejob::domain
