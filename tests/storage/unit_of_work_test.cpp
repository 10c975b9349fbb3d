// One unit of work, one transaction: a change and the mail that reports it are stored together or not at all.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "domain/common/clock.hpp"
#include "storage/migrate.hpp"
#include "storage/repos/sql_account_repository.hpp"
#include "storage/repos/sql_mail_queue.hpp"
#include "support/test_db.hpp"

namespace ejob::storage {
namespace {

class UnitOfWorkTest : public ::testing::Test {
  protected:
    void SetUp() override {
        std::random_device rd;
        dir_ = std::filesystem::temp_directory_path() / ("ejob-uow-" + std::to_string(rd()));
        std::filesystem::create_directories(dir_);
        test_db_ = std::make_unique<testing::TestDatabase>(dir_);
        db_ = OpenDb(test_db_->url());
        Migrate(*db_);
        queue_ = std::make_unique<SqlMailQueue>(*db_, clock_);
        unit_ = std::make_unique<SqlUnitOfWork>(*db_);
    }
    void TearDown() override {
        unit_.reset();
        queue_.reset();
        db_.reset();
        test_db_.reset();
        std::filesystem::remove_all(dir_);
    }
    std::int64_t Count(const std::string& table) {
        return db_->ReadValue([&](Conn& c) { return c.QueryOne("SELECT COUNT(*) FROM " + table)->Int(0); });
    }
    void StoreSomething() {
        db_->Write([](Conn& c) { c.Exec("INSERT INTO site_state (name, value) VALUES ('probe', 1)"); });
    }

    std::filesystem::path dir_;
    std::unique_ptr<testing::TestDatabase> test_db_;
    std::unique_ptr<Db> db_;
    domain::FixedClock clock_{1'790'000'000'000};
    std::unique_ptr<SqlMailQueue> queue_;
    std::unique_ptr<SqlUnitOfWork> unit_;
};

TEST_F(UnitOfWorkTest, AChangeAndItsMailCommitTogether) {
    unit_->Atomically([&] {
        StoreSomething();
        queue_->Enqueue({"a@b.az", "Subject", "Body"});
        // Reads inside the unit see its own writes.
        EXPECT_EQ(Count("mail_outbox"), 1);
    });
    EXPECT_EQ(Count("mail_outbox"), 1);
    EXPECT_EQ(db_->ReadValue([](Conn& c) { return c.Query("SELECT 1 FROM site_state WHERE name = 'probe'").size(); }),
              1u);
}

TEST_F(UnitOfWorkTest, WhenAnyPartFailsNothingIsStoredAndNoMailIsQueued) {
    EXPECT_THROW(unit_->Atomically([&] {
        StoreSomething();
        queue_->Enqueue({"a@b.az", "Subject", "Body"});
        throw std::runtime_error("the next step failed");
    }),
                 std::runtime_error);
    EXPECT_EQ(Count("mail_outbox"), 0);
    EXPECT_EQ(db_->ReadValue([](Conn& c) { return c.Query("SELECT 1 FROM site_state WHERE name = 'probe'").size(); }),
              0u);
}

struct RecordingSink final : domain::MailSink {
    std::vector<std::int64_t> ids;
    bool fail = false;
    void Deliver(std::int64_t id, std::int64_t, const domain::MailMessage&) override {
        if (fail) throw std::runtime_error("disk full");
        ids.push_back(id);
    }
};

TEST_F(UnitOfWorkTest, FailedDeliveryKeepsTheMailAndRetriesAfterADelay) {
    queue_->Enqueue({"a@b.az", "One", "Body"});
    queue_->Enqueue({"c@d.az", "Two", "Body"});
    RecordingSink sink;
    sink.fail = true;
    auto first = queue_->DeliverDue(sink);
    EXPECT_EQ(first.delivered, 0u);
    EXPECT_EQ(first.failed, 1u);
    EXPECT_EQ(first.error, "disk full");
    EXPECT_EQ(Count("mail_outbox"), 2);

    sink.fail = false;
    auto too_soon = queue_->DeliverDue(sink);  // the failed one waits; the other goes out
    EXPECT_EQ(too_soon.delivered, 1u);
    clock_.Advance(domain::kMinute);
    auto later = queue_->DeliverDue(sink);
    EXPECT_EQ(later.delivered, 1u);
    EXPECT_EQ(sink.ids.size(), 2u);
    EXPECT_EQ(Count("mail_outbox"), 0);
    EXPECT_EQ(queue_->DeliverDue(sink).delivered, 0u);  // each message once
}

TEST_F(UnitOfWorkTest, AHeaderWithALineBreakIsRefusedBeforeAnythingIsQueued) {
    EXPECT_THROW(queue_->Enqueue({"a@b.az\r\nBcc: x@y.az", "S", "B"}), std::invalid_argument);
    EXPECT_EQ(Count("mail_outbox"), 0);
}

// Two administrators give two accounts one address at once: the second change finds the address taken by the unique
// index, inside a unit of work that goes on (the page says the address is taken) — it must not break the rest of the
// transaction, which PostgreSQL would refuse after a failed statement.
TEST_F(UnitOfWorkTest, AnAddressTakenMeanwhileRefusesOnlyThatChange) {
    SqlAccountRepository accounts(*db_);
    auto account = [](const char* email) {
        domain::Account a;
        a.email = email;
        a.password_hash = "password hash";
        a.role = "user";
        a.created_at = 1;
        return a;
    };
    const auto first = accounts.Create(account("first@example.az"));
    const auto second = accounts.Create(account("second@example.az"));
    ASSERT_TRUE(first && second);
    bool taken = true, later = false;
    unit_->Atomically([&] {
        taken = accounts.ChangeEmail(*second, "first@example.az");
        later = accounts.ChangeEmail(*second, "third@example.az");
        StoreSomething();
    });
    EXPECT_FALSE(taken);
    EXPECT_TRUE(later) << "the transaction went on";
    EXPECT_EQ(accounts.FindById(*second)->email, "third@example.az");
    EXPECT_EQ(db_->ReadValue(
                  [](Conn& c) { return c.QueryOne("SELECT COUNT(*) FROM site_state WHERE name = 'probe'")->Int(0); }),
              1);
}

}  // namespace
}  // namespace ejob::storage
