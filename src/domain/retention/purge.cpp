#include "domain/retention/purge.hpp"

#include <algorithm>
#include <unordered_set>
#include <utility>

namespace ejob::domain {

namespace {
// Of the ids in `kept` (0: none), those that `exist` no longer finds, looked up in chunks.
std::unordered_set<std::int64_t> Gone(
    const std::vector<MailArchive::Kept>& kept, std::int64_t MailArchive::Kept::*id,
    const std::function<std::vector<std::int64_t>(const std::vector<std::int64_t>&)>& exist) {
    std::vector<std::int64_t> ids;
    for (const auto& k : kept)
        if (k.*id != 0) ids.push_back(k.*id);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::unordered_set<std::int64_t> gone(ids.begin(), ids.end());
    constexpr size_t kChunk = 500;
    for (size_t i = 0; i < ids.size(); i += kChunk) {
        std::vector<std::int64_t> chunk(ids.begin() + static_cast<std::ptrdiff_t>(i),
                                        ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), i + kChunk)));
        for (std::int64_t found : exist(chunk)) gone.erase(found);
    }
    return gone;
}
}  // namespace

bool PurgeReport::Changed() const {
    const auto& s = swept;
    return publications + warned + orphan_photos + mail_files + s.sessions + s.account_tokens + s.rate_limits +
               s.signin_failures + s.unconfirmed_accounts + s.audit_entries + s.undelivered_mail + s.cv_drafts + s.reveal_nonces + s.reveal_counts >
           0;
}

std::string PurgeReport::Summary() const {
    const std::pair<const char*, std::int64_t> counts[] = {
        {"publications", publications},
        {"warned", warned},
        {"orphan_photos", orphan_photos},
        {"mail_files", mail_files},
        {"sessions", swept.sessions},
        {"account_tokens", swept.account_tokens},
        {"rate_limits", swept.rate_limits},
        {"signin_failures", swept.signin_failures},
        {"unconfirmed_accounts", swept.unconfirmed_accounts},
        {"audit_entries", swept.audit_entries},
        {"undelivered_mail", swept.undelivered_mail},
        {"cv_drafts", swept.cv_drafts},
        {"reveal_nonces", swept.reveal_nonces},
        {"reveal_counts", swept.reveal_counts},
    };
    std::string out = "{";
    for (const auto& [name, n] : counts) {
        if (out.size() > 1) out += ",";
        out += "\"";
        out += name;
        out += "\":";
        out += std::to_string(n);
    }
    return out + "}";
}

PurgeReport PurgeJob::Run(bool dry_run) {
    PurgeReport report;
    report.dry_run = dry_run;
    report.ran = p_.store.WithLock([&] {
        const Millis started = p_.clock.Now();
        const Millis now = started;
        // Owners first: a publication due within the week is announced once for its date.
        report.warnings = p_.store.ToWarn(policy_, now);
        if (!dry_run)
            for (const auto& w : report.warnings)
                p_.unit.Atomically([&] {
                    p_.notifier.DeletionSoon(w);
                    p_.store.MarkWarned(w.id, w.due);
                });
        report.warned = static_cast<int>(report.warnings.size());

        report.deleted = p_.store.Due(policy_, now);
        if (!dry_run)
            for (const auto& due : report.deleted) p_.delete_publication(due.kind, due.id);
        report.publications = static_cast<int>(report.deleted.size());

        // Files of uploads that never became part of a stored version (an abandoned form, a crash between saving
        // the file and the database write). A day's grace keeps uploads in flight safe, and photos that a refused
        // form holds for its corrected submission (an hour, web/uploads.hpp) for longer than they live.
        auto referenced = p_.store.ReferencedPhotos();
        std::unordered_set<std::string> keep(referenced.begin(), referenced.end());
        for (const auto& stem : p_.photos.StemsOlderThan(now - policy_.orphan_photos_after)) {
            if (keep.count(stem)) continue;
            if (!dry_run) p_.photos.Remove(stem);
            ++report.orphan_photos;
        }

        // Delivered mail: kept at most `mail_for`, and not at all once the publication or account it is about is
        // gone.
        auto kept = p_.mail.List();
        auto& store = p_.store;
        auto gone_items = Gone(kept, &MailArchive::Kept::publication_id,
                               [&](const auto& ids) { return store.ExistingPublications(ids); });
        auto gone_accounts =
            Gone(kept, &MailArchive::Kept::account_id, [&](const auto& ids) { return store.ExistingAccounts(ids); });
        for (const auto& k : kept) {
            if (k.queued_at >= now - policy_.mail_for && !gone_items.count(k.publication_id) &&
                !gone_accounts.count(k.account_id))
                continue;
            if (!dry_run) p_.mail.Remove(k.name);
            ++report.mail_files;
        }

        report.swept = p_.store.Sweep(policy_, now, dry_run);
        if (dry_run) return;
        p_.store.EraseDeleted();
        p_.store.RecordRun(started, p_.clock.Now(), report.Summary());
    });
    return report;
}

}  // namespace ejob::domain
