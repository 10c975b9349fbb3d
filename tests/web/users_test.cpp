// The administrators' users console through the real server, on both backends: search by email, an account's page,
// block and unblock (public view on this node and on another one, sessions, sign-in), the email change with its
// notices, and the deletion of an account with everything it has.
#include <gtest/gtest.h>

#include <regex>
#include <thread>

#include "domain/accounts/account.hpp"
#include "support/images.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

constexpr const char* kPassword = "long enough password";
constexpr const char* kBlockedMessage = "This account is blocked by the administration of the site.";

class Users : public ::testing::Test {
  protected:
    TestSite site;
    Client admin = site.NewClient();

    void SetUp() override { site.SignInAdmin(admin); }

    // The account's id, found the way an administrator finds it: by email in the console.
    std::int64_t AccountId(const std::string& email) {
        auto page = admin.Get("/en/admin/users?q=" + email);
        EXPECT_EQ(page.status, 200);
        std::smatch m;
        const std::regex row("href=\"/en/admin/users/([0-9]+)\">" +
                             std::regex_replace(email, std::regex("[.]"), "\\."));
        if (!std::regex_search(page.body, m, row)) {
            ADD_FAILURE() << "no account " << email << " in the console";
            return 0;
        }
        return std::stoll(m[1]);
    }
    std::string UserPath(std::int64_t id) { return "/en/admin/users/" + std::to_string(id); }
    // Posts one of the forms of the account's page.
    HttpResult Act(std::int64_t id, const std::string& action, Form form = {}) {
        auto page = admin.Get(UserPath(id));
        if (page.status != 200) page = admin.Get("/en/vacancies/new");  // no such account: any form's token
        form.insert(form.begin(), {"_csrf", CsrfToken(page.body)});
        return admin.Post(UserPath(id) + "/" + action, form);
    }
    int SignIn(Client& c, const std::string& email, const std::string& password = kPassword,
               std::string* body = nullptr, const std::string& lang = "/en") {
        auto page = c.Get(lang + "/account/login");
        auto r = c.Post(lang + "/account/login",
                        {{"_csrf", CsrfToken(page.body)}, {"email", email}, {"password", password}});
        if (body) *body = r.body;
        return r.status;
    }
    // Accounts straight into the table (faster than the form, which hashes a password and limits registrations).
    void InsertAccounts(const std::string& prefix, int n) {
        site.site().db().Write([&](storage::Conn& c) {
            for (int i = 0; i < n; ++i)
                c.Exec(
                    "INSERT INTO accounts (email, password_hash, role, created_at, lang) VALUES (?, 'x', 'user', ?, "
                    "'az')",
                    {prefix + std::to_string(i) + "@example.az", std::int64_t{1000 + i}});
        });
    }
    std::int64_t Count(const std::string& sql, std::int64_t id) {
        return site.site().db().ReadValue([&](storage::Conn& c) { return c.QueryOne(sql, {id})->Int(0); });
    }
    // Every mail to `to` in the outbox.
    std::vector<std::string> MailsTo(const std::string& to) {
        std::vector<std::string> out;
        for (const auto& f : site.MailFiles()) {
            std::string mail = ReadFile(f);
            if (Contains(mail, "To: " + to + "\r\n")) out.push_back(mail);
        }
        return out;
    }
    // What a visitor sees of vacancy `id` titled `title` (searched with `word`).
    struct Seen {
        bool in_list, in_search, detail;
    };
    Seen Public(Client& c, std::int64_t id, const std::string& title, const std::string& word) {
        const std::string link = "/vacancies/" + std::to_string(id) + "-";
        return {Contains(c.Get("/en/vacancies").body, title), Contains(c.Get("/en/search?q=" + word).body, link),
                c.Get("/en/vacancies/" + std::to_string(id)).status == 301};
    }
};

