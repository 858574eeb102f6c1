// Joining words into one string: "白银、定西、金昌", "a.txt, b.txt". The one
// home of the "separator unless first" idiom.
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace peercard {

// Appends `item` to *out, after `sep` unless *out is empty.
inline void AppendJoined(std::string* out, std::string_view sep, std::string_view item) {
  if (!out->empty()) out->append(sep);
  out->append(item);
}

// The items of `range`, each as show(item) gives it, between `sep`s.
template <typename Range, typename Show>
std::string Join(const Range& range, std::string_view sep, Show&& show) {
  std::string out;
  bool first = true;
  for (const auto& item : range) {
    if (!first) out.append(sep);
    out += show(item);
    first = false;
  }
  return out;
}

// The strings of `range` between `sep`s.
template <typename Range>
std::string Join(const Range& range, std::string_view sep) {
  return Join(range, sep, [](const auto& s) -> const auto& { return s; });
}

}  // namespace peercard
