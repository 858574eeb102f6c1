// UTF-8: the one home of decoding (ICU's U8_NEXT, invalid bytes as U+FFFD)
// and of the small helpers for scanning Chinese text byte by byte.
#pragma once

#include <cstdint>
#include <string>
#include <set>
#include <string_view>

#include <unicode/utf8.h>

namespace peercard {

// Length of the UTF-8 sequence that starts with byte c (1 for invalid bytes).
inline size_t Utf8Length(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

// Decodes the code point at s[i]; sets *len to its byte length. Invalid
// bytes decode as U+FFFD with length 1.
char32_t DecodeUtf8(std::string_view s, size_t i, size_t* len);

// Start of the code point before position i (i > 0). A byte that ends no
// well-formed sequence is a character of its own, as ICU's U8_BACK_1 has it.
inline size_t PrevCharStart(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t last = i - 1;
  if (p[last] < 0x80) return last;  // ASCII, most of the bytes before a number
  size_t k = last;
  while (k > 0 && last - k < 3 && (p[k] & 0xC0) == 0x80) --k;
  return p[k] >= 0xC0 && Utf8Length(p[k]) == last - k + 1 ? k : last;
}

// CJK unified ideographs (incl. extension A) and compatibility ideographs.
bool IsCjk(char32_t c);

// Number of code points in s.
size_t CountChars(std::string_view s);

// The first n code points of s.
std::string_view FirstChars(std::string_view s, size_t n);

// Display width for monospace alignment: 2 for wide (CJK, full-width), else 1.
int DisplayWidth(std::string_view s);

// Calls f(code point) for each character of `utf8`, invalid bytes as U+FFFD.
template <typename F>
void ForEachCodePoint(std::string_view utf8, F&& f) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t len = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    f(c < 0 ? char32_t{0xFFFD} : static_cast<char32_t>(c));
  }
}

// Appends the code points of `utf8` to *out (invalid bytes as U+FFFD).
void CollectCodePoints(std::string_view utf8, std::set<char32_t>* out);

// Characters that print nothing and are no part of a word: format characters
// (Unicode category Cf: zero-width space and joiners, byte order mark, soft
// hyphen, direction marks) and variation selectors (the U+FE0F after an
// emoji). Web copies put them after commas; Excel leaves a BOM in a cell.
bool IsInvisibleFormatChar(char32_t c);

// `utf8` without its invisible format characters (a copy; `utf8` itself
// when it has none, the common case, checked byte-wise).
std::string WithoutInvisibleFormatChars(std::string_view utf8);

// "'政' (U+653F)", for messages; "U+D800" alone for what cannot be printed.
std::string CodePointName(char32_t cp);

// The code points of `utf8`, in order (invalid bytes as U+FFFD).
std::u32string DecodeUtf8(std::string_view utf8);

}  // namespace peercard