TEST_F(Users, SearchFindsByAPartOfTheEmailWithWildcardsTakenLiterally) {
    for (const char* email : {"Aysel.Mammadova@example.az", "orkhan_1@example.az", "orkhanx1@example.az",
                              "hundred%off@example.az", "thanks@example.az"}) {
        Client c = site.NewClient();
        site.RegisterAndSignIn(c, email);
    }

    auto found = admin.Get("/en/admin/users?q=MAMMAD");
    ASSERT_EQ(found.status, 200);
    EXPECT_TRUE(Contains(found.body, "aysel.mammadova@example.az")) << "a part, in any case";
    EXPECT_FALSE(Contains(found.body, "orkhan"));
    EXPECT_TRUE(Contains(found.body, "1 account found."));
    EXPECT_TRUE(Contains(found.body, "<td>User</td>"));
    EXPECT_TRUE(Contains(found.body, "<td>no</td>")) << "not confirmed, not blocked";

    auto underscore = admin.Get("/en/admin/users?q=orkhan_1");
    EXPECT_TRUE(Contains(underscore.body, "orkhan_1@example.az"));
    EXPECT_FALSE(Contains(underscore.body, "orkhanx1@example.az")) << "_ is not a wildcard";
    auto percent = admin.Get("/en/admin/users?q=%25");
    EXPECT_TRUE(Contains(percent.body, "hundred%off@example.az"));
    EXPECT_TRUE(Contains(percent.body, "1 account found.")) << "% is not a wildcard";
    // An address cannot hold a backslash; taken as an escape, "k\\s" would find "thanks@…".
    auto backslash = admin.Get("/en/admin/users?q=k%5Cs");
    EXPECT_TRUE(Contains(backslash.body, "0 accounts found.")) << "\\ is not an escape";
    EXPECT_TRUE(Contains(admin.Get("/en/admin/users?q=nobody-like-this").body, "0 accounts found."));

    auto all = admin.Get("/en/admin/users");
    EXPECT_TRUE(Contains(all.body, "6 accounts found.")) << "everyone, the administrator too";
    EXPECT_TRUE(Contains(all.body, "<td>Administrator</td>"));
    EXPECT_TRUE(Contains(all.body, "href=\"/en/admin/users\" aria-current=\"page\"")) << "the menu's Users link";
}

TEST_F(Users, ResultsComeFiftyToAPageAndThereIsNoPagePastTheLast) {
    InsertAccounts("bulk", 60);
    auto first = admin.Get("/en/admin/users?q=bulk");
    EXPECT_TRUE(Contains(first.body, "60 accounts found."));
    const std::regex row("href=\"/en/admin/users/[0-9]+\">bulk");
    auto rows = [&](const std::string& body) {
        return std::distance(std::sregex_iterator(body.begin(), body.end(), row), std::sregex_iterator());
    };
    EXPECT_EQ(rows(first.body), 50);
    EXPECT_TRUE(Contains(first.body, "/en/admin/users?q=bulk&amp;page=2"));
    auto second = admin.Get("/en/admin/users?q=bulk&page=2");
    ASSERT_EQ(second.status, 200);
    EXPECT_EQ(rows(second.body), 10);
    EXPECT_TRUE(Contains(second.body, "bulk0@example.az")) << "newest first: the oldest are last";
    EXPECT_EQ(admin.Get("/en/admin/users?q=bulk&page=3").status, 404);
    EXPECT_EQ(admin.Get("/en/admin/users?q=nobody&page=2").status, 404);
}

