// gazetteer: the names a place goes by in report text. From each row of the
// places table it derives the short name (酒泉 for 酒泉市, 临夏 for
// 临夏回族自治州) and the committee's names (酒泉市政协, 政协酒泉市委员会,
// 酒泉政协); aliases from the table are added as they are.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/places.h"

namespace peercard {

// A code for a committee found in text but in no table: "x-" + the pinyin of
// its name in ASCII ("荣昌区" → "x-rongchangqu"). Always a valid place code.
std::string UnlistedPlaceCode(const std::string& name_zh);

class Gazetteer {
 public:
  // REQUIRES: codes are unique (LoadPlacesCsv checks this).
  explicit Gazetteer(std::vector<Place> places);
  // Movable, not copyable: the maps' keys view the strings of places_ and
  // names_of_, whose heap buffers a move keeps in place.
  Gazetteer(Gazetteer&&) = default;
  Gazetteer& operator=(Gazetteer&&) = default;
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  const std::vector<Place>& places() const { return places_; }
  int FindByCode(std::string_view code) const;
  // A place by its full, short, committee or alias name, or -1; the first
  // row when several share it (see FindAllByName).
  int FindByName(std::string_view name) const;
  // Every place that goes by `name` (鼓楼区: four), in table order. A name
  // shared by a place and one within it, and not the inner one's full name,
  // is the outer one's alone (白银: 白银市, not 白银区).
  const std::vector<int>& FindAllByName(std::string_view name) const;

  // The place whose name ends exactly at text[end], longest match first;
  // sets *begin to where it starts. Committee names are not matched here, only
  // the place's names (full, short, aliases). Returns -1 when none. When
  // several places share the name, returns the first and, with `all`, fills
  // it with every one (the caller decides by context: see segment.cc).
  int MatchNameEndingAt(std::string_view text, size_t end, size_t* begin, std::vector<int>* all = nullptr) const;
  // The place whose name starts exactly at text[begin]; sets *end. -1 if none.
  int MatchNameStartingAt(std::string_view text, size_t begin, size_t* end, std::vector<int>* all = nullptr) const;

  // The place above place i (its prefecture or province), or -1.
  int Parent(int i) const { return parents_[i]; }
  // True when place `above` is i's parent or grandparent.
  bool IsWithin(int i, int above) const;

  // Every name of place i (full, short, aliases; not committee names), longest first.
  const std::vector<std::string>& NamesOf(int i) const { return names_of_[i]; }

 private:
  const std::vector<int>* Match(std::string_view candidate) const;


  std::vector<Place> places_;
  std::vector<int> parents_;
  std::unordered_map<std::string_view, int> by_code_;
  // Names to every place that goes by them, in table order.
  std::unordered_map<std::string_view, std::vector<int>> by_name_;  // place names (committee names are derived)
  std::vector<std::vector<std::string>> names_of_;
  size_t longest_name_bytes_ = 0;
  // Cheap tests before a hash look-up of a string, which most positions of a
  // report fail: the first and the last characters of place names (a bit per
  // code point), their first and last two characters, and their lengths in
  // bytes (bit n set: some name is n bytes; names of 64 bytes or more set bit
  // 63 and are always looked up).
  std::vector<bool> first_chars_, last_chars_;
  std::unordered_set<uint64_t> first_pairs_, last_pairs_;
  bool one_char_names_ = false;  // a one-character alias: the pair tests are skipped
  uint64_t name_lengths_ = 0;
  bool MayBeNameLength(size_t bytes) const { return (name_lengths_ >> std::min<size_t>(bytes, 63)) & 1; }
  bool MayStartName(std::string_view text, size_t begin) const;
  bool MayEndName(std::string_view text, size_t end) const;
};

}  // namespace peercard
