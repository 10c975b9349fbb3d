#include "domain/pages/site_documents.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "domain/common/msgid.hpp"
#include "domain/pages/privacy_policy.hpp"
#include "domain/publications/rejection_reasons.hpp"
#include "domain/text/text.hpp"

namespace ejob::domain {

namespace {

constexpr const char* kTooLong = N_("This text is too long: at most {} characters.");

bool IsSpace(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f';
}
bool IsControl(char ch) {
    auto c = static_cast<unsigned char>(ch);
    return c < 0x20 || c == 0x7f;
}

// One line: every run of white space (line breaks too) becomes one space, other control characters go.
std::string OneLine(std::string_view s) {
    std::string out;
    bool space = false;
    for (char ch : s) {
        if (IsSpace(ch)) {
            space = !out.empty();
            continue;
        }
        if (IsControl(ch)) continue;
        if (space) out += ' ';
        space = false;
        out += ch;
    }
    return out;
}

// Prose as typed into a textarea: line breaks as "\n", tabs as spaces, no other control characters, no spaces at
// the ends of lines or of the whole.
std::string ProseText(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        char ch = s[i];
        if (ch == '\r') {
            if (i + 1 < s.size() && s[i + 1] == '\n') continue;
            ch = '\n';
        }
        if (ch == '\t') ch = ' ';
        if (ch == '\n') {
            while (!out.empty() && out.back() == ' ') out.pop_back();
            out += '\n';
            continue;
        }
        if (IsControl(ch)) continue;
        out += ch;
    }
    return std::string(text::Trim(out));
}

std::vector<std::string_view> Lines(std::string_view body) {
    std::vector<std::string_view> out;
    while (!body.empty()) {
        auto end = body.find('\n');
        out.push_back(body.substr(0, end));
        if (end == std::string_view::npos) break;
        body.remove_prefix(end + 1);
    }
    return out;
}

std::string CompiledProse(const std::vector<CompiledBlock>& blocks, const std::function<std::string(const char*)>& tr) {
    std::string out;
    ProseBlock::Type last = ProseBlock::Type::Paragraph;
    for (const auto& b : blocks) {
        if (!out.empty()) out += (b.type == ProseBlock::Type::ListItem && last == b.type) ? "\n" : "\n\n";
        if (b.type == ProseBlock::Type::Heading) out += "## ";
        if (b.type == ProseBlock::Type::ListItem) out += "- ";
        out += tr(b.msgid);
        last = b.type;
    }
    return out;
}

// "r<revision>-<n>": the n-th rule added by the save that makes `revision`.
std::string NewRuleKey(std::int64_t revision, int n) {
    std::string out(1, 'r');
    out.append(std::to_string(revision)).append(1, '-').append(std::to_string(n));
    return out;
}

}  // namespace

const std::vector<SiteDocument>& AllSiteDocuments() {
    static const std::vector<SiteDocument> kDocuments = {
        {"rules-vacancy", DocumentFormat::Rules, "vacancy", N_("Form submission rules: vacancies")},
        {"rules-resume", DocumentFormat::Rules, "resume", N_("Form submission rules: resumes")},
        {"rules-service", DocumentFormat::Rules, "service", N_("Form submission rules: self-employment")},
        {"privacy", DocumentFormat::Prose, "", N_("Privacy policy")},
    };
    return kDocuments;
}

const SiteDocument* FindSiteDocument(std::string_view name) {
    for (const auto& d : AllSiteDocuments())
        if (name == d.name) return &d;
    return nullptr;
}

const SiteDocument* RulesDocument(std::string_view kind) {
    for (const auto& d : AllSiteDocuments())
        if (d.format == DocumentFormat::Rules && kind == d.rules_kind) return &d;
    return nullptr;
}

std::vector<RuleText> ParseRuleLines(std::string_view body) {
    std::vector<RuleText> out;
    for (auto line : Lines(body)) {
        auto tab = line.find('\t');
        if (tab == std::string_view::npos || tab == 0) continue;
        out.push_back({std::string(line.substr(0, tab)), std::string(line.substr(tab + 1))});
    }
    return out;
}

std::string RuleLines(const std::vector<RuleText>& rules) {
    std::string out;
    for (const auto& r : rules) {
        if (!out.empty()) out += '\n';
        out += r.key;
        out += '\t';
        out += OneLine(r.text);
    }
    return out;
}