TEST_F(Users, TheAccountPageShowsItsPublicationsOfEveryKindAndItsRequests) {
    Client c = site.NewClient();
    site.RegisterAndSignIn(c, "owner@example.az");
    const std::int64_t vacancy = site.IdOfToken(site.Submit(c, "/vacancies", fixtures::VacancyForm("Qaynaqçı")));
    const std::int64_t resume = site.IdOfToken(site.Submit(c, "/resumes", fixtures::ResumeForm("Mühasib")));
    const std::int64_t service = site.IdOfToken(site.Submit(c, "/services", fixtures::ServiceForm("Santexnik")));
    site.Approve(admin, vacancy);
    site.Reject(admin, service, "Not a service.");
    auto mine = c.Get("/en/account");
    ASSERT_EQ(c.Post("/en/account/requests/email", {{"_csrf", CsrfToken(mine.body)}, {"new_email", "later@example.az"}})
                  .status,
              303);

    auto page = admin.Get(UserPath(AccountId("owner@example.az")));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(Contains(page.body, "<h1>owner@example.az</h1>"));
    for (auto id : {vacancy, resume, service})
        EXPECT_TRUE(Contains(page.body, "href=\"/en/admin/moderation/" + std::to_string(id) + "\"")) << id;
    EXPECT_TRUE(Contains(page.body, "Qaynaqçı"));
    EXPECT_TRUE(Contains(page.body, "Mühasib"));
    EXPECT_TRUE(Contains(page.body, "Santexnik"));
    EXPECT_TRUE(Contains(page.body, "<td>Published"));
    EXPECT_TRUE(Contains(page.body, "<td>Waiting for moderation"));
    EXPECT_TRUE(Contains(page.body, "<td>Rejected"));
    EXPECT_TRUE(Contains(page.body, "Change the email to later@example.az"));
    EXPECT_TRUE(Contains(page.body, "<strong>waiting</strong>"));
    EXPECT_TRUE(Contains(page.body, "/block\""));
    EXPECT_EQ(admin.Get("/en/admin/users/999999").status, 404);

    // Its own page offers an administrator neither blocking nor deleting, and the server refuses both.
    const std::int64_t me = AccountId(TestSite::kAdminEmail);
    auto own = admin.Get(UserPath(me));
    EXPECT_FALSE(Contains(own.body, "/block\""));
    EXPECT_FALSE(Contains(own.body, "/delete\""));
    EXPECT_EQ(Act(me, "block").status, 403);
    EXPECT_EQ(Act(me, "delete", {{"confirm", "1"}}).status, 403);
    EXPECT_EQ(site.CountRows("accounts"), 2);
}

