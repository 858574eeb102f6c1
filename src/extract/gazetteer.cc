#include "extract/gazetteer.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

#include "base/affix.h"
#include "base/utf8.h"

namespace peercard {

namespace {

// Place names that are also common words: such a place is named with its parent.
bool IsGenericName(std::string_view name) {
  for (std::string_view g : {"城区", "郊区", "矿区", "新区", "市中区", "市辖区"}) {
    if (name == g) return true;
  }
  return false;
}

constexpr char32_t kMaxCodePoint = 0x10FFFF;

// Two characters as one key for the pair tests.
uint64_t PairKey(char32_t a, char32_t b) { return (uint64_t{a} << 32) | b; }

void AddUnique(std::vector<std::string>* v, const std::string& s) {
  if (!s.empty() && std::find(v->begin(), v->end(), s) == v->end()) v->push_back(s);
}

}  // namespace

bool EndsWithView(std::string_view s, std::string_view p) {
  return s.size() > p.size() && s.substr(s.size() - p.size()) == p;
}

std::string UnlistedPlaceCode(const std::string& name_zh) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> tr(
      icu::Transliterator::createInstance("Han-Latin; Latin-ASCII", UTRANS_FORWARD, status));
  std::string ascii;
  if (U_SUCCESS(status) && tr) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(name_zh);
    tr->transliterate(u);
    u.toUTF8String(ascii);
  }
  std::string code = "x-";
  for (char c : ascii) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) code += c;
  }
  if (code.size() == 2) {  // no transliteration: fall back to the bytes in hex
    static const char kHex[] = "0123456789abcdef";
    for (unsigned char c : name_zh) {
      code += kHex[c >> 4];
      code += kHex[c & 15];
    }
  }
  return code.substr(0, 64);
}

