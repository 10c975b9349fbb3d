// Submission and mail limits, through the real server: new publications per address, owner email and account;
// registrations and password resets per address and email; each trips at its configured figure with 429, Retry-After,
// the form again with what was typed and the refusal on top, nothing stored; a new window starts afresh. Mail to one
// address is capped per hour, except the mail the person needs.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

using domain::kHour;
using domain::kMinute;

bool Contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

Client From(TestSite& site, const std::string& address) {
    Client c = site.NewClient();
    c.from_address = address;
    return c;
}

// A site whose clock is 5 minutes into an hour (so that Retry-After is known), with [limits] as `configure` sets.
struct LimitsSite {
    explicit LimitsSite(const std::function<void(domain::LimitsPolicy&)>& configure)
        : site([&](app::Config& c) { configure(c.limits); }) {
        site.clock().Set(site.clock().Now() - site.clock().Now() % kHour + 5 * kMinute);
    }
    // Posts the vacancy form from `c`: the answer.
    HttpResult Post(Client& c, const std::string& position, const std::string& owner_email) {
        Form form = fixtures::VacancyForm(position);
        if (!owner_email.empty()) form = fixtures::With(form, "owner_email", owner_email);
        form.insert(form.begin(), {"_csrf", CsrfToken(c.Get("/en/vacancies/new").body)});
        return c.Post("/en/vacancies/new", form);
    }
    std::int64_t Publications() { return site.CountRows("publications"); }
    TestSite site;
};

void ExpectRefusedForm(const HttpResult& r, const std::string& position) {
    EXPECT_EQ(r.status, 429);
    EXPECT_EQ(r.Header("retry-after"), std::to_string(55 * 60)) << "until the hour's window ends";
    EXPECT_TRUE(Contains(r.body, "id=\"form-refusal\"")) << "the refusal on top";
    EXPECT_TRUE(Contains(r.body, "you can send this form again in 55 min")) << r.body.substr(0, 3000);
    EXPECT_TRUE(Contains(r.body, "value=\"" + position + "\"")) << "what was typed is kept";
    EXPECT_TRUE(Contains(r.body, "Avadanlığın texniki vəziyyətinə nəzarət")) << "the texts too";
}

TEST(Limits, PublicationsPerAddress) {
    LimitsSite s([](domain::LimitsPolicy& l) { l.publication = {{3, kHour}, {0, kHour}, {0, kHour}}; });
    Client a = From(s.site, "127.0.0.2");
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(s.Post(a, "Sürücü " + std::to_string(i), "owner" + std::to_string(i) + "@mail.az").status, 303) << i;
    const auto stored = s.Publications();
    auto refused = s.Post(a, "Sürücü 3", "owner3@mail.az");
    ExpectRefusedForm(refused, "Sürücü 3");
    auto json = s.Post(a, "Sürücü 4", "owner4@mail.az");
    EXPECT_EQ(json.status, 429) << "a refused one counts in no quota, and refuses again";
    EXPECT_EQ(s.Publications(), stored) << "nothing stored";

    Client b = From(s.site, "127.0.0.3");
    EXPECT_EQ(s.Post(b, "Kuryer", "owner5@mail.az").status, 303) << "another address";

    s.site.clock().Advance(55 * kMinute);
    EXPECT_EQ(s.Post(a, "Sürücü 5", "owner6@mail.az").status, 303) << "a new window";
}

TEST(Limits, PublicationsPerOwnerEmail) {
    LimitsSite s([](domain::LimitsPolicy& l) { l.publication = {{100, kHour}, {2, kHour}, {0, kHour}}; });
    Client a = From(s.site, "127.0.0.2"), b = From(s.site, "127.0.0.3"), c = From(s.site, "127.0.0.4");
    EXPECT_EQ(s.Post(a, "Aşpaz", "victim@mail.az").status, 303);
    EXPECT_EQ(s.Post(b, "Aşpaz", "Victim@Mail.az ").status, 303) << "the same address, written otherwise";
    const auto stored = s.Publications();
    ExpectRefusedForm(s.Post(c, "Aşpaz", "victim@mail.az"), "Aşpaz");
    EXPECT_EQ(s.Publications(), stored);
    EXPECT_EQ(s.Post(c, "Aşpaz", "someone.else@mail.az").status, 303);
}

TEST(Limits, PublicationsPerAccount) {
    LimitsSite s([](domain::LimitsPolicy& l) { l.publication = {{1, kHour}, {1, kHour}, {2, kHour}}; });
    Client user = From(s.site, "127.0.0.2");
    s.site.RegisterAndSignIn(user, "poster@mail.az");
    // The account's figure, not the address's (1) nor the email's (1).
    EXPECT_EQ(s.Post(user, "Satıcı 1", "").status, 303);
    EXPECT_EQ(s.Post(user, "Satıcı 2", "").status, 303);
    const auto stored = s.Publications();
    ExpectRefusedForm(s.Post(user, "Satıcı 3", ""), "Satıcı 3");
    EXPECT_EQ(s.Publications(), stored);
    // Resumes and services ads count in the same quota.
    Form resume = fixtures::ResumeForm();
    resume.insert(resume.begin(), {"_csrf", CsrfToken(user.Get("/en/resumes/new").body)});
    auto r = user.PostMultipart("/en/resumes/new", resume, {});
    EXPECT_EQ(r.status, 429);
    EXPECT_TRUE(Contains(r.body, "id=\"form-refusal\""));
}