TEST_F(Users, BlockingTakesThePublicationsOutOfPublicViewAtOnceAndUnblockingBringsBackOnlyThose) {
    Client owner = site.NewClient(), visitor = site.NewClient();
    site.RegisterAndSignIn(owner, "blocked@example.az");
    const std::string manage = site.Submit(owner, "/vacancies", fixtures::VacancyForm("Qaynaqçı"));
    const std::int64_t shown = site.IdOfToken(manage);
    const std::int64_t stopped = site.IdOfToken(site.Submit(owner, "/vacancies", fixtures::VacancyForm("Dülgər")));
    const std::int64_t waiting = site.IdOfToken(site.Submit(owner, "/vacancies", fixtures::VacancyForm("Bənna")));
    site.Approve(admin, shown);
    site.Approve(admin, stopped);
    auto mine = owner.Get("/en/account");
    ASSERT_EQ(
        owner.Post("/en/account/publications/" + std::to_string(stopped) + "/stop", {{"_csrf", CsrfToken(mine.body)}})
            .status,
        303);
    const std::string url = visitor.Get("/en/vacancies/" + std::to_string(shown)).Header("location");
    ASSERT_FALSE(url.empty());
    auto before = Public(visitor, shown, "Qaynaqçı", "qaynaqci");
    ASSERT_TRUE(before.in_list && before.in_search && before.detail);  // and now in the page and item caches

    const std::int64_t id = AccountId("blocked@example.az");
    auto blocked = Act(id, "block");
    ASSERT_EQ(blocked.status, 303);
    auto page = admin.Get(blocked.Header("location"));
    EXPECT_TRUE(Contains(page.body, "The account is blocked; its publications are no longer public."));
    EXPECT_TRUE(Contains(page.body, "by the block"));
    // Gone from every public surface of this node at once: no waiting.
    auto after = Public(visitor, shown, "Qaynaqçı", "qaynaqci");
    EXPECT_FALSE(after.in_list);
    EXPECT_FALSE(after.in_search);
    EXPECT_FALSE(after.detail);
    EXPECT_EQ(visitor.Get(url).status, 404);
    EXPECT_FALSE(Contains(visitor.Get("/sitemap.xml").body, "/vacancies/" + std::to_string(shown) + "-"));
    EXPECT_FALSE(Contains(visitor.Get("/en/feed.xml").body, "Qaynaqçı"));
    EXPECT_TRUE(Contains(admin.Get("/en/admin/users?q=blocked@").body, "<strong>blocked</strong>"));

    // The owner's session ended; signing in is refused with its own message, translated; a wrong password is
    // answered as before.
    EXPECT_EQ(owner.Get("/en/account").status, 303);
    std::string body;
    EXPECT_EQ(SignIn(owner, "blocked@example.az", kPassword, &body), 422);
    EXPECT_TRUE(Contains(body, kBlockedMessage));
    EXPECT_EQ(SignIn(owner, "blocked@example.az", kPassword, &body, ""), 422);
    EXPECT_FALSE(Contains(body, kBlockedMessage)) << "in Azerbaijani, not in English";
    EXPECT_TRUE(Contains(body, "bloklanıb"));
    EXPECT_EQ(SignIn(owner, "blocked@example.az", "a wrong password here", &body), 422);
    EXPECT_TRUE(Contains(body, "The email or the password is wrong."));
    EXPECT_FALSE(Contains(body, kBlockedMessage));
    // Neither the account nor a management link changes its publications.
    auto edit = visitor.Get("/en/manage/" + manage + "/edit");
    EXPECT_EQ(visitor
                  .Post("/en/manage/" + manage + "/edit",
                        fixtures::With(fixtures::VacancyForm("Qaynaqçı-montajçı"), "_csrf", CsrfToken(edit.body)))
                  .status,
              403);
    EXPECT_EQ(visitor.Post("/en/manage/" + manage + "/delete", {{"_csrf", CsrfToken(edit.body)}}).status, 403);

    // Approved while the account is blocked: not public either.
    site.Approve(admin, waiting);
    EXPECT_EQ(visitor.Get("/en/vacancies/" + std::to_string(waiting)).status, 404);

    ASSERT_EQ(Act(id, "unblock").status, 303);
    auto back = Public(visitor, shown, "Qaynaqçı", "qaynaqci");
    EXPECT_TRUE(back.in_list);
    EXPECT_TRUE(back.in_search);
    EXPECT_TRUE(back.detail);
    EXPECT_EQ(visitor.Get(url).status, 200);
    EXPECT_EQ(visitor.Get("/en/vacancies/" + std::to_string(waiting)).status, 301) << "approved during the block";
    EXPECT_EQ(visitor.Get("/en/vacancies/" + std::to_string(stopped)).status, 404) << "the owner had stopped it";
    EXPECT_EQ(SignIn(owner, "blocked@example.az"), 303);
    EXPECT_TRUE(Contains(owner.Get("/en/account").body, "Stopped"));
}

TEST_F(Users, AChangedEmailIsToldToBothAddressesAndOnlyTheNewOneSignsIn) {
    Client c = site.NewClient(), other = site.NewClient();
    site.RegisterAndSignIn(c, "old.address@example.az");
    site.RegisterAndSignIn(other, "taken@example.az");
    const std::int64_t id = AccountId("old.address@example.az");

    auto invalid = Act(id, "email", {{"email", "not an address"}});
    EXPECT_EQ(invalid.status, 422);
    EXPECT_TRUE(Contains(invalid.body, "aria-describedby=\"f-email-hint f-email-error\""));
    EXPECT_TRUE(Contains(invalid.body, "Enter a valid email address."));
    auto taken = Act(id, "email", {{"email", "Taken@Example.az"}});
    EXPECT_EQ(taken.status, 422);
    EXPECT_TRUE(Contains(taken.body,
                         "<p class=\"field-error\" id=\"f-email-error\">Another account already uses this "
                         "email address.</p>"));
    EXPECT_TRUE(Contains(taken.body, "value=\"Taken@Example.az\"")) << "what was typed comes back";
    EXPECT_TRUE(Contains(taken.body, "href=\"#f-email\"")) << "the error summary links to the field";
    EXPECT_TRUE(MailsTo("new.address@example.az").empty());

    auto changed = Act(id, "email", {{"email", "New.Address@example.az"}});
    ASSERT_EQ(changed.status, 303);
    EXPECT_TRUE(Contains(admin.Get(changed.Header("location")).body, "<h1>new.address@example.az</h1>"));
    auto to_old = MailsTo("old.address@example.az");
    auto to_new = MailsTo("new.address@example.az");
    ASSERT_EQ(to_new.size(), 1u);
    EXPECT_TRUE(Contains(to_new[0], "changed the email address of your account, which was old.address@example.az"));
    EXPECT_TRUE(Contains(to_new[0], "/account/confirm/")) << "the new address confirms itself";
    EXPECT_TRUE(std::any_of(to_old.begin(), to_old.end(), [](const std::string& m) {
        return Contains(m, "changed the email address of your account to new.address@example.az");
    }));

    Client fresh = site.NewClient();
    std::string body;
    EXPECT_EQ(SignIn(fresh, "old.address@example.az", kPassword, &body), 422);
    EXPECT_TRUE(Contains(body, "The email or the password is wrong."));
    EXPECT_EQ(SignIn(fresh, "new.address@example.az"), 303);
    EXPECT_TRUE(Contains(admin.Get(UserPath(id)).body, "<dt>Email confirmed</dt><dd>no</dd>"))
        << "unconfirmed until its owner confirms";
    std::smatch m;
    ASSERT_TRUE(std::regex_search(to_new[0], m, std::regex("/account/confirm/([A-Za-z0-9_-]+)")));
    EXPECT_EQ(fresh.Get("/en/account/confirm/" + std::string(m[1])).status, 303);
    EXPECT_FALSE(Contains(admin.Get(UserPath(id)).body, "<dt>Email confirmed</dt><dd>no</dd>"));
}

