#include "domain/search/listing_index.hpp"

#include <algorithm>
#include <bit>
#include <limits>
#include <string_view>

#include "domain/text/text.hpp"

namespace ejob::domain::search {

namespace {
using Bits = std::vector<std::uint64_t>;

void Set(Bits& b, std::uint32_t s) {
    b[s >> 6] |= std::uint64_t{1} << (s & 63);
}
void Clear(Bits& b, std::uint32_t s) {
    b[s >> 6] &= ~(std::uint64_t{1} << (s & 63));
}
bool Test(const Bits& b, std::uint32_t s) {
    return (b[s >> 6] >> (s & 63)) & 1;
}
// Counting bits with the CPU's popcnt instruction where it has one (every x86-64 CPU since 2008; the distribution's
// baseline does not assume it).
#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("popcnt"))) std::int64_t CountWithPopcnt(const Bits& b) {
    std::int64_t n = 0;
    for (auto w : b) n += __builtin_popcountll(w);
    return n;
}
#endif
std::int64_t Count(const Bits& b) {
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool popcnt = __builtin_cpu_supports("popcnt");
    if (popcnt) return CountWithPopcnt(b);
#endif
    std::int64_t n = 0;
    for (auto w : b) n += std::popcount(w);
    return n;
}
void And(Bits& a, const Bits& b) {
    for (size_t i = 0; i < a.size(); ++i) a[i] &= b[i];
}
void Or(Bits& a, const Bits& b) {
    for (size_t i = 0; i < a.size(); ++i) a[i] |= b[i];
}
void AndNot(Bits& a, const Bits& b) {
    for (size_t i = 0; i < a.size(); ++i) a[i] &= ~b[i];
}
template <typename F>
void ForEach(const Bits& b, F&& f) {
    for (size_t i = 0; i < b.size(); ++i) {
        for (std::uint64_t w = b[i]; w; w &= w - 1)
            f(static_cast<std::uint32_t>(i * 64 + static_cast<size_t>(std::countr_zero(w))));
    }
}

// The distinct words of `s` (already folded), sorted.
std::vector<std::string_view> Words(std::string_view s) {
    std::vector<std::string_view> out;
    for (auto [b, e] : text::WordRanges(s)) out.push_back(s.substr(b, e - b));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}
}  // namespace

ListingIndex::ListingIndex(std::vector<std::string> facet_fields, std::vector<std::string> number_fields,
                           std::vector<size_t> sortable)
    : facet_fields_(std::move(facet_fields)),
      number_fields_(std::move(number_fields)),
      sortable_(std::move(sortable)),
      numbers_(number_fields_.size()),
      present_(number_fields_.size()),
      code_names_(facet_fields_.size()),
      code_of_(facet_fields_.size()),
      code_bits_(facet_fields_.size()),
      code_counts_(facet_fields_.size()),
      orders_(1 + sortable_.size()) {}

void ListingIndex::Grow(size_t slots) {
    if (slots <= words_cap_ * 64) return;
    words_cap_ = std::max({words_cap_ * 2, (slots + 63) / 64, size_t{16}});
    alive_.resize(words_cap_, 0);
    for (auto& b : present_) b.resize(words_cap_, 0);
    for (auto& field : code_bits_)
        for (auto& b : field) b.resize(words_cap_, 0);
}

std::uint16_t ListingIndex::Intern(size_t field, const std::string& code) {
    auto& of = code_of_[field];
    if (auto it = of.find(code); it != of.end()) return it->second;
    auto c = static_cast<std::uint16_t>(code_names_[field].size());
    code_names_[field].push_back(code);
    of.emplace(code, c);
    code_bits_[field].emplace_back(words_cap_, 0);
    code_counts_[field].push_back(0);
    return c;
}

bool ListingIndex::Before(size_t order, std::uint32_t a, std::uint32_t b) const {
    if (order > 0) {
        const auto& n = numbers_[sortable_[order - 1]];
        if (n[a] != n[b]) return n[a] > n[b];  // kNoNumber is the lowest: items without it come last
    }
    if (published_[a] != published_[b]) return published_[a] > published_[b];
    return ids_[a] > ids_[b];
}

