// The documents administrators edit (domain/pages/site_documents.hpp): the compiled-in first version, new versions
// per language, rules that keep their keys, validation that stores nothing, and the copy kept in memory.
#include "domain/pages/site_documents.hpp"

#include <gtest/gtest.h>

#include <map>

namespace ejob::domain {
namespace {

class MemoryDocumentStore final : public DocumentStore {
  public:
    std::vector<VersionStamp> Versions(std::string_view document, std::string_view lang) override {
        std::vector<VersionStamp> out;
        for (const auto& v : versions[{std::string(document), std::string(lang)}])
            out.insert(out.begin(), {v.version, v.published_at});
        return out;
    }
    std::optional<DocumentVersion> Find(std::string_view document, std::string_view lang, int version) override {
        for (const auto& v : versions[{std::string(document), std::string(lang)}])
            if (v.version == version) return v;
        return std::nullopt;
    }
    std::int64_t Revision(std::string_view document) override { return revisions[std::string(document)]; }
    bool Publish(std::string_view document, std::int64_t base,
                 const std::vector<std::pair<std::string, DocumentVersion>>& list) override {
        auto& revision = revisions[std::string(document)];
        if (revision != base) return false;
        ++revision;
        for (auto [lang, v] : list) {
            auto& stored = versions[{std::string(document), lang}];
            v.version = stored.empty() ? 2 : stored.back().version + 1;
            stored.push_back(v);
        }
        ++published;
        return true;
    }
    std::map<std::pair<std::string, std::string>, std::vector<DocumentVersion>> versions;
    std::map<std::string, std::int64_t> revisions;
    int published = 0;
};

class MemoryAudit final : public AuditLog {
  public:
    void Append(const AuditRecord& r) override {
        entries.push_back(std::to_string(r.actor_id) + " " + r.action + " " + r.detail);
    }
    std::vector<std::string> entries;
};

class DirectUnit final : public UnitOfWork {
  public:
    void Atomically(const std::function<void()>& f) override { f(); }
};

constexpr Millis kNow = 1796000000000;  // December 2026

class SiteDocuments : public ::testing::Test {
  protected:
    MemoryDocumentStore store;
    MemoryAudit audit;
    DirectUnit unit;
    FixedClock clock{kNow};
    // A "translation" that shows the language: "[ru] <msgid>".
    SiteDocumentService service{{store, audit, unit, clock, [](const char* msgid, std::string_view lang) {
                                     return "[" + std::string(lang) + "] " + msgid;
                                 }}};
    const SiteDocument& vacancy_rules = *RulesDocument("vacancy");
    const SiteDocument& privacy = *FindSiteDocument("privacy");

