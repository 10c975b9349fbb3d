#pragma once
// The CV Maker's drafts: kept server-side for the day under a random token that only the visitor's cookie holds
// (the store keeps its hash), never listed, searched or published. Deleted at DraftExpiry by the retention sweep,
// or at once when the visitor asks; a draft past its expiry is never read, even before the sweep.
#include <optional>
#include <string>
#include <string_view>

#include "domain/common/clock.hpp"
#include "domain/common/photo_store.hpp"
#include "domain/cv_maker/cv_draft.hpp"
#include "domain/publications/publication.hpp"  // TokenService
#include "domain/resumes/resume.hpp"

namespace ejob::domain::cv {

struct StoredDraft {
    Draft draft;
    std::string photo_jpeg;  // square JPEG, or ""
    Millis created_at = 0, updated_at = 0, expires_at = 0;
};

// Port: the drafts, by token hash.
class DraftStore {
  public:
    virtual ~DraftStore() = default;
    // The draft whose expiry is after `now`.
    virtual std::optional<StoredDraft> Find(const std::string& token_hash, Millis now) = 0;
    // Creates the draft or replaces its content and updated_at (created_at and expires_at stay those it was made with).
    virtual void Put(const std::string& token_hash, const StoredDraft& d) = 0;
    virtual bool Remove(const std::string& token_hash) = 0;
};

// Port: an uploaded photo as the CV's square portrait (decoded, cropped, metadata removed, re-encoded as JPEG).
struct Portrait {
    std::string jpeg;
    PhotoRefusal refusal = PhotoRefusal::None;
};
class PortraitMaker {
  public:
    virtual ~PortraitMaker() = default;
    virtual Portrait Make(std::string_view upload) = 0;
};

// Port: a draft as a PDF (src/pdf/). nullopt when every renderer stayed busy for the wait: answer "try again".
class CvPrinter {
  public:
    virtual ~CvPrinter() = default;
    virtual std::optional<std::string> Print(const Draft& d, const Labels& labels, const std::string& photo_jpeg) = 0;
};

// What to do with the draft's photo on a save.
struct PhotoChange {
    enum class Kind { Keep, Remove, Replace } kind = Kind::Keep;
    std::string jpeg;  // for Replace
};

// The resume form filled in from a draft, for "Publish as a resume": names, position, salary, contacts, jobs and
// studies (years only), languages, skills, the summary as "About me" and the courses as additional information. The
// city, category, experience and education level are the resume's own choices; links are left out (the resume's free
// texts take no web addresses). Nothing is published until the person sends that form.
ResumeDraft ToResumeDraft(const Draft& d);

class DraftService {
  public:
    DraftService(DraftStore& store, TokenService& tokens, const Clock& clock)
        : store_(store), tokens_(tokens), clock_(clock) {}

    // The visitor's draft, when `token` (from the cookie) names one that has not expired.
    std::optional<StoredDraft> Open(std::string_view token);

    struct Saved {
        std::string token;  // the same as given, or a new one when there was no live draft
        StoredDraft stored;
    };
    // Checks the draft (CheckDraft) and stores it with its photo; on invalid input nothing is stored.
    // `current` is what Open(token) gave (the caller has read it already: one read per request).
    Result<Saved> Save(std::string_view token, const std::optional<StoredDraft>& current, const Draft& typed,
                       const PhotoChange& photo);
    // Deletes the draft and its photo now. False when there was none.
    bool Delete(std::string_view token);

  private:
    DraftStore& store_;
    TokenService& tokens_;
    const Clock& clock_;
};

}  // namespace ejob::domain::cv
