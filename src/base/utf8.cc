#include "base/utf8.h"

#include <cstdio>
#include <cstring>

#include <unicode/uchar.h>

namespace peercard {

char32_t DecodeUtf8(std::string_view s, size_t i, size_t* len) {
  // ICU's U8_NEXT: an ill-formed sequence (truncated, overlong, a surrogate)
  // is U+FFFD over its maximal subpart, as the Unicode standard recommends.
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  int32_t at = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(bytes, at, length, c);
  *len = static_cast<size_t>(at) - i;
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

bool IsCjk(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FA1F) || c == 0x3007;
}

size_t CountChars(std::string_view s) {
  // Every byte but a continuation byte (10xxxxxx) starts a character; eight
  // bytes at a time, a continuation byte is one whose top bit is set and
  // whose next bit is not.
  constexpr uint64_t kTop = 0x8080808080808080ULL;
  size_t continuation = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // One bit per continuation byte, at its bottom; the multiply sums the bytes.
    continuation += static_cast<size_t>((((w & ~(w << 1) & kTop) >> 7) * 0x0101010101010101ULL) >> 56);
  }
  for (; i < s.size(); ++i) continuation += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  return s.size() - continuation;
}

std::string_view FirstChars(std::string_view s, size_t n) {
  size_t i = 0;
  while (i < s.size() && n > 0) {
    i += Utf8Length(static_cast<unsigned char>(s[i]));
    --n;
  }
  return s.substr(0, std::min(i, s.size()));
}

int DisplayWidth(std::string_view s) {
  int w = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    const char32_t c = DecodeUtf8(s, i, &len);
    w += (c >= 0x1100 && (IsCjk(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0x2E80 && c <= 0x2FDF))) ? 2 : 1;
    i += len;
  }
  return w;
}

void CollectCodePoints(std::string_view utf8, std::set<char32_t>* out) {
  ForEachCodePoint(utf8, [out](char32_t c) { out->insert(c); });
}

std::u32string DecodeUtf8(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  ForEachCodePoint(utf8, [&out](char32_t c) { out.push_back(c); });
  return out;
}

bool IsInvisibleFormatChar(char32_t c) {
  const auto u = static_cast<UChar32>(c);
  return u_charType(u) == U_FORMAT_CHAR || u_hasBinaryProperty(u, UCHAR_VARIATION_SELECTOR);
}

std::string WithoutInvisibleFormatChars(std::string_view utf8) {
  // Every such character is outside ASCII: ASCII-only text is returned as is.
  bool ascii = true;
  for (const char b : utf8) ascii = ascii && static_cast<unsigned char>(b) < 0x80;
  if (ascii) return std::string(utf8);
  std::string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    size_t len = 0;
    const char32_t c = DecodeUtf8(utf8, i, &len);
    if (!IsInvisibleFormatChar(c)) out.append(utf8.substr(i, len));
    i += len;
  }
  return out;
}

std::string CodePointName(char32_t cp) {
  char name[16];
  std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(cp));
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return name;
  char utf8[5] = {};
  int32_t n = 0;
  U8_APPEND_UNSAFE(utf8, n, static_cast<UChar32>(cp));
  return "'" + std::string(utf8, n) + "' (" + name + ")";
}

}  // namespace peercard