TEST_F(Users, DeletingAnAccountLeavesNothingOfItAndItsPhotos) {
    Client c = site.NewClient(), visitor = site.NewClient();
    site.RegisterAndSignIn(c, "leaving@example.az");
    const std::int64_t vacancy =
        site.IdOfToken(site.Submit(c, "/vacancies", fixtures::VacancyForm("Qaynaqçı"),
                                   {{"logo", "logo.jpg", "image/jpeg", images::SmallJpeg(1)}}));
    const std::int64_t resume = site.IdOfToken(site.Submit(c, "/resumes", fixtures::ResumeForm("Mühasib"),
                                                           {{"photo", "me.jpg", "image/jpeg", images::SmallJpeg(2)}}));
    site.Approve(admin, vacancy);
    site.Approve(admin, resume);
    auto mine = c.Get("/en/account");
    ASSERT_EQ(c.Post("/en/account/requests/delete", {{"_csrf", CsrfToken(mine.body)}}).status, 303);
    ASSERT_FALSE(site.MediaFiles().empty());
    const std::int64_t id = AccountId("leaving@example.az");
    ASSERT_GT(Count("SELECT COUNT(*) FROM account_tokens WHERE account_id = ?", id), 0);
    ASSERT_GT(Count("SELECT COUNT(*) FROM sessions WHERE account_id = ?", id), 0);

    auto unconfirmed = Act(id, "delete");
    EXPECT_EQ(unconfirmed.status, 422) << "the box was not ticked";
    EXPECT_TRUE(Contains(unconfirmed.body, "Tick the box to confirm that the account is deleted for good."));
    EXPECT_TRUE(Contains(unconfirmed.body, "aria-describedby=\"f-confirm-hint f-confirm-error\""));
    EXPECT_EQ(site.CountRows("publications"), 2);

    auto deleted = Act(id, "delete", {{"confirm", "1"}});
    ASSERT_EQ(deleted.status, 303);
    EXPECT_TRUE(Contains(admin.Get(deleted.Header("location")).body, "The account was deleted"));
    EXPECT_EQ(Count("SELECT COUNT(*) FROM accounts WHERE id = ?", id), 0);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM sessions WHERE account_id = ?", id), 0);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM account_tokens WHERE account_id = ?", id), 0);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM account_requests WHERE account_id = ?", id), 0);
    for (const char* table : {"publications", "publication_versions", "manage_tokens", "vacancy_listings",
                              "resume_listings", "search_index", "public_photos"})
        EXPECT_EQ(site.CountRows(table), 0) << table;
    EXPECT_TRUE(site.MediaFiles().empty()) << "the photo files went with the account";
    EXPECT_EQ(visitor.Get("/en/vacancies/" + std::to_string(vacancy)).status, 404);
    EXPECT_EQ(c.Get("/en/account").status, 303) << "signed out";
    EXPECT_EQ(SignIn(c, "leaving@example.az"), 422);
    EXPECT_EQ(Act(id, "delete", {{"confirm", "1"}}).status, 404);
}

