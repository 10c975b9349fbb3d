// The in-memory listing index against a plain, obviously right evaluation of the same queries over the same items.
#include "domain/search/listing_index.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

#include "domain/text/text.hpp"
#include "domain/vacancies/vacancy_index.hpp"

namespace ejob::domain::search {
namespace {

const std::vector<std::string> kCities = {"baku", "ganja", "sumqayit", ""};
const std::vector<std::string> kCategories = {"it", "sales", "finance", "health"};
const std::vector<std::string> kWords = {"muhendis",  "muhasib",      "satici",   "surucu",   "menecer",
                                         "proqramci", "операционист", "водитель", "analitik", "anbar"};

ListingIndex MakeIndex() {
    return ListingIndex({"category", "city"}, {"salary", "published"}, {0});
}

struct Item {
    IndexEntry entry;
    bool alive = true;
};

// Whether every word of `phrase` is a prefix of some word of `text`.
bool PhraseIn(const Phrase& phrase, const std::string& folded) {
    std::vector<std::string> words;
    for (auto [b, e] : text::WordRanges(folded)) words.push_back(folded.substr(b, e - b));
    for (const auto& p : phrase) {
        bool found = false;
        for (const auto& w : words) found = found || w.compare(0, p.size(), p) == 0;
        if (!found) return false;
    }
    return true;
}
bool SlotIn(const std::vector<Phrase>& slot, const std::string& folded) {
    for (const auto& p : slot)
        if (PhraseIn(p, folded)) return true;
    return false;
}

std::int64_t NumberOf(const IndexEntry& e, size_t field) {
    return field == kPublishedAt ? e.published_at : e.numbers[field];
}

struct Naive {
    const std::vector<Item>& items;
    // Everything but the facet `skip` ("" = none).
    bool Passes(const Item& it, const IndexQuery& q, const std::string& skip) const {
        if (!it.alive) return false;
        const auto& e = it.entry;
        for (const auto& slot : q.text.slots)
            if (!SlotIn(slot, e.text + " " + text::Fold(e.title))) return false;
        static const std::vector<std::string> kFields = {"category", "city"};
        for (size_t f = 0; f < q.equal.size(); ++f)
            if (!q.equal[f].empty() && kFields[f] != skip && e.facets[f] != q.equal[f]) return false;
        for (const auto& r : q.ranges)
            if (!r.Passes(NumberOf(e, r.field))) return false;
        for (const auto& g : q.range_facets) {
            if (g.chosen.empty() || g.name == skip) continue;
            for (const auto& [code, range] : g.options)
                if (code == g.chosen && !range.Passes(NumberOf(e, range.field))) return false;
        }
        return true;
    }
    // Title tier: 0 all query slots in the title, 1 some, 2 none.
    static int Tier(const Item& it, const IndexQuery& q) {
        if (q.text.empty() || q.order != Order::Relevance) return 0;
        size_t in_title = 0;
        for (const auto& slot : q.text.slots) in_title += SlotIn(slot, text::Fold(it.entry.title)) ? 1 : 0;
        return in_title == q.text.slots.size() ? 0 : in_title > 0 ? 1 : 2;
    }
    std::vector<std::int64_t> Page(const IndexQuery& q, std::int64_t& total) const {
        std::vector<const Item*> found;
        for (const auto& it : items)
            if (Passes(it, q, "")) found.push_back(&it);
        total = static_cast<std::int64_t>(found.size());
        std::sort(found.begin(), found.end(), [&](const Item* a, const Item* b) {
            int ta = Tier(*a, q), tb = Tier(*b, q);
            if (ta != tb) return ta < tb;
            if (q.order == Order::NumberDesc) {
                auto na = a->entry.numbers[q.sort_field], nb = b->entry.numbers[q.sort_field];
                if (na != nb) return na > nb;
            }
            if (a->entry.published_at != b->entry.published_at) return a->entry.published_at > b->entry.published_at;
            return a->entry.id > b->entry.id;
        });
        std::vector<std::int64_t> ids;
        for (size_t i = q.offset; i < found.size() && ids.size() < q.limit; ++i) ids.push_back(found[i]->entry.id);
        return ids;
    }
    std::int64_t Count(const IndexQuery& q, const std::string& field, size_t f, const std::string& code) const {
        std::int64_t n = 0;
        for (const auto& it : items) n += Passes(it, q, field) && it.entry.facets[f] == code ? 1 : 0;
        return n;
    }
    std::int64_t CountRange(const IndexQuery& q, const RangeFacet& g, const NumberRange& option) const {
        std::int64_t n = 0;
        for (const auto& it : items)
            n += Passes(it, q, g.name) && option.Passes(it.entry.numbers[option.field]) ? 1 : 0;
        return n;
    }
};

IndexEntry RandomEntry(std::mt19937& rng, std::int64_t id) {
    IndexEntry e;
    e.id = id;
    e.published_at = 1'000'000 + static_cast<Millis>(rng() % 500);  // many equal dates: ties broken by id
    e.facets = {kCategories[rng() % kCategories.size()], kCities[rng() % kCities.size()]};
    std::int64_t salary = rng() % 4 == 0 ? kNoNumber : static_cast<std::int64_t>(rng() % 50) * 10000;
    e.numbers = {salary, e.published_at};
    e.title = kWords[rng() % kWords.size()];
    if (rng() % 3 == 0) e.title += " " + kWords[rng() % kWords.size()];
    for (int i = 0; i < 4; ++i) e.text += kWords[rng() % kWords.size()] + " ";
    e.text += "firma" + std::to_string(rng() % 20);
    return e;
}

IndexQuery RandomQuery(std::mt19937& rng) {
    IndexQuery q;
    const int words = static_cast<int>(rng() % 3);
    for (int i = 0; i < words; ++i) {
        const std::string& w = kWords[rng() % kWords.size()];
        std::vector<Phrase> slot = {{w.substr(0, 3 + rng() % (w.size() - 2))}};
        if (rng() % 3 == 0) slot.push_back({kWords[rng() % kWords.size()]});  // a synonym
        if (rng() % 5 == 0) slot.push_back({"firma1", "anbar"});              // a two-word name
        q.text.slots.push_back(std::move(slot));
    }
    q.equal = {rng() % 2 ? kCategories[rng() % kCategories.size()] : "",
               rng() % 2 ? kCities[rng() % kCities.size()] : ""};
    if (rng() % 4 == 0) q.equal[1] = "nowhere";  // a code no item has
    // A lower bound on a field kept in order, and bounds that are not.
    if (rng() % 3 == 0) q.ranges.push_back({.field = 0, .min = static_cast<std::int64_t>(rng() % 30) * 10000});
    if (rng() % 4 == 0)
        q.ranges.push_back({.field = 0, .max = static_cast<std::int64_t>(rng() % 30) * 10000, .keep_missing = true});
    if (rng() % 4 == 0) q.ranges.push_back({.field = 1, .min = 1'000'000 + static_cast<std::int64_t>(rng() % 500)});
    RangeFacet posted{"posted", {}, ""};
    for (int back : {100, 250, 400})
        posted.options.push_back({std::to_string(back), {.field = 1, .min = 1'000'500 - back}});
    if (rng() % 3 == 0) posted.chosen = posted.options[rng() % 3].first;
    q.range_facets.push_back(posted);
    q.range_facets.push_back({"with_salary", {{"1", {.field = 0}}}, rng() % 4 == 0 ? "1" : ""});
    RangeFacet band{"band", {{"low", {.field = 1, .max = 1'000'200}}, {"high", {.field = 1, .min = 1'000'300}}}, ""};
    if (rng() % 4 == 0) band.chosen = rng() % 2 ? "low" : "high";
    q.range_facets.push_back(band);
    const auto order = rng() % 3;
    q.order = order == 0 ? Order::Newest : order == 1 ? Order::Relevance : Order::NumberDesc;
    q.sort_field = 0;
    q.offset = rng() % 3 == 0 ? (rng() % 10) * 20 : 0;
    q.limit = 20;
    q.count_facets = true;
    return q;
}

void ExpectSame(const ListingIndex& index, const std::vector<Item>& items, const IndexQuery& q, int round) {
    Naive naive{items};
    std::int64_t total = 0;
    auto want = naive.Page(q, total);
    auto got = index.Search(q);
    ASSERT_EQ(got.total, total) << "round " << round;
    std::vector<std::int64_t> got_ids;
    for (auto s : got.slots) got_ids.push_back(index.id_at(s));
    ASSERT_EQ(got_ids, want) << "round " << round;
    for (size_t f = 0; f < 2; ++f) {
        const std::string field = f == 0 ? "category" : "city";
        const auto& codes = f == 0 ? kCategories : kCities;
        for (const auto& code : codes) {
            if (code.empty()) continue;
            ASSERT_EQ(got.facets.Of(field, code), naive.Count(q, field, f, code))
                << "round " << round << ": " << field << "=" << code;
        }
    }
    for (const auto& g : q.range_facets)
        for (const auto& [code, range] : g.options)
            ASSERT_EQ(got.facets.Of(g.name, code), naive.CountRange(q, g, range))
                << "round " << round << ": " << g.name << "=" << code;
}

TEST(ListingIndex, AnswersEveryQueryAsAPlainScanWouldWhileItemsComeAndGo) {
    std::mt19937 rng(20261207);
    ListingIndex index = MakeIndex();
    std::vector<Item> items;
    std::int64_t next_id = 1;
    for (int round = 0; round < 150; ++round) {
        // Changes: new items, items taken down, items changed in place (published again under the same id).
        for (int k = 0; k < 20; ++k) {
            items.push_back({RandomEntry(rng, next_id++)});
            index.Put(items.back().entry);
        }
        for (int k = 0; k < 10 && !items.empty(); ++k) {
            auto& it = items[rng() % items.size()];
            if (!it.alive) continue;
            if (rng() % 2) {
                it.alive = false;
                EXPECT_TRUE(index.Remove(it.entry.id));
            } else {
                it.entry = RandomEntry(rng, it.entry.id);
                index.Put(it.entry);
            }
        }
        index.CompactIfSparse();
        for (int k = 0; k < 5; ++k) ExpectSame(index, items, RandomQuery(rng), round);
    }
    std::int64_t alive = 0;
    for (const auto& it : items) alive += it.alive ? 1 : 0;
    EXPECT_EQ(index.size(), alive);
}

TEST(ListingIndex, PutsTitleMatchesBeforeMatchesInTheTextThenNewestFirst) {
    ListingIndex index = MakeIndex();
    auto put = [&](std::int64_t id, const std::string& title, const std::string& body) {
        index.Put({.id = id,
                   .published_at = id,
                   .facets = {"it", "baku"},
                   .numbers = {kNoNumber, id},
                   .title = title,
                   .text = text::Fold(title + " " + body)});
    };
    put(1, "Водитель (категория B)", "Водитель на легковой автомобиль");
    put(2, "Кредитный специалист", "Водительские права категории B приветствуются");
    put(3, "Ofis meneceri", "Mühəndislik MMC");
    put(4, "Mühəndis-konstruktor", "AutoCAD");
    put(5, "Baş mühəndis", "Tikinti");
    IndexQuery q;
    q.order = Order::Relevance;
    q.text.slots = {{{"водител"}}};
    auto r = index.Search(q);
    ASSERT_EQ(r.total, 2);
    EXPECT_EQ(index.id_at(r.slots[0]), 1) << "the driver above the credit specialist who mentions a licence";
    q.text.slots = {{{"muhendis"}}};
    r = index.Search(q);
    ASSERT_EQ(r.total, 3);
    EXPECT_EQ(index.id_at(r.slots[0]), 5);
    EXPECT_EQ(index.id_at(r.slots[1]), 4);
    EXPECT_EQ(index.id_at(r.slots[2]), 3) << "the engineering company's office manager comes last";
    q.order = Order::Newest;
    r = index.Search(q);
    EXPECT_EQ(index.id_at(r.slots[0]), 5);
    EXPECT_EQ(index.id_at(r.slots[2]), 3);
}

TEST(ListingIndex, CountsEachOptionUnderTheOtherFilters) {
    ListingIndex index = MakeIndex();
    std::int64_t id = 0;
    for (auto [category, city, n] : std::vector<std::tuple<const char*, const char*, int>>{
             {"it", "baku", 5}, {"it", "ganja", 2}, {"sales", "baku", 3}, {"sales", "sumqayit", 1}})
        for (int i = 0; i < n; ++i, ++id)
            index.Put({.id = id,
                       .published_at = id,
                       .facets = {category, city},
                       .numbers = {kNoNumber, id},
                       .title = "x",
                       .text = "x"});
    IndexQuery q;
    q.equal = {"it", ""};
    q.count_facets = true;
    auto r = index.Search(q);
    EXPECT_EQ(r.total, 7);
    EXPECT_EQ(r.facets.Of("city", "baku"), 5);
    EXPECT_EQ(r.facets.Of("city", "ganja"), 2);
    EXPECT_EQ(r.facets.Of("city", "sumqayit"), 0) << "no IT job there: the option shows 0";
    EXPECT_EQ(r.facets.Of("category", "sales"), 4) << "the chosen field's options are counted without it";
    q.equal = {"it", "baku"};
    r = index.Search(q);
    EXPECT_EQ(r.total, 5);
    EXPECT_EQ(r.facets.Of("category", "sales"), 3);
    EXPECT_EQ(r.facets.Of("city", "ganja"), 2);
}

}  // namespace
}  // namespace ejob::domain::search