    // The edit form as the console fills it: every current rule in order, texts as they are.
    DocumentEdit RulesForm(const SiteDocument& doc) {
        DocumentEdit e;
        e.base_revision = service.Revision(doc);
        std::map<std::string, std::vector<RuleText>> by_lang;
        for (const char* lang : kDocumentLangs) by_lang[lang] = ParseRuleLines(service.Current(doc, lang).current.body);
        for (size_t i = 0; i < by_lang["az"].size(); ++i) {
            RuleEdit row;
            row.key = by_lang["az"][i].key;
            row.order = std::to_string(i + 1);
            for (const char* lang : kDocumentLangs) row.texts[lang] = by_lang[lang][i].text;
            e.rules.push_back(row);
        }
        return e;
    }
    std::vector<std::string> Keys(std::string_view lang) {
        std::vector<std::string> out;
        for (const auto& r : service.Rules("vacancy", lang)) out.push_back(r.key);
        return out;
    }
};

TEST_F(SiteDocuments, UntilAnAdministratorSavesTheCompiledTextsAreVersionOne) {
    auto current = service.Current(vacancy_rules, "ru");
    EXPECT_EQ(current.current.version, 1);
    EXPECT_EQ(current.current.published_at, kFirstVersionPublished);
    EXPECT_TRUE(current.earlier.empty());
    auto rules = service.Rules("vacancy", "ru");
    const auto& compiled = SubmissionRules("vacancy");
    ASSERT_EQ(rules.size(), compiled.size());
    for (size_t i = 0; i < rules.size(); ++i) {
        EXPECT_EQ(rules[i].number, compiled[i].number);
        EXPECT_EQ(rules[i].key, compiled[i].key);
        EXPECT_EQ(rules[i].text, std::string("[ru] ") + compiled[i].text);
        EXPECT_STREQ(rules[i].summary, compiled[i].summary);
    }
    auto policy = ParseProse(service.Current(privacy, "az").current.body);
    ASSERT_GT(policy.size(), 30u);
    EXPECT_EQ(policy[2].type, ProseBlock::Type::Heading);
    EXPECT_EQ(policy[2].text, "[az] 1. What data we collect");
    EXPECT_EQ(service.Version(privacy, "en", 1)->body, service.Current(privacy, "en").current.body);
    EXPECT_FALSE(service.Version(privacy, "en", 2));
    EXPECT_TRUE(service.Rules("spaceship", "az").empty());
}

TEST_F(SiteDocuments, AnEditInOneLanguageIsANewVersionOfThatLanguageOnly) {
    auto edit = RulesForm(vacancy_rules);
    edit.rules[4].texts["ru"] = "Зарплата  в манатах,\n реальная.";
    edit.note = "Зарплата";
    auto saved = service.Save(7, vacancy_rules, edit);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(*saved, 1);

    auto ru = service.Current(vacancy_rules, "ru");
    EXPECT_EQ(ru.current.version, 2);
    EXPECT_EQ(ru.current.published_at, kNow);
    EXPECT_EQ(ru.current.editor_id, 7);
    EXPECT_EQ(ru.current.note, "Зарплата");
    ASSERT_EQ(ru.earlier.size(), 1u);
    EXPECT_EQ(ru.earlier[0].version, 1);
    auto rules = service.Rules("vacancy", "ru");
    EXPECT_EQ(rules[4].text, "Зарплата в манатах, реальная.");  // one line, spaces collapsed
    EXPECT_EQ(rules[4].key, "salary");                          // the edited rule keeps its key
    EXPECT_EQ(service.Current(vacancy_rules, "az").current.version, 1);
    EXPECT_NE(service.Version(vacancy_rules, "ru", 1)->body, ru.current.body);
    ASSERT_EQ(audit.entries.size(), 1u);
    EXPECT_EQ(audit.entries[0], "7 edit_document rules-vacancy (ru)");

    // The same form again changes nothing and stores nothing.
    auto again = service.Save(7, vacancy_rules, RulesForm(vacancy_rules));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 0);
    EXPECT_EQ(store.published, 1);
}

TEST_F(SiteDocuments, NewRulesGetNewKeysAndNumbersFollowTheOrder) {
    const auto before = Keys("en");
    auto edit = RulesForm(vacancy_rules);
    RuleEdit added;
    added.order = "2";  // listed last, placed second
    added.texts = {{"az", "Yeni qayda"}, {"ru", "Новое правило"}, {"en", "A new rule"}};
    edit.rules[1].order = "3";  // the old rule 2 moves behind the new one
    edit.rules.push_back(added);
    edit.rules[7].remove = true;  // "obscene" goes
    ASSERT_TRUE(service.Save(1, vacancy_rules, edit).ok());

    auto rules = service.Rules("vacancy", "en");
    ASSERT_EQ(rules.size(), 8u);
    EXPECT_EQ(rules[0].key, before[0]);
    EXPECT_EQ(rules[1].text, "A new rule");
    EXPECT_EQ(rules[1].number, 2);
    EXPECT_EQ(rules[1].key, "r1-1");
    EXPECT_EQ(rules[1].summary, nullptr);
    EXPECT_EQ(rules[2].key, before[1]);
    EXPECT_EQ(rules[2].number, 3);
    for (const auto& r : rules) EXPECT_NE(r.key, "obscene");
    // Every language has the same rules in the same order.
    EXPECT_EQ(Keys("az"), Keys("en"));
    EXPECT_EQ(Keys("ru"), Keys("en"));

    // A rule added by a later save never takes a key used before.
    auto next = RulesForm(vacancy_rules);
    RuleEdit another;
    another.texts = {{"az", "Daha bir"}, {"ru", "Ещё одно"}, {"en", "One more"}};
    next.rules.push_back(another);
    ASSERT_TRUE(service.Save(1, vacancy_rules, next).ok());
    EXPECT_EQ(service.Rules("vacancy", "az").back().key, "r2-1");
}

TEST_F(SiteDocuments, InvalidEditsAreRefusedWithTheFieldsAndStoreNothing) {
    auto empty = RulesForm(vacancy_rules);
    empty.rules[3].texts["ru"] = "  \n ";
    auto r = service.Save(1, vacancy_rules, empty);
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_EQ(r.error().fields.at(0).field, "rule3_ru");

    auto long_rule = RulesForm(vacancy_rules);
    long_rule.rules[0].texts["en"] = std::string(kMaxRuleLength + 1, 'a');
    r = service.Save(1, vacancy_rules, long_rule);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().fields.at(0).field, "rule0_en");
    EXPECT_EQ(r.error().fields.at(0).arg, std::to_string(kMaxRuleLength));

    auto half_new = RulesForm(vacancy_rules);
    RuleEdit row;
    row.texts = {{"az", "Yalnız azərbaycanca"}};
    half_new.rules.push_back(row);
    r = service.Save(1, vacancy_rules, half_new);
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(r.error().fields.size(), 2u);
    EXPECT_EQ(r.error().fields[0].field, "rule8_ru");