Gazetteer::Gazetteer(std::vector<Place> places) : places_(std::move(places)) {
  names_of_.resize(places_.size());
  // About four names per row.
  by_name_.reserve(places_.size() * 4);
  by_code_.reserve(places_.size());
  std::unordered_map<std::string, int> by_division;
  for (size_t i = 0; i < places_.size(); ++i) {
    if (!places_[i].division_code.empty()) by_division.emplace(places_[i].division_code, static_cast<int>(i));
  }
  for (size_t i = 0; i < places_.size(); ++i) by_code_.emplace(places_[i].code, static_cast<int>(i));
  first_chars_.assign(kMaxCodePoint + 1, false);
  last_chars_.assign(kMaxCodePoint + 1, false);
  parents_.assign(places_.size(), -1);
  for (size_t i = 0; i < places_.size(); ++i) {
    const auto it = by_division.find(places_[i].parent_code);
    if (it != by_division.end() && it->second != static_cast<int>(i)) parents_[i] = it->second;
  }
  for (size_t i = 0; i < places_.size(); ++i) {
    const Place& p = places_[i];
    std::vector<std::string> place_names;
    AddUnique(&place_names, p.name_zh);
    AddUnique(&place_names, ShortPlaceName(p.name_zh));
    // 伊犁州 for 伊犁哈萨克自治州, 通道县 for 通道侗族自治县: the short name
    // with the level's one-character form.
    for (std::string_view level : {"自治州", "自治县", "自治旗"}) {
      const std::string_view name = p.name_zh;
      const std::string short_name = ShortPlaceName(p.name_zh);
      if (name.size() > level.size() && name.substr(name.size() - level.size()) == level && short_name != p.name_zh) {
        AddUnique(&place_names, short_name + std::string(level.substr(level.size() - 3)));
      }
    }
    for (const auto& a : p.aliases) AddUnique(&place_names, a);
    // A name that is also a common word (城区, 郊区, 矿区) is known only with
    // its parent's name before it (阳泉市城区, 阳泉城区).
    if (IsGenericName(p.name_zh)) {
      place_names.clear();
      if (const int parent = parents_[i]; parent >= 0) {
        AddUnique(&place_names, places_[parent].name_zh + p.name_zh);
        AddUnique(&place_names, ShortPlaceName(places_[parent].name_zh) + p.name_zh);
      }
      for (const auto& a : p.aliases) AddUnique(&place_names, a);
    }
    std::vector<std::string> all = std::move(place_names);
    std::sort(all.begin(), all.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    names_of_[i] = std::move(all);
    // The maps' keys view the strings of names_of_[i], which stay where they
    // are from here on (also when the gazetteer is moved).
    for (const std::string& n : names_of_[i]) {
      by_name_[n].push_back(static_cast<int>(i));
      longest_name_bytes_ = std::max(longest_name_bytes_, n.size());
      size_t len = 0;
      const char32_t first = DecodeUtf8(n, 0, &len);
      const size_t last_begin = PrevCharStart(n, n.size());
      const char32_t last = DecodeUtf8(n, last_begin, &len);
      first_chars_[first] = true;
      last_chars_[last] = true;
      if (last_begin == 0) {
        one_char_names_ = true;
      } else {
        first_pairs_.insert(PairKey(first, DecodeUtf8(n, Utf8Length(static_cast<unsigned char>(n[0])), &len)));
        last_pairs_.insert(PairKey(DecodeUtf8(n, PrevCharStart(n, last_begin), &len), last));
      }
      name_lengths_ |= uint64_t{1} << std::min<size_t>(n.size(), 63);
    }
  }
  // A name shared by a place and a place within it that is not the inner
  // one's full name is the outer one's: 白银 is 白银市, not 白银区; 吉林 is
  // 吉林省, not 吉林市 (whose full name still finds it).
  for (auto& [name, ids] : by_name_) {
    if (ids.size() < 2) continue;
    std::vector<int> kept;
    for (int id : ids) {
      bool inner = false;
      for (int other : ids) inner = inner || (other != id && IsWithin(id, other) && places_[id].name_zh != name);
      if (!inner) kept.push_back(id);
    }
    ids = std::move(kept);
  }
}

int Gazetteer::FindByCode(std::string_view code) const {
  const auto it = by_code_.find(code);
  return it == by_code_.end() ? -1 : it->second;
}

int Gazetteer::FindByName(std::string_view name) const {
  const std::vector<int>& all = FindAllByName(name);
  return all.empty() ? -1 : all.front();
}

const std::vector<int>& Gazetteer::FindAllByName(std::string_view name) const {
  static const std::vector<int> kNone;
  if (const std::vector<int>* m = Match(name)) return *m;
  // A committee's name: 政协酒泉市委员会, 酒泉市政协.
  constexpr std::string_view kCommittee = "政协", kOf = "委员会";
  std::string_view place = name;
  if (StartsWith(place, kCommittee) && EndsWithView(place, kOf)) {
    place = place.substr(kCommittee.size(), place.size() - kCommittee.size() - kOf.size());
  } else if (EndsWithView(place, kCommittee)) {
    place.remove_suffix(kCommittee.size());
  } else {
    return kNone;
  }
  const std::vector<int>* m = Match(place);
  return m ? *m : kNone;
}

bool Gazetteer::IsWithin(int i, int above) const {
  for (int p = parents_[i], hops = 0; p >= 0 && hops < 3; p = parents_[p], ++hops) {
    if (p == above) return true;
  }
  return false;
}

const std::vector<int>* Gazetteer::Match(std::string_view candidate) const {
  const auto it = by_name_.find(candidate);
  return it == by_name_.end() ? nullptr : &it->second;
}

bool Gazetteer::MayStartName(std::string_view text, size_t begin) const {
  size_t len = 0;
  const char32_t first = DecodeUtf8(text, begin, &len);
  if (first > kMaxCodePoint || !first_chars_[first]) return false;
  if (one_char_names_) return true;
  const size_t next = begin + std::max<size_t>(len, 1);
  return next < text.size() && first_pairs_.count(PairKey(first, DecodeUtf8(text, next, &len)));
}

bool Gazetteer::MayEndName(std::string_view text, size_t end) const {
  size_t len = 0;
  const size_t last_begin = PrevCharStart(text, end);
  const char32_t last = DecodeUtf8(text, last_begin, &len);
  if (last > kMaxCodePoint || !last_chars_[last]) return false;
  if (one_char_names_) return true;
  return last_begin > 0 && last_pairs_.count(PairKey(DecodeUtf8(text, PrevCharStart(text, last_begin), &len), last));
}

int Gazetteer::MatchNameEndingAt(std::string_view text, size_t end, size_t* begin, std::vector<int>* all) const {
  // Walk back character by character; keep the longest name that matches.
  if (end == 0 || end > text.size()) return -1;
  if (!MayEndName(text, end)) return -1;
  int found = -1;
  size_t b = end;
  while (b > 0 && end - b < longest_name_bytes_) {
    b = PrevCharStart(text, b);
    if (!MayBeNameLength(end - b)) continue;
    if (const std::vector<int>* m = Match(text.substr(b, end - b))) {
      found = m->front();
      *begin = b;
      if (all) *all = *m;
    }
  }
  return found;
}

int Gazetteer::MatchNameStartingAt(std::string_view text, size_t begin, size_t* end, std::vector<int>* all) const {
  if (begin >= text.size()) return -1;
  if (!MayStartName(text, begin)) return -1;
  int found = -1;
  size_t e = begin;
  while (e < text.size() && e - begin < longest_name_bytes_) {
    e += Utf8Length(static_cast<unsigned char>(text[e]));
    if (!MayBeNameLength(e - begin)) continue;
    if (const std::vector<int>* m = Match(text.substr(begin, e - begin))) {
      found = m->front();
      *end = e;
      if (all) *all = *m;
    }
  }
  return found;
}

}  // namespace peercard
