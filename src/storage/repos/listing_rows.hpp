#pragma once
// What the listing read models of every kind share: the search text beside each row, the change feed that every
// node follows (domain/search/listing_sync.hpp), and reading the rows back for the in-memory lists.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/search/indexed_listings.hpp"
#include "domain/search/listing_sync.hpp"
#include "storage/db.hpp"

namespace ejob::storage {

// One kind's read model by its fixed names. Both are code constants, never request data.
struct ListingTable {
    const char* kind;   // "vacancy"
    const char* table;  // its listings table, read under the alias l: "vacancy_listings"
};

// Publish side, once the listing row is in: its search text, and the change in the feed.
void AddListing(Conn& c, const ListingTable& t, std::int64_t id, const std::string& search_text);
// Unpublish side: the listing row (if there is one), its search text, and the change in the feed.
void RemoveListing(Conn& c, const ListingTable& t, std::int64_t id);

// Every listing row of the kind: `columns` is a fixed "SELECT l.a, l.b, ..." list; `each` gets the row and the
// search text. Read in batches, so a large read model is never held whole.
void ForEachListing(Db& db, const ListingTable& t, const char* columns,
                    const std::function<void(const Row&, std::string)>& each);
// One listing row with its search text; nullopt when the item is not public.
std::optional<std::pair<Row, std::string>> FindListing(Db& db, const ListingTable& t, const char* columns,
                                                       std::int64_t id);

// A kind's rows read back for the in-memory lists: `read` turns a row of `columns` into the kind's summary.
template <typename Summary>
class SqlListingSource : public domain::search::ListingSource<Summary> {
  public:
    using Item = typename domain::search::ListingSource<Summary>::Item;
    using Read = Summary (*)(const Row&);
    SqlListingSource(Db& db, ListingTable table, const char* columns, Read read)
        : db_(db), table_(table), columns_(columns), read_(read) {}
    void ForEach(const std::function<void(Item&&)>& each) override {
        ForEachListing(db_, table_, columns_, [&](const Row& r, std::string text) {
            each({read_(r), std::move(text)});
        });
    }
    std::optional<Item> Find(std::int64_t id) override {
        auto found = FindListing(db_, table_, columns_, id);
        if (!found) return std::nullopt;
        return Item{read_(found->first), std::move(found->second)};
    }

  protected:
    Db& db_;

  private:
    ListingTable table_;
    const char* columns_;
    Read read_;
};

// The change feed, for every node's ListingSync.
class SqlListingChanges final : public domain::search::ListingChangeFeed {
  public:
    explicit SqlListingChanges(Db& db) : db_(db) {}
    std::int64_t Last() override;
    std::vector<domain::search::ListingChange> After(std::int64_t seq, size_t limit) override;
    std::vector<domain::search::ListingChange> Among(const std::vector<std::int64_t>& seqs) override;
    // Keeps the newest `keep` changes (a node that falls further behind reloads at its next start).
    std::int64_t Prune(std::int64_t keep);

  private:
    Db& db_;
};

}  // namespace ejob::storage