TEST_F(Users, ADeletedAccountLeavesNoByteOfItsAddressOrItsPublications) {
    const std::string email = "leaving-marker-8841@example.az", text = "Dəmirçimarker2297";
    Client c = site.NewClient();
    site.RegisterAndSignIn(c, email);  // the confirmation mail names the address
    auto form = fixtures::With(fixtures::VacancyForm("Dəmirçi"), "description", "Döymə işləri. " + text);
    const std::int64_t vacancy = site.IdOfToken(site.Submit(c, "/vacancies", form));
    site.Approve(admin, vacancy);
    EXPECT_NE(site.WhereHeld(email), "");
    EXPECT_NE(site.WhereHeld(text), "");

    ASSERT_EQ(Act(AccountId(email), "delete", {{"confirm", "1"}}).status, 303);
    // The server reclaims the deleted rows within a beat; the next retention run takes the mail about them.
    EXPECT_TRUE(Eventually([&] { return !site.site().db().ErasurePending(); }, 5));
    site.site().Purge();
    EXPECT_EQ(site.WhereHeld(email), "");
    EXPECT_EQ(site.WhereHeld(text), "");
}

// The owner submits while an administrator deletes the account: every request gets an answer (no 5xx), and
// nothing is left that belongs to the deleted account. A submission that arrives after the deletion is an
// anonymous one (the session ended with the account) and stays, unowned, for moderation.
TEST_F(Users, DeletingAnAccountWhileItsOwnerSubmitsLeavesNothingOwnedByIt) {
    Client c = site.NewClient();
    site.RegisterAndSignIn(c, "racing@example.az");
    const std::int64_t id = AccountId("racing@example.az");
    auto page = c.Get("/en/vacancies/new");
    const std::string csrf = CsrfToken(page.body);
    std::vector<int> statuses;
    std::thread owner([&] {
        for (int i = 0; i < 12; ++i) {
            Form form = fixtures::VacancyForm("Yarışçı " + std::to_string(i));
            form.insert(form.begin(), {"_csrf", csrf});
            statuses.push_back(c.Post("/en/vacancies/new", form).status);
        }
    });
    EXPECT_TRUE(Eventually([&] { return site.CountRows("publications") >= 3; }));
    auto deleted = Act(id, "delete", {{"confirm", "1"}});
    owner.join();
    EXPECT_EQ(deleted.status, 303);
    for (int status : statuses) EXPECT_LT(status, 500);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM accounts WHERE id = ?", id), 0);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM publications WHERE owner_account_id = ?", id), 0);
    EXPECT_EQ(site.site().db().ReadValue([](storage::Conn& conn) {
        return conn
            .QueryOne(
                "SELECT COUNT(*) FROM publications p WHERE p.owner_account_id IS NOT NULL AND NOT "
                "EXISTS (SELECT 1 FROM accounts a WHERE a.id = p.owner_account_id)")
            ->Int(0);
    }),
              0);
    EXPECT_EQ(site.CountRows("publications"), site.CountRows("publications WHERE owner_account_id IS NULL"));
}

// Two administrators give two accounts the same new address at once: one change is made, the other is refused with
// the message next to the field — never a server error — on both backends, round after round.
TEST_F(Users, TwoChangesToTheSameAddressAtOnceGiveOneChangeAndOneRefusal) {
    Client second = site.NewClient();
    site.SignInAdmin(second);
    InsertAccounts("racer", 16);
    for (int round = 0; round < 8; ++round) {
        const std::int64_t a = AccountId("racer" + std::to_string(2 * round) + "@example.az");
        const std::int64_t b = AccountId("racer" + std::to_string(2 * round + 1) + "@example.az");
        const std::string wanted = "taken" + std::to_string(round) + "@example.az";
        auto page_a = admin.Get(UserPath(a)), page_b = second.Get(UserPath(b));
        int status_a = 0, status_b = 0;
        std::thread other([&] {
            status_b =
                second.Post(UserPath(b) + "/email", {{"_csrf", CsrfToken(page_b.body)}, {"email", wanted}}).status;
        });
        status_a = admin.Post(UserPath(a) + "/email", {{"_csrf", CsrfToken(page_a.body)}, {"email", wanted}}).status;
        other.join();
        EXPECT_EQ((status_a == 303) + (status_b == 303), 1) << status_a << " " << status_b;
        EXPECT_EQ((status_a == 422) + (status_b == 422), 1) << status_a << " " << status_b;
    }
}

