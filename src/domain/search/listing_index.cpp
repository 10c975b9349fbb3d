#include "domain/search/listing_index.hpp"

#include <algorithm>
#include <bit>
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
std::int64_t Count(const Bits& b) {
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
      codes_(facet_fields_.size()),
      numbers_(number_fields_.size()),
      code_names_(facet_fields_.size()),
      code_of_(facet_fields_.size()),
      code_bits_(facet_fields_.size()),
      code_counts_(facet_fields_.size()),
      orders_(1 + sortable_.size()) {}

void ListingIndex::Grow(size_t slots) {
    if (slots <= words_cap_ * 64) return;
    words_cap_ = std::max({words_cap_ * 2, (slots + 63) / 64, size_t{16}});
    alive_.resize(words_cap_, 0);
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
        codes_[f].push_back(c);
        Set(code_bits_[f][c], slot);
        ++code_counts_[f][c];
    }
    for (size_t f = 0; f < number_fields_.size(); ++f)
        numbers_[f].push_back(f < e.numbers.size() ? e.numbers[f] : kNoNumber);
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
        auto at = std::upper_bound(order.begin(), order.end(), slot,
                                   [&](std::uint32_t a, std::uint32_t b) { return Before(o, a, b); });
        order.insert(at, slot);
    }
    return slot;
}

bool ListingIndex::Remove(std::int64_t id) {
    auto it = slot_of_.find(id);
    if (it == slot_of_.end()) return false;
    const std::uint32_t slot = it->second;
    slot_of_.erase(it);
    Clear(alive_, slot);
    --live_;
    for (size_t f = 0; f < facet_fields_.size(); ++f) {
        auto c = codes_[f][slot];
        Clear(code_bits_[f][c], slot);
        --code_counts_[f][c];
    }
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
    for (auto& c : codes_) keep(c);
    for (auto& n : numbers_) keep(n);
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
    for (auto& field : code_bits_)
        for (auto& b : field) b.clear();
    Grow(std::max<size_t>(slots_, 1));
    for (std::uint32_t s = 0; s < slots_; ++s) {
        Set(alive_, s);
        for (size_t f = 0; f < codes_.size(); ++f) Set(code_bits_[f][codes_[f][s]], s);
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
    for (const auto& range : q.ranges) {
        const auto& n = numbers_.at(range.field);
        ForEach(base, [&](std::uint32_t s) {
            if (!range.Passes(n[s])) Clear(base, s);
        });
    }
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
        Bits& b = range_bits.emplace_back(W, 0);
        for (const auto& [code, range] : facet.options) {
            if (code != facet.chosen) continue;
            const auto& n = numbers_.at(range.field);
            ForEach(base, [&](std::uint32_t s) {
                if (range.Passes(n[s])) Set(b, s);
            });
        }
        constraint_of_range[g] = static_cast<int>(constraints.size());
        constraints.push_back(&b);
    }
    Bits full = base;
    for (const auto* c : constraints) And(full, *c);
    r.total = Count(full);

    if (q.count_facets) {
        r.facets.counted = true;
        std::vector<std::vector<std::int64_t>> field_counts(facet_fields_.size());
        std::vector<std::vector<std::int64_t>> range_counts(q.range_facets.size());
        for (size_t f = 0; f < facet_fields_.size(); ++f) field_counts[f].assign(code_names_[f].size(), 0);
        for (size_t g = 0; g < q.range_facets.size(); ++g) range_counts[g].assign(q.range_facets[g].options.size(), 0);
        const bool everything = !words && q.ranges.empty();
        auto count_range = [&](size_t g, std::uint32_t s) {
            const auto& options = q.range_facets[g].options;
            for (size_t o = 0; o < options.size(); ++o)
                if (options[o].second.Passes(numbers_[options[o].second.field][s])) ++range_counts[g][o];
        };
        // The fields without a chosen option: counted over the results.
        std::vector<size_t> open_fields, open_ranges;
        for (size_t f = 0; f < facet_fields_.size(); ++f)
            if (constraint_of_field[f] < 0) open_fields.push_back(f);
        for (size_t g = 0; g < q.range_facets.size(); ++g)
            if (constraint_of_range[g] < 0) open_ranges.push_back(g);
        if (everything && constraints.empty()) {
            for (auto f : open_fields) field_counts[f] = code_counts_[f];
            if (!open_ranges.empty())
                ForEach(full, [&](std::uint32_t s) {
                    for (auto g : open_ranges) count_range(g, s);
                });
        } else if (!open_fields.empty() || !open_ranges.empty()) {
            ForEach(full, [&](std::uint32_t s) {
                for (auto f : open_fields) ++field_counts[f][codes_[f][s]];
                for (auto g : open_ranges) count_range(g, s);
            });
        }
        // A field with a chosen option: its options are counted under the other filters only.
        auto without = [&](int skip) {
            Bits mask = base;
            for (size_t i = 0; i < constraints.size(); ++i)
                if (static_cast<int>(i) != skip) And(mask, *constraints[i]);
            return mask;
        };
        for (size_t f = 0; f < facet_fields_.size(); ++f) {
            if (constraint_of_field[f] < 0) continue;
            if (everything && constraints.size() == 1) {
                field_counts[f] = code_counts_[f];
                continue;
            }
            ForEach(without(constraint_of_field[f]), [&](std::uint32_t s) { ++field_counts[f][codes_[f][s]]; });
        }
        for (size_t g = 0; g < q.range_facets.size(); ++g) {
            if (constraint_of_range[g] < 0) continue;
            ForEach(without(constraint_of_range[g]), [&](std::uint32_t s) { count_range(g, s); });
        }
        for (size_t f = 0; f < facet_fields_.size(); ++f) {
            auto& out = r.facets.by_field[facet_fields_[f]];
            for (size_t c = 0; c < field_counts[f].size(); ++c)
                if (field_counts[f][c] > 0 && !code_names_[f][c].empty()) out[code_names_[f][c]] = field_counts[f][c];
        }
        for (size_t g = 0; g < q.range_facets.size(); ++g) {
            auto& out = r.facets.by_field[q.range_facets[g].name];
            for (size_t o = 0; o < range_counts[g].size(); ++o)
                if (range_counts[g][o] > 0) out[q.range_facets[g].options[o].first] = range_counts[g][o];
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