TEST(Limits, RegistrationsPerAddressAndEmail) {
    LimitsSite s([](domain::LimitsPolicy& l) { l.registration = {{2, kHour}, {1, kHour}, {}}; });
    auto reg = [&](Client& c, const std::string& email) {
        auto page = c.Get("/en/account/register");
        return c.Post("/en/account/register",
                      {{"_csrf", CsrfToken(page.body)}, {"email", email}, {"password", "long enough password"}});
    };
    Client a = From(s.site, "127.0.0.2");
    EXPECT_EQ(reg(a, "one@mail.az").status, 200);
    EXPECT_EQ(reg(a, "two@mail.az").status, 200);
    const auto accounts = s.site.CountRows("accounts");
    auto refused = reg(a, "three@mail.az");
    EXPECT_EQ(refused.status, 429);
    EXPECT_EQ(refused.Header("retry-after"), std::to_string(55 * 60));
    EXPECT_TRUE(Contains(refused.body,
                         "Too many registrations from your address or for this email. You can try "
                         "again in 55 min."));
    EXPECT_TRUE(Contains(refused.body, "value=\"three@mail.az\"")) << "the email kept";
    EXPECT_EQ(s.site.CountRows("accounts"), accounts);

    Client b = From(s.site, "127.0.0.3");
    EXPECT_EQ(reg(b, "one@mail.az").status, 429) << "per email, from another address";
    EXPECT_EQ(reg(b, "four@mail.az").status, 200);
}

TEST(Limits, PasswordResetsPerAddressAndEmail) {
    LimitsSite s([](domain::LimitsPolicy& l) { l.password_reset = {{3, kHour}, {2, kHour}, {}}; });
    auto reset = [&](Client& c, const std::string& email) {
        auto page = c.Get("/en/account/password-reset");
        return c.Post("/en/account/password-reset", {{"_csrf", CsrfToken(page.body)}, {"email", email}});
    };
    Client a = From(s.site, "127.0.0.2"), b = From(s.site, "127.0.0.3");
    EXPECT_EQ(reset(a, "nobody@mail.az").status, 200);
    EXPECT_EQ(reset(b, "nobody@mail.az").status, 200);
    auto refused = reset(b, "nobody@mail.az");
    EXPECT_EQ(refused.status, 429) << "per email: counted whether or not it has an account";
    EXPECT_FALSE(refused.Header("retry-after").empty());
    EXPECT_TRUE(Contains(refused.body, "Too many password reset requests"));
    EXPECT_TRUE(Contains(refused.body, "value=\"nobody@mail.az\""));
    EXPECT_EQ(reset(a, "other@mail.az").status, 200);
    EXPECT_EQ(reset(a, "third@mail.az").status, 200);
    EXPECT_EQ(reset(a, "fourth@mail.az").status, 429) << "per address";
    s.site.clock().Advance(55 * kMinute);
    EXPECT_EQ(reset(a, "fourth@mail.az").status, 200) << "a new window";
}

int MailsTo(TestSite& site, const std::string& address) {
    int n = 0;
    for (const auto& f : site.MailFiles()) {
        std::ifstream in(f, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        if (Contains(ss.str(), "To: " + address + "\r\n")) ++n;
    }
    return n;
}

TEST(Limits, MailToOneAddressIsCappedPerHourExceptWhatThePersonNeeds) {
    TestSite site([](app::Config& c) {
        c.limits.publication = {{0, kHour}, {0, kHour}, {0, kHour}};
        c.limits.mail_per_address_per_hour = 2;
    });
    site.clock().Set(site.clock().Now() - site.clock().Now() % kHour + 5 * kMinute);
    // Strangers post publications naming one address: it hears of two.
    for (int i = 0; i < 4; ++i) {
        Client stranger = From(site, "127.0.0." + std::to_string(2 + i));
        site.SubmitVacancy(stranger, fixtures::With(fixtures::VacancyForm("Dülgər " + std::to_string(i)), "owner_email",
                                                    "target@mail.az"));
    }
    EXPECT_EQ(MailsTo(site, "target@mail.az"), 2);
    EXPECT_EQ(site.CountRows("publications"), 4) << "the publications are stored; only the mail is not";
    Client other = From(site, "127.0.0.9");
    site.SubmitVacancy(other, fixtures::With(fixtures::VacancyForm("Dülgər"), "owner_email", "someone@mail.az"));
    EXPECT_EQ(MailsTo(site, "someone@mail.az"), 1) << "another address is not affected";

    // The person registers: the confirmation link is mail they need, and goes past the cap.
    Client person = site.NewClient();
    auto page = person.Get("/en/account/register");
    ASSERT_EQ(
        person
            .Post("/en/account/register",
                  {{"_csrf", CsrfToken(page.body)}, {"email", "target@mail.az"}, {"password", "long enough password"}})
            .status,
        200);
    EXPECT_EQ(MailsTo(site, "target@mail.az"), 3);

    // The next hour, mail flows again.
    site.clock().Advance(kHour);
    Client later = From(site, "127.0.0.20");
    site.SubmitVacancy(later, fixtures::With(fixtures::VacancyForm("Dülgər 9"), "owner_email", "target@mail.az"));
    EXPECT_EQ(MailsTo(site, "target@mail.az"), 4);
}

}  // namespace
}  // namespace ejob::testing
