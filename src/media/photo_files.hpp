#pragma once
// The domain's PhotoFiles port on top of the photo store.
#include "domain/publications/publication.hpp"
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

}  // namespace ejob::media
