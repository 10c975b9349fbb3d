#pragma once
// The domain's PhotoFiles port on top of the photo store.
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <set>

#include "domain/publications/publication.hpp"
#include "domain/retention/purge.hpp"
#include "media/photo_pipeline.hpp"

namespace ejob::media {

class StoredPhotoFiles final : public domain::PhotoFiles {
  public:
    explicit StoredPhotoFiles(PhotoStore& store) : store_(store) {}
    void Remove(const std::vector<std::string>& stems) override {
        for (const auto& s : stems) store_.Remove(s);
    }

  private:
    PhotoStore& store_;
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
