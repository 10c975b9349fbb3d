#pragma once
// The site's documents that administrators edit: the numbered form-submission rules of each kind (shown on its form,
// on /rules and cited by moderators and automatic checks) and the privacy policy (/privacy), each in az, ru and en.
// Every save is a new version of each language whose text it changed; earlier versions are kept, listed and viewable.
// Until an administrator first saves a document, its text is the one compiled in (the msgids of
// rejection_reasons.cpp and privacy_policy.cpp, translated): version 1 of every language.
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/clock.hpp"
#include "domain/common/result.hpp"
#include "domain/common/unit_of_work.hpp"
#include "domain/publications/publication.hpp"
#include "domain/publications/rejection_reasons.hpp"

namespace ejob::domain {

inline constexpr const char* kDocumentLangs[] = {"az", "ru", "en"};

enum class DocumentFormat {
    Rules,  // a numbered list; each rule has a stable key and a text per language
    Prose,  // paragraphs, headings ("## …") and list items ("- …")
};

struct SiteDocument {
    const char* name;  // "rules-vacancy", "privacy": in URLs and in storage
    DocumentFormat format;
    const char* rules_kind;  // "vacancy", "resume", "service" for rules; "" for prose
    const char* title;       // msgid, as the administration lists it
};
const std::vector<SiteDocument>& AllSiteDocuments();
const SiteDocument* FindSiteDocument(std::string_view name);
// The rules document of a publication kind; nullptr for an unknown kind.
const SiteDocument* RulesDocument(std::string_view kind);

// The first version's date (the compiled-in texts): 29 December 2025.
inline constexpr Millis kFirstVersionPublished = 1766966400000;

// ---- formats

// A rules document's text in one language: one rule per line, "key<TAB>text".
struct RuleText {
    std::string key;
    std::string text;
};
std::vector<RuleText> ParseRuleLines(std::string_view body);
std::string RuleLines(const std::vector<RuleText>& rules);

// A prose document: blocks separated by blank lines. A line starting with "## " is a heading, lines starting with
// "- " are list items, other lines of a block make one paragraph. Text only: whatever else it holds is shown as text.
struct ProseBlock {
    enum class Type { Heading, Paragraph, ListItem };
    Type type = Type::Paragraph;
    std::string text;
};
std::vector<ProseBlock> ParseProse(std::string_view body);

// ---- versions

struct DocumentVersion {
    int version = 1;
    Millis published_at = kFirstVersionPublished;
    std::string body;
    std::string note;                       // the administrator's note on the change (empty for version 1)
    std::optional<std::int64_t> editor_id;  // who saved it (none for version 1)
};

struct VersionStamp {
    int version = 1;
    Millis published_at = kFirstVersionPublished;
};

// Port: the stored versions (storage). Version 1 is never stored; stored versions start at 2.
class DocumentStore {
  public:
    virtual ~DocumentStore() = default;
    // The stored versions of the document in `lang`, newest first.
    virtual std::vector<VersionStamp> Versions(std::string_view document, std::string_view lang) = 0;
    virtual std::optional<DocumentVersion> Find(std::string_view document, std::string_view lang, int version) = 0;
    // How many times the document was saved (any language).
    virtual std::int64_t Revision(std::string_view document) = 0;
    // Inside the caller's transaction: moves the revision from `base` to base + 1 and stores each (lang, version) as
    // that language's next version (its number is set here), and tells every node that public content changed.
    // false, and nothing stored, when the revision is not `base` any more (someone saved meanwhile).
    virtual bool Publish(std::string_view document, std::int64_t base,
                         const std::vector<std::pair<std::string, DocumentVersion>>& versions) = 0;
};

// The translation of a compiled-in msgid into a language ("az", "ru", "en").
using TranslateInto = std::function<std::string(const char* msgid, std::string_view lang)>;

// What a visitor sees of a document in one language.
struct CurrentDocument {
    DocumentVersion current;
    std::vector<VersionStamp> earlier;  // newest first; version 1 last
};

// ---- the administrator's edit

struct RuleEdit {
    std::string key;                           // empty: a new rule
    std::string order;                         // as typed; rules are sorted by it (ties: as listed)
    std::map<std::string, std::string> texts;  // by language
    bool remove = false;
};

struct DocumentEdit {
    std::int64_t base_revision = 0;  // the revision the form was made from
    std::string note;
    std::map<std::string, std::string> texts;  // prose: by language
    std::vector<RuleEdit> rules;               // rules: the rows of the form
};

inline constexpr size_t kMaxRules = 40;
inline constexpr size_t kMaxRuleLength = 1000;    // characters of one rule in one language
inline constexpr size_t kMaxProseLength = 40000;  // characters of a prose document in one language
inline constexpr size_t kMaxEditNote = 200;

// Field names of the edit form, as errors name them: "text_<lang>", "rule<i>_<lang>" (i: the row), "rules", "note".
std::string RuleField(size_t row, std::string_view lang);

class SiteDocumentService {
  public:
    struct Ports {
        DocumentStore& store;
        AuditLog& audit;
        UnitOfWork& unit;
        const Clock& clock;
        TranslateInto translate;
    };
    explicit SiteDocumentService(Ports ports) : p_(std::move(ports)) {}

    // The current version in `lang` and the earlier ones. Kept in memory until Forget.
    CurrentDocument Current(const SiteDocument& doc, std::string_view lang);
    // One version (1: the compiled-in text); nullopt when there is no such version.
    std::optional<DocumentVersion> Version(const SiteDocument& doc, std::string_view lang, int version);
    // The current rules of `kind` in `lang`, numbered; empty for an unknown kind.
    std::vector<NumberedRule> Rules(std::string_view kind, std::string_view lang);
    // Parses a rules text of `kind` into numbered rules.
    static std::vector<NumberedRule> Numbered(std::string_view kind, std::string_view body);
    std::int64_t Revision(const SiteDocument& doc) { return p_.store.Revision(doc.name); }

    // Saves the edit as a new version of each language it changes; returns how many languages changed (0: the text
    // was the same, nothing stored). Invalid with the fields' errors; Conflict when another administrator saved the
    // document since the form was made. Nothing is stored unless everything is.
    Result<int> Save(std::int64_t admin_id, const SiteDocument& doc, const DocumentEdit& edit);

    // A document changed (on this node or another): forget what is kept in memory.
    void Forget();

  private:
    std::string Compiled(const SiteDocument& doc, std::string_view lang) const;
    Result<std::map<std::string, std::string>> RulesBodies(const SiteDocument& doc, const DocumentEdit& edit);

    Ports p_;
    std::mutex mu_;
    std::map<std::pair<std::string, std::string>, CurrentDocument> kept_;
    std::atomic<std::uint64_t> generation_{0};
};

}  // namespace ejob::domain
