// Substring search on byte strings, fast where the needle's first byte is
// common. std::string_view::find looks for the first byte and compares from
// each one it meets; in Chinese UTF-8 every third byte is a lead byte such as
// 0xE6 (我, 政, 协 …), so it compares at almost every character. memmem
// (glibc's two-way search) does not. UTF-8 safe: a match of whole sequences
// never starts inside another character.
#pragma once

#include <string_view>

namespace peercard {

// The first position >= from where `needle` occurs in `hay`, or npos. An
// empty needle is found at `from` (when from <= hay.size()). Sixteen
// positions at a time on SSE2: where both the needle's first and last bytes
// stand at their distance (in Chinese text about one position in 200 for a
// word of two characters), the middle is compared; memmem does the rest.
size_t FindBytes(std::string_view hay, std::string_view needle, size_t from = 0);

inline bool ContainsBytes(std::string_view hay, std::string_view needle) {
  return FindBytes(hay, needle) != std::string_view::npos;
}

}  // namespace peercard