TEST_F(Users, OnlyAdministratorsUseTheConsole) {
    ASSERT_TRUE(site.site().accounts().CreateStaff("mod@example.az", "moderator password", "moderator").ok());
    Client c = site.NewClient(), moderator = site.NewClient();
    site.RegisterAndSignIn(c, "someone@example.az");
    const std::int64_t id = AccountId("someone@example.az");
    auto form = moderator.Get("/en/admin/login");
    ASSERT_EQ(
        moderator
            .Post("/en/admin/login",
                  {{"_csrf", CsrfToken(form.body)}, {"email", "mod@example.az"}, {"password", "moderator password"}})
            .status,
        303);
    EXPECT_FALSE(Contains(moderator.Get("/en/admin/moderation").body, "/admin/users")) << "no Users link";
    EXPECT_EQ(moderator.Get("/en/admin/users").status, 403);
    EXPECT_EQ(moderator.Get(UserPath(id)).status, 403);
    const std::string csrf = CsrfToken(moderator.Get("/en/admin/moderation").body);
    for (const char* action : {"block", "unblock", "email", "delete"})
        EXPECT_EQ(
            moderator.Post(UserPath(id) + "/" + action, {{"_csrf", csrf}, {"email", "x@example.az"}, {"confirm", "1"}})
                .status,
            403)
            << action;
    EXPECT_EQ(c.Get("/en/admin/users").status, 303);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM accounts WHERE id = ? AND blocked_at IS NULL", id), 1);
}

// Two app servers on one database: a block on one takes the account's publications off the other's lists, search
// and detail pages (its page cache and item cache included) within a tick, and an unblock brings them back.
TEST_F(Users, ABlockReachesAnotherNodeWithinATick) {
    auto second = site.StartAnotherNode();
    Client owner = site.NewClient();
    Client on_b(second->port());
    site.RegisterAndSignIn(owner, "elsewhere@example.az");
    const std::int64_t vacancy = site.IdOfToken(site.Submit(owner, "/vacancies", fixtures::VacancyForm("Qaynaqçı")));
    site.Approve(admin, vacancy);
    ASSERT_TRUE(Eventually([&] {
        auto seen = Public(on_b, vacancy, "Qaynaqçı", "qaynaqci");
        return seen.in_list && seen.in_search && seen.detail;
    }));
    const std::string url = on_b.Get("/en/vacancies/" + std::to_string(vacancy)).Header("location");
    ASSERT_EQ(on_b.Get(url).status, 200);
    ASSERT_EQ(on_b.Get(url).status, 200);  // kept by B's page and item caches

    const std::int64_t id = AccountId("elsewhere@example.az");
    ASSERT_EQ(Act(id, "block").status, 303);
    EXPECT_TRUE(Eventually([&] {
        auto seen = Public(on_b, vacancy, "Qaynaqçı", "qaynaqci");
        return !seen.in_list && !seen.in_search && !seen.detail && on_b.Get(url).status == 404;
    })) << "node B still shows the blocked account's vacancy";

    ASSERT_EQ(Act(id, "unblock").status, 303);
    EXPECT_TRUE(Eventually([&] {
        auto seen = Public(on_b, vacancy, "Qaynaqçı", "qaynaqci");
        return seen.in_list && seen.in_search && seen.detail && on_b.Get(url).status == 200;
    })) << "node B does not show the vacancy again";
    second->Stop();
}

}  // namespace
}  // namespace ejob::testing