std::uint32_t ListingIndex::Put(const IndexEntry& e) {
    Remove(e.id);
    const std::uint32_t slot = slots_++;
    Grow(slots_);
    ids_.push_back(e.id);
    published_.push_back(e.published_at);
    for (size_t f = 0; f < facet_fields_.size(); ++f) {
        auto c = Intern(f, f < e.facets.size() ? e.facets[f] : std::string());
        codes_.push_back(c);
        Set(code_bits_[f][c], slot);
        ++code_counts_[f][c];
    }
    for (size_t f = 0; f < number_fields_.size(); ++f) {
        numbers_[f].push_back(f < e.numbers.size() ? e.numbers[f] : kNoNumber);
        if (numbers_[f].back() != kNoNumber) Set(present_[f], slot);
    }
    Set(alive_, slot);
    ++live_;
    slot_of_[e.id] = slot;

    const std::string title = text::Fold(e.title);
    auto in_title = Words(title);
    auto all = Words(e.text);
    std::vector<std::string_view> merged;
    std::set_union(all.begin(), all.end(), in_title.begin(), in_title.end(), std::back_inserter(merged));
    for (auto w : merged) {
        auto it = postings_.find(w);
        if (it == postings_.end()) it = postings_.emplace(std::string(w), std::vector<std::uint32_t>{}).first;
        const bool t = std::binary_search(in_title.begin(), in_title.end(), w);
        it->second.push_back(slot << 1 | (t ? 1u : 0u));
    }
    for (size_t o = 0; o < orders_.size(); ++o) {
        auto& order = orders_[o];
        if (bulk_) {
            order.push_back(slot);
            continue;
        }
        auto at = std::upper_bound(order.begin(), order.end(), slot,
                                   [&](std::uint32_t a, std::uint32_t b) { return Before(o, a, b); });
        order.insert(at, slot);
    }
    return slot;
}

void ListingIndex::SortOrders() {
    for (size_t o = 0; o < orders_.size(); ++o)
        std::sort(orders_[o].begin(), orders_[o].end(),
                  [&](std::uint32_t a, std::uint32_t b) { return Before(o, a, b); });
}

void ListingIndex::Bulk(bool on) {
    if (bulk_ && !on) {
        SortOrders();
        for (auto& [word, list] : postings_) list.shrink_to_fit();
    }
    bulk_ = on;
}

bool ListingIndex::Remove(std::int64_t id) {
    auto it = slot_of_.find(id);
    if (it == slot_of_.end()) return false;
    const std::uint32_t slot = it->second;
    slot_of_.erase(it);
    Clear(alive_, slot);
    --live_;
    for (size_t f = 0; f < facet_fields_.size(); ++f) {
        auto c = codes_[slot * facet_fields_.size() + f];
        Clear(code_bits_[f][c], slot);
        --code_counts_[f][c];
    }
    for (auto& b : present_) Clear(b, slot);
    return true;
}

std::vector<std::uint32_t> ListingIndex::CompactIfSparse() {
    const std::int64_t dead = static_cast<std::int64_t>(slots_) - live_;
    if (dead < 1024 || dead * 4 < static_cast<std::int64_t>(slots_)) return {};
    std::vector<std::uint32_t> remap(slots_, kGone);
    std::uint32_t next = 0;
    for (std::uint32_t s = 0; s < slots_; ++s)
        if (Test(alive_, s)) remap[s] = next++;
    auto keep = [&](auto& column) {
        using V = std::decay_t<decltype(column)>;
        V out;
        out.reserve(next);
        for (std::uint32_t s = 0; s < slots_; ++s)
            if (remap[s] != kGone) out.push_back(column[s]);
        column = std::move(out);
    };
    keep(ids_);
    keep(published_);
    for (auto& n : numbers_) keep(n);
    {
        const size_t nf = facet_fields_.size();
        std::vector<std::uint16_t> codes;
        codes.reserve(static_cast<size_t>(next) * nf);
        for (std::uint32_t s = 0; s < slots_; ++s)
            if (remap[s] != kGone) codes.insert(codes.end(), codes_.begin() + s * nf, codes_.begin() + (s + 1) * nf);
        codes_ = std::move(codes);
    }
    for (auto it = postings_.begin(); it != postings_.end();) {
        auto& list = it->second;
        size_t w = 0;
        for (auto e : list)
            if (remap[e >> 1] != kGone) list[w++] = remap[e >> 1] << 1 | (e & 1);
        list.resize(w);
        list.shrink_to_fit();
        it = list.empty() ? postings_.erase(it) : std::next(it);
    }
    for (auto& order : orders_) {
        size_t w = 0;
        for (auto s : order)
            if (remap[s] != kGone) order[w++] = remap[s];
        order.resize(w);
    }
    slots_ = next;
    words_cap_ = 0;
    alive_.clear();
    for (auto& b : present_) b.clear();
    for (auto& field : code_bits_)
        for (auto& b : field) b.clear();
    Grow(std::max<size_t>(slots_, 1));
    for (std::uint32_t s = 0; s < slots_; ++s) {
        Set(alive_, s);
        for (size_t f = 0; f < facet_fields_.size(); ++f) Set(code_bits_[f][codes_[s * facet_fields_.size() + f]], s);
        for (size_t f = 0; f < numbers_.size(); ++f)
            if (numbers_[f][s] != kNoNumber) Set(present_[f], s);
    }
    for (auto& [id, slot] : slot_of_) slot = remap[slot];
    return remap;
}