    auto none = RulesForm(vacancy_rules);
    for (auto& x : none.rules) x.remove = true;
    r = service.Save(1, vacancy_rules, none);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().fields.at(0).field, "rules");

    DocumentEdit prose;
    prose.texts = {{"az", "Mətn"}, {"ru", "Текст"}, {"en", ""}};
    r = service.Save(1, privacy, prose);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().fields.at(0).field, "text_en");
    prose.texts["en"] = std::string(kMaxProseLength + 1, 'x');
    prose.note = std::string(kMaxEditNote + 1, 'n');
    r = service.Save(1, privacy, prose);
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(r.error().fields.size(), 2u);
    EXPECT_EQ(r.error().fields[0].field, "text_en");
    EXPECT_EQ(r.error().fields[1].field, "note");

    EXPECT_EQ(store.published, 0);
    for (const auto& [key, list] : store.versions) EXPECT_TRUE(list.empty()) << key.first << " " << key.second;
    EXPECT_TRUE(audit.entries.empty());
}

TEST_F(SiteDocuments, ASaveFromAFormMadeBeforeAnotherSaveIsAConflict) {
    auto first = RulesForm(vacancy_rules), second = RulesForm(vacancy_rules);
    first.rules[0].texts["en"] = "First administrator";
    second.rules[0].texts["en"] = "Second administrator";
    ASSERT_TRUE(service.Save(1, vacancy_rules, first).ok());
    auto r = service.Save(2, vacancy_rules, second);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Conflict);
    EXPECT_EQ(service.Rules("vacancy", "en")[0].text, "First administrator");

    auto forged = RulesForm(vacancy_rules);
    forged.rules[0].key = "no-such-rule";
    r = service.Save(1, vacancy_rules, forged);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Conflict);
    EXPECT_EQ(store.published, 1);
}

TEST_F(SiteDocuments, ProseIsParagraphsHeadingsAndListItemsOfPlainText) {
    auto blocks = ParseProse("Intro line one\nline two\n\n## Heading <b>\n- first\n- second\n\n\nLast <script>");
    ASSERT_EQ(blocks.size(), 5u);
    EXPECT_EQ(blocks[0].type, ProseBlock::Type::Paragraph);
    EXPECT_EQ(blocks[0].text, "Intro line one line two");
    EXPECT_EQ(blocks[1].type, ProseBlock::Type::Heading);
    EXPECT_EQ(blocks[1].text, "Heading <b>");  // text: the view escapes it
    EXPECT_EQ(blocks[2].type, ProseBlock::Type::ListItem);
    EXPECT_EQ(blocks[3].text, "second");
    EXPECT_EQ(blocks[4].text, "Last <script>");

    DocumentEdit edit;
    edit.base_revision = 0;
    edit.texts = {
        {"az", "Mətn\r\n\r\n- bənd"}, {"ru", service.Current(privacy, "ru").current.body}, {"en", "Text\tone"}};
    auto saved = service.Save(3, privacy, edit);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(*saved, 2);  // ru is as it was
    EXPECT_EQ(service.Current(privacy, "az").current.body, "Mətn\n\n- bənd");
    EXPECT_EQ(service.Current(privacy, "en").current.body, "Text one");
    EXPECT_EQ(service.Current(privacy, "ru").current.version, 1);
}

TEST_F(SiteDocuments, TheCopyInMemoryIsKeptUntilForgotten) {
    EXPECT_EQ(service.Current(privacy, "en").current.version, 1);
    // Another node saves straight into the shared store.
    DocumentVersion v;
    v.body = "Changed elsewhere";
    v.published_at = kNow;
    ASSERT_TRUE(store.Publish("privacy", 0, {{"en", v}}));
    EXPECT_EQ(service.Current(privacy, "en").current.version, 1);
    service.Forget();  // the change feed told this node
    auto current = service.Current(privacy, "en");
    EXPECT_EQ(current.current.version, 2);
    EXPECT_EQ(current.current.body, "Changed elsewhere");
}

TEST_F(SiteDocuments, ARejectionCitesTheRulesAsTheyStandNow) {
    auto edit = RulesForm(vacancy_rules);
    edit.rules[4].texts["ru"] = "Новая формулировка правила о зарплате.";
    ASSERT_TRUE(service.Save(1, vacancy_rules, edit).ok());
    auto reason = ComposeRejectionReason(service.Rules("vacancy", "ru"), {{"5"}, ""},
                                         [](const char* msgid) { return std::string("[ru] ") + msgid; });
    ASSERT_TRUE(reason.ok());
    EXPECT_EQ(*reason, "[ru] Rule 5 of the form submission rules: Новая формулировка правила о зарплате.");
}

}  // namespace
}  // namespace ejob::domain