namespace ejob::domain {
namespace {

VacancySummary VacancyRow(std::int64_t id, const char* position, const char* category, const char* city) {
    VacancySummary s;
    s.id = id;
    s.position = position;
    s.category = category;
    s.city = city;
    s.published_at = id * 1000;
    return s;
}

TEST(VacancyIndex, FiltersItemsAddedOneByOneAfterAnEmptyLoad) {
    auto index = VacancyIndexTraits::MakeIndex();
    index.Bulk(true);
    index.Bulk(false);
    auto put = [&](std::int64_t id, const char* position, const char* category, const char* city) {
        index.Put(VacancyIndexTraits::Entry(VacancyRow(id, position, category, city), text::Fold(position)));
    };
    put(1, "Proqramçı", "it", "baku");
    put(2, "Mühasib", "finance", "ganja");
    put(3, "Analitik", "it", "ganja");
    VacancyFilter f;
    f.category = "it";
    f.city = "ganja";
    auto r = index.Search(VacancyIndexTraits::Query(f, 10000, search::Synonyms::None()));
    ASSERT_EQ(r.total, 1);
    EXPECT_EQ(index.id_at(r.slots.at(0)), 3);
}

// A read model in memory, for the lists kept in step with it.
class FakeVacancySource final : public search::ListingSource<VacancySummary> {
  public:
    std::map<std::int64_t, VacancySummary> rows;
    void ForEach(const std::function<void(Item&&)>& each) override {
        for (const auto& [id, s] : rows) each({s, text::Fold(s.position)});
    }
    std::optional<Item> Find(std::int64_t id) override {
        auto it = rows.find(id);
        if (it == rows.end()) return std::nullopt;
        return Item{it->second, text::Fold(it->second.position)};
    }
};

TEST(IndexedVacancies, RowsAndFiltersFollowRefreshes) {
    FakeVacancySource source;
    IndexedVacancies lists(source, search::Synonyms::None());
    lists.Reload();
    auto add = [&](std::int64_t id, const char* position, const char* category, const char* city) {
        source.rows[id] = VacancyRow(id, position, category, city);
        lists.Refresh(id);
    };
    add(1, "Proqramçı", "it", "baku");
    add(2, "Mühasib", "finance", "ganja");
    add(3, "Analitik", "it", "ganja");
    VacancyFilter f;
    f.category = "it";
    f.city = "ganja";
    auto page = lists.List(f, 10000);
    ASSERT_EQ(page.total, 1);
    EXPECT_EQ(page.items.at(0).position, "Analitik");
    EXPECT_EQ(page.items.at(0).city, "ganja");
    source.rows.erase(3);
    lists.Refresh(3);
    EXPECT_EQ(lists.List(f, 10000).total, 0);
    EXPECT_EQ(lists.List(VacancyFilter{}, 10000).total, 2);
}

}  // namespace
}  // namespace ejob::domain