void ListingIndex::Expand(const std::string& prefix, Bits& any, Bits& title) const {
    for (auto it = postings_.lower_bound(prefix);
         it != postings_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
        for (auto e : it->second) {
            Set(any, e >> 1);
            if (e & 1) Set(title, e >> 1);
        }
    }
}

void ListingIndex::Take(const Bits& bits, std::int64_t count, size_t order, size_t& skip, size_t limit,
                        std::vector<std::uint32_t>& out) const {
    if (count == 0 || out.size() >= limit) return;
    if (skip >= static_cast<size_t>(count)) {
        skip -= static_cast<size_t>(count);
        return;
    }
    if (count * 64 < static_cast<std::int64_t>(slots_)) {
        // Few matches: sort them rather than walk the whole order.
        std::vector<std::uint32_t> found;
        found.reserve(static_cast<size_t>(count));
        ForEach(bits, [&](std::uint32_t s) { found.push_back(s); });
        std::sort(found.begin(), found.end(), [&](std::uint32_t a, std::uint32_t b) { return Before(order, a, b); });
        for (size_t i = skip; i < found.size() && out.size() < limit; ++i) out.push_back(found[i]);
        skip = 0;
        return;
    }
    for (auto s : orders_[order]) {
        if (!Test(bits, s)) continue;
        if (skip > 0) {
            --skip;
            continue;
        }
        out.push_back(s);
        if (out.size() >= limit) return;
    }
}

const std::vector<std::uint32_t>* ListingIndex::OrderBy(size_t field) const {
    if (field == kPublishedAt) return &orders_[0];
    for (size_t i = 0; i < sortable_.size(); ++i)
        if (sortable_[i] == field) return &orders_[i + 1];
    return nullptr;
}

size_t ListingIndex::PrefixAtLeast(const std::vector<std::uint32_t>& order, size_t field, std::int64_t min) const {
    // The order runs from the highest value down (dead slots keep their values, so it stays sorted).
    return static_cast<size_t>(
        std::partition_point(order.begin(), order.end(), [&](std::uint32_t s) { return Number(field, s) >= min; }) -
        order.begin());
}

void ListingIndex::Narrow(Bits& bits, const NumberRange& range) const {
    // A lower bound on a field kept in order: the items that pass are a prefix of the order.
    if (range.min && !range.max && !range.keep_missing) {
        if (const auto* order = OrderBy(range.field)) {
            Bits pass(bits.size(), 0);
            const size_t end = PrefixAtLeast(*order, range.field, *range.min);
            for (size_t i = 0; i < end; ++i) Set(pass, (*order)[i]);
            And(bits, pass);
            return;
        }
    }
    if (!range.min && !range.max && !range.keep_missing && range.field != kPublishedAt) {
        And(bits, present_[range.field]);  // only "has the number"
        return;
    }
    ForEach(bits, [&](std::uint32_t s) {
        if (!range.Passes(Number(range.field, s))) Clear(bits, s);
    });
}