std::vector<ProseBlock> ParseProse(std::string_view body) {
    std::vector<ProseBlock> out;
    bool open_paragraph = false;
    for (auto raw : Lines(body)) {
        auto line = text::Trim(raw);
        if (line.empty()) {
            open_paragraph = false;
        } else if (line.starts_with("## ") || line == "##") {
            out.push_back({ProseBlock::Type::Heading, std::string(text::Trim(line.substr(2)))});
            open_paragraph = false;
        } else if (line.starts_with("- ")) {
            out.push_back({ProseBlock::Type::ListItem, std::string(text::Trim(line.substr(2)))});
            open_paragraph = false;
        } else if (open_paragraph) {
            out.back().text += ' ';
            out.back().text += line;
        } else {
            out.push_back({ProseBlock::Type::Paragraph, std::string(line)});
            open_paragraph = true;
        }
    }
    std::erase_if(out, [](const ProseBlock& b) { return b.text.empty(); });
    return out;
}

std::string RuleField(size_t row, std::string_view lang) {
    std::string out = "rule";
    out += std::to_string(row);
    out += '_';
    out += lang;
    return out;
}

std::string SiteDocumentService::Compiled(const SiteDocument& doc, std::string_view lang) const {
    auto tr = [&](const char* msgid) { return p_.translate(msgid, lang); };
    if (doc.format == DocumentFormat::Prose) return CompiledProse(PrivacyPolicyText(), tr);
    std::vector<RuleText> rules;
    for (const auto& r : SubmissionRules(doc.rules_kind)) rules.push_back({r.key, tr(r.text)});
    return RuleLines(rules);
}

CurrentDocument SiteDocumentService::Current(const SiteDocument& doc, std::string_view lang) {
    const auto key = std::make_pair(std::string(doc.name), std::string(lang));
    const auto generation = generation_.load();
    {
        std::lock_guard lock(mu_);
        if (auto it = kept_.find(key); it != kept_.end()) return it->second;
    }
    CurrentDocument out;
    auto stamps = p_.store.Versions(doc.name, lang);
    std::optional<DocumentVersion> latest;
    if (!stamps.empty()) latest = p_.store.Find(doc.name, lang, stamps.front().version);
    if (latest) {
        out.current = std::move(*latest);
        out.earlier.assign(stamps.begin() + 1, stamps.end());
        out.earlier.push_back(VersionStamp{});
    } else {
        out.current.body = Compiled(doc, lang);
    }
    std::lock_guard lock(mu_);
    // Not kept when a change arrived while it was read: it may be from before the change.
    if (generation == generation_.load()) kept_[key] = out;
    return out;
}

std::optional<DocumentVersion> SiteDocumentService::Version(const SiteDocument& doc, std::string_view lang,
                                                            int version) {
    if (version == 1) {
        DocumentVersion first;
        first.body = Compiled(doc, lang);
        return first;
    }
    if (version < 1) return std::nullopt;
    return p_.store.Find(doc.name, lang, version);
}

std::vector<NumberedRule> SiteDocumentService::Numbered(std::string_view kind, std::string_view body) {
    std::vector<NumberedRule> out;
    int number = 0;
    for (auto& r : ParseRuleLines(body)) {
        const auto* compiled = FindSubmissionRule(kind, r.key);
        out.push_back({++number, std::move(r.key), std::move(r.text), compiled ? compiled->summary : nullptr});
    }
    return out;
}

std::vector<NumberedRule> SiteDocumentService::Rules(std::string_view kind, std::string_view lang) {
    const auto* doc = RulesDocument(kind);
    if (!doc) return {};
    return Numbered(kind, Current(*doc, lang).current.body);
}

void SiteDocumentService::Forget() {
    std::lock_guard lock(mu_);
    ++generation_;
    kept_.clear();
}

