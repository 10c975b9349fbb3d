#pragma once
// The domain's photo ports on top of the photo pipeline and the photo store.
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <set>

#include "domain/common/photo_store.hpp"
#include "domain/cv_maker/cv_maker.hpp"
#include "domain/retention/purge.hpp"
#include "media/photo_pipeline.hpp"

namespace ejob::media {

// The domain's PhotoStore port: uploads go through the photo pipeline (libvips), the results into the store.
class PipelinePhotoStore final : public domain::PhotoStore {
  public:
    // Inside this class, PhotoStore names the domain's port: the directory is media::PhotoStore.
    explicit PipelinePhotoStore(media::PhotoStore& store) : store_(store) {}

    domain::StoredPhoto Store(std::string_view upload) override {
        auto processed = limiter_.Process(upload);
        if (processed.error != PhotoError::None) return {"", RefusalOf(processed.error)};
        std::string stem = store_.Save(processed.photo);
        return {stem, stem.empty() ? domain::PhotoRefusal::NotSaved : domain::PhotoRefusal::None};
    }
    std::string Claim(std::string_view stem) override { return store_.Rename(stem); }
    void Remove(const std::vector<std::string>& stems) override {
        for (const auto& s : stems) store_.Remove(s);
    }

    static domain::PhotoRefusal RefusalOf(PhotoError e) {
        switch (e) {
            case PhotoError::None:
                return domain::PhotoRefusal::None;
            case PhotoError::Empty:
                return domain::PhotoRefusal::Empty;
            case PhotoError::TooLarge:
                return domain::PhotoRefusal::TooLarge;
            case PhotoError::TooManyPixels:
                return domain::PhotoRefusal::TooManyPixels;
            case PhotoError::Corrupt:
                return domain::PhotoRefusal::Corrupt;
            case PhotoError::NotAnImage:
                break;
        }
        return domain::PhotoRefusal::NotAnImage;
    }

  private:
    media::PhotoStore& store_;
    // Each photo takes ~0.3 s of a core and up to ~150 MB: at most two are processed at once by this store.
    PhotoProcessingLimiter limiter_{2};
};

// The CV Maker's portraits: a square JPEG of 600 px, never written to the photo directory (the draft holds it).
class PipelinePortraits final : public domain::cv::PortraitMaker {
  public:
    static constexpr int kSize = 600;
    domain::cv::Portrait Make(std::string_view upload) override {
        PhotoLimits limits;
        limits.display_size = kSize;
        limits.square = true;
        auto processed = limiter_.Process(upload, limits);
        if (processed.error != PhotoError::None) return {"", PipelinePhotoStore::RefusalOf(processed.error)};
        return {std::move(processed.photo.display_jpeg), domain::PhotoRefusal::None};
    }

  private:
    PhotoProcessingLimiter limiter_{2};
};

// The photo files on disk, for the retention job.
class StoredPhotoDirectory final : public domain::PhotoDirectory {
  public:
    explicit StoredPhotoDirectory(PhotoStore& store) : store_(store) {}
    std::vector<std::string> StemsOlderThan(domain::Millis before) override {
        std::set<std::string> stems;
        std::error_code ec;
        for (const auto& e : std::filesystem::directory_iterator(store_.dir(), ec)) {
            std::string name = e.path().filename().string();
            std::string stem = name.substr(0, name.find('-'));
            if (!PhotoStore::IsValidStem(stem)) continue;
            struct stat st {};
            if (::stat(e.path().c_str(), &st) != 0) continue;
            domain::Millis ms = static_cast<domain::Millis>(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
            if (ms < before) stems.insert(stem);
        }
        return {stems.begin(), stems.end()};
    }
    void Remove(const std::string& stem) override { store_.Remove(stem); }

  private:
    PhotoStore& store_;
};

}  // namespace ejob::media