std::vector<std::int64_t> ListingIndex::CountOptions(const RangeFacet& facet, const Bits& mask) const {
    std::vector<std::int64_t> counts(facet.options.size(), 0);
    const auto& options = facet.options;
    if (options.empty()) return counts;
    const size_t field = options[0].second.field;
    bool same_field = true, presence = true, lower_bounds = true;
    for (const auto& [code, r] : options) {
        same_field = same_field && r.field == field;
        presence = presence && !r.min && !r.max && !r.keep_missing && r.field != kPublishedAt;
        lower_bounds = lower_bounds && r.min && !r.max && !r.keep_missing;
    }
    const auto* order = same_field ? OrderBy(field) : nullptr;
    if (same_field && presence) {
        // "Has the number": the items of the mask that have it.
        Bits b = mask;
        And(b, present_[field]);
        counts.assign(options.size(), Count(b));
    } else if (lower_bounds && order) {
        // Lower bounds on a field kept in order: each passes a prefix of it; count the mask's items per stretch
        // between two bounds, then add up.
        std::vector<size_t> ends;
        for (const auto& [code, r] : options) ends.push_back(PrefixAtLeast(*order, field, *r.min));
        std::vector<size_t> by_end(options.size());
        for (size_t o = 0; o < options.size(); ++o) by_end[o] = o;
        std::sort(by_end.begin(), by_end.end(), [&](size_t a, size_t b) { return ends[a] < ends[b]; });
        size_t i = 0;
        std::int64_t seen = 0;
        for (auto o : by_end) {
            for (; i < ends[o]; ++i) seen += Test(mask, (*order)[i]) ? 1 : 0;
            counts[o] = seen;
        }
    } else {
        ForEach(mask, [&](std::uint32_t s) {
            for (size_t o = 0; o < options.size(); ++o)
                counts[o] += options[o].second.Passes(Number(options[o].second.field, s)) ? 1 : 0;
        });
    }
    return counts;
}