Result<std::map<std::string, std::string>> SiteDocumentService::RulesBodies(const SiteDocument& doc,
                                                                            const DocumentEdit& edit) {
    const auto stale = Error::Of(ErrorCode::Conflict, N_("Another administrator saved this document meanwhile. Look at "
                                                         "the current version and make your change again."));
    std::set<std::string> known;
    for (const char* lang : kDocumentLangs)
        for (const auto& r : ParseRuleLines(Current(doc, lang).current.body)) known.insert(r.key);
    struct Row {
        long order;
        std::string key;
        std::map<std::string, std::string> texts;
    };
    std::vector<Row> rows;
    std::vector<FieldError> errors;
    std::set<std::string> seen;
    for (size_t i = 0; i < edit.rules.size(); ++i) {
        const auto& r = edit.rules[i];
        if (!r.key.empty() && (!known.count(r.key) || !seen.insert(r.key).second)) return stale;
        if (r.remove) continue;
        Row row{static_cast<long>(i + 1), r.key, {}};
        bool any = false;
        for (const char* lang : kDocumentLangs) {
            auto it = r.texts.find(lang);
            row.texts[lang] = it == r.texts.end() ? "" : OneLine(it->second);
            any = any || !row.texts[lang].empty();
        }
        if (r.key.empty() && !any) continue;  // the empty row offered for a new rule
        for (const char* lang : kDocumentLangs) {
            const auto& t = row.texts[lang];
            if (t.empty())
                errors.push_back({RuleField(i, lang), N_("Write this rule in every language.")});
            else if (text::Utf8Length(t) > kMaxRuleLength)
                errors.push_back({RuleField(i, lang), kTooLong, std::to_string(kMaxRuleLength)});
        }
        auto order = text::Trim(r.order);
        long n = 0;
        if (auto [end, ec] = std::from_chars(order.data(), order.data() + order.size(), n);
            ec == std::errc() && end == order.data() + order.size())
            row.order = n;
        rows.push_back(std::move(row));
    }
    if (rows.empty() && errors.empty()) errors.push_back({"rules", N_("Keep at least one rule.")});
    if (rows.size() > kMaxRules) errors.push_back({"rules", N_("At most {} rules."), std::to_string(kMaxRules)});
    if (!errors.empty()) return Error::Invalid(std::move(errors));
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.order < b.order; });
    // A new rule's key is never used again: the revision it is saved in is in it.
    int added = 0;
    for (auto& row : rows) {
        if (!row.key.empty()) continue;
        row.key = NewRuleKey(edit.base_revision + 1, ++added);
    }
    std::map<std::string, std::string> bodies;
    for (const char* lang : kDocumentLangs) {
        std::vector<RuleText> list;
        for (const auto& row : rows) list.push_back({row.key, row.texts.at(lang)});
        bodies[lang] = RuleLines(list);
    }
    return bodies;
}

Result<int> SiteDocumentService::Save(std::int64_t admin_id, const SiteDocument& doc, const DocumentEdit& edit) {
    std::map<std::string, std::string> bodies;
    std::vector<FieldError> errors;
    if (doc.format == DocumentFormat::Rules) {
        auto r = RulesBodies(doc, edit);
        if (!r) {
            if (r.error().code != ErrorCode::Invalid) return r.error();
            errors = r.error().fields;
        } else {
            bodies = std::move(*r);
        }
    } else {
        for (const char* lang : kDocumentLangs) {
            auto it = edit.texts.find(lang);
            auto body = ProseText(it == edit.texts.end() ? "" : it->second);
            const std::string field = std::string("text_") + lang;
            if (ParseProse(body).empty())
                errors.push_back({field, N_("Write the text in this language.")});
            else if (text::Utf8Length(body) > kMaxProseLength)
                errors.push_back({field, kTooLong, std::to_string(kMaxProseLength)});
            bodies[lang] = std::move(body);
        }
    }
    const std::string note = OneLine(edit.note);
    if (text::Utf8Length(note) > kMaxEditNote) errors.push_back({"note", kTooLong, std::to_string(kMaxEditNote)});
    if (!errors.empty()) return Error::Invalid(std::move(errors));

    const Millis now = p_.clock.Now();
    std::vector<std::pair<std::string, DocumentVersion>> versions;
    std::string langs;
    for (const char* lang : kDocumentLangs) {
        if (bodies[lang] == Current(doc, lang).current.body) continue;
        DocumentVersion v;
        v.published_at = now;
        v.body = bodies[lang];
        v.note = note;
        v.editor_id = admin_id;
        versions.emplace_back(lang, std::move(v));
        if (!langs.empty()) langs += ',';
        langs += lang;
    }
    if (versions.empty()) return 0;
    bool saved = false;
    p_.unit.Atomically([&] {
        saved = p_.store.Publish(doc.name, edit.base_revision, versions);
        if (saved)
            p_.audit.Append(
                {admin_id, "edit_document", audit::kPage, 0, std::string(doc.name) + " (" + langs + ")", {}, now});
    });
    Forget();
    if (!saved)
        return Error::Of(ErrorCode::Conflict, N_("Another administrator saved this document meanwhile. Look at the "
                                                 "current version and make your change again."));
    return static_cast<int>(versions.size());
}

}  // namespace ejob::domain
