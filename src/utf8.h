// Small UTF-8 helpers for scanning Chinese text byte by byte.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

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

// Start of the code point before position i (i > 0).
size_t PrevCharStart(std::string_view s, size_t i);

// CJK unified ideographs (incl. extension A) and compatibility ideographs.
bool IsCjk(char32_t c);

// Number of code points in s.
size_t CountChars(std::string_view s);

// The first n code points of s.
std::string_view FirstChars(std::string_view s, size_t n);

// Display width for monospace alignment: 2 for wide (CJK, full-width), else 1.
int DisplayWidth(std::string_view s);

}  // namespace peercard