IndexResult ListingIndex::Search(const IndexQuery& q) const {
    IndexResult r;
    const size_t W = words_cap_;
    if (W == 0) {
        r.facets.counted = q.count_facets;
        return r;
    }
    // Words: every slot of the query must match somewhere; note where they match in the title.
    Bits base = alive_;
    Bits title_all, title_some;
    const bool words = !q.text.empty();
    if (words) {
        title_all.assign(W, ~std::uint64_t{0});
        title_some.assign(W, 0);
        for (const auto& slot : q.text.slots) {
            Bits any(W, 0), title(W, 0);
            for (const auto& phrase : slot) {
                Bits pa, pt;
                for (size_t i = 0; i < phrase.size(); ++i) {
                    Bits wa(W, 0), wt(W, 0);
                    Expand(phrase[i], wa, wt);
                    if (i == 0) {
                        pa = std::move(wa);
                        pt = std::move(wt);
                    } else {
                        And(pa, wa);
                        And(pt, wt);
                    }
                }
                if (!phrase.empty()) {
                    Or(any, pa);
                    Or(title, pt);
                }
            }
            And(base, any);
            And(title_all, title);
            Or(title_some, title);
        }
    }
    // Plain number bounds narrow everything, facet counts included.
    for (const auto& range : q.ranges) Narrow(base, range);
    // The filters that have facet counts: each is counted under all the others.
    Bits empty;
    std::vector<Bits> range_bits;
    range_bits.reserve(q.range_facets.size());  // never reallocated: `constraints` points into it
    std::vector<const Bits*> constraints;
    std::vector<int> constraint_of_field(facet_fields_.size(), -1), constraint_of_range(q.range_facets.size(), -1);
    for (size_t f = 0; f < facet_fields_.size() && f < q.equal.size(); ++f) {
        if (q.equal[f].empty()) continue;
        constraint_of_field[f] = static_cast<int>(constraints.size());
        if (auto it = code_of_[f].find(q.equal[f]); it != code_of_[f].end()) {
            constraints.push_back(&code_bits_[f][it->second]);
        } else {
            if (empty.empty()) empty.assign(W, 0);
            constraints.push_back(&empty);
        }
    }
    for (size_t g = 0; g < q.range_facets.size(); ++g) {
        const auto& facet = q.range_facets[g];
        if (facet.chosen.empty()) continue;
        Bits& b = range_bits.emplace_back(base);
        bool known = false;
        for (const auto& [code, range] : facet.options) {
            if (code != facet.chosen) continue;
            Narrow(b, range);
            known = true;
        }
        if (!known) b.assign(W, 0);
        constraint_of_range[g] = static_cast<int>(constraints.size());
        constraints.push_back(&b);
    }
    Bits full = base;
    for (const auto* c : constraints) And(full, *c);
    r.total = Count(full);

    if (q.count_facets) {
        r.facets.counted = true;
        const size_t nf = facet_fields_.size();
        std::vector<std::vector<std::int64_t>> field_counts(nf);
        for (size_t f = 0; f < nf; ++f) field_counts[f].assign(code_names_[f].size(), 0);
        // No words, no bounds: the counts kept as items come and go serve.
        const bool everything = !words && q.ranges.empty();
        std::vector<size_t> open_fields;
        for (size_t f = 0; f < nf; ++f)
            if (constraint_of_field[f] < 0) open_fields.push_back(f);
        if (everything && constraints.empty()) {
            for (auto f : open_fields) field_counts[f] = code_counts_[f];
        } else if (!open_fields.empty()) {
            // The fields without a chosen option: counted over the results, one pass, each item's codes together.
            ForEach(full, [&](std::uint32_t s) {
                const std::uint16_t* codes = &codes_[s * nf];
                for (auto f : open_fields) ++field_counts[f][codes[f]];
            });
        }
        // A filter with a chosen option: its options are counted under the other filters only.
        auto without = [&](int skip) {
            Bits mask = base;
            for (size_t i = 0; i < constraints.size(); ++i)
                if (static_cast<int>(i) != skip) And(mask, *constraints[i]);
            return mask;
        };
        for (size_t f = 0; f < nf; ++f) {
            if (constraint_of_field[f] < 0) continue;
            if (everything && constraints.size() == 1) {
                field_counts[f] = code_counts_[f];
                continue;
            }
            ForEach(without(constraint_of_field[f]), [&](std::uint32_t s) { ++field_counts[f][codes_[s * nf + f]]; });
        }
        for (size_t f = 0; f < nf; ++f) {
            auto& out = r.facets.by_field[facet_fields_[f]];
            for (size_t c = 0; c < field_counts[f].size(); ++c)
                if (field_counts[f][c] > 0 && !code_names_[f][c].empty()) out[code_names_[f][c]] = field_counts[f][c];
        }
        for (size_t g = 0; g < q.range_facets.size(); ++g) {
            const auto& facet = q.range_facets[g];
            auto counts = CountOptions(facet, constraint_of_range[g] < 0 ? full : without(constraint_of_range[g]));
            auto& out = r.facets.by_field[facet.name];
            for (size_t o = 0; o < counts.size(); ++o)
                if (counts[o] > 0) out[facet.options[o].first] = counts[o];
        }
    }

    // The page.
    size_t skip = q.offset;
    if (q.order == Order::Relevance && words) {
        Bits t0 = full, t1 = full, t2 = full;
        And(t0, title_all);
        And(t1, title_some);
        AndNot(t1, title_all);
        AndNot(t2, title_some);
        Take(t0, Count(t0), 0, skip, q.limit, r.slots);
        Take(t1, Count(t1), 0, skip, q.limit, r.slots);
        Take(t2, Count(t2), 0, skip, q.limit, r.slots);
    } else {
        size_t order = 0;
        if (q.order == Order::NumberDesc) {
            auto it = std::find(sortable_.begin(), sortable_.end(), q.sort_field);
            if (it != sortable_.end()) order = 1 + static_cast<size_t>(it - sortable_.begin());
        }
        Take(full, r.total, order, skip, q.limit, r.slots);
    }
    return r;
}

std::map<std::string, std::int64_t> ListingIndex::Counts(size_t field) const {
    std::map<std::string, std::int64_t> out;
    for (size_t c = 0; c < code_names_[field].size(); ++c)
        if (code_counts_[field][c] > 0 && !code_names_[field][c].empty())
            out[code_names_[field][c]] = code_counts_[field][c];
    return out;
}

size_t ListingIndex::postings() const {
    size_t n = 0;
    for (const auto& [w, list] : postings_) n += list.size();
    return n;
}

}  // namespace ejob::domain::search
