#include "ingest/traditional_script.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "base/utf8.h"

namespace peercard {

namespace {

struct HantHans {
  uint16_t traditional, simplified;
};

constexpr HantHans kTable[] = {
#include "ingest/hant_hans_table.inc"
};

constexpr char32_t kFirstHan = 0x3400, kLastHan = 0x9FFF;

// One bit per Han character of the table's range: set for Traditional forms,
// so that counting costs a bit test per character, not a search.
class TraditionalBits {
 public:
  TraditionalBits() {
    for (const HantHans& p : kTable) bits_[(p.traditional - kFirstHan) / 64] |= uint64_t{1} << ((p.traditional - kFirstHan) % 64);
  }
  bool Has(char32_t c) const { return (bits_[(c - kFirstHan) / 64] >> ((c - kFirstHan) % 64)) & 1; }

 private:
  uint64_t bits_[(kLastHan - kFirstHan) / 64 + 1] = {};
};

const TraditionalBits& Bits() {
  static const TraditionalBits bits;  // thread-safe initialisation
  return bits;
}

// The simplified form of `c`, or 0 when it has none.
uint16_t SimplifiedOf(uint32_t c) {
  const auto* it = std::lower_bound(std::begin(kTable), std::end(kTable), c,
                                    [](const HantHans& p, uint32_t v) { return p.traditional < v; });
  return it != std::end(kTable) && it->traditional == c ? it->simplified : 0;
}

// Calls f(offset, code point) for each character from U+3000 to U+9FFF
// (three bytes each in UTF-8): the Han range the table covers, and the CJK
// punctuation of U+3000.. with it.
template <typename F>
void ForEachCjk(const std::string& text, F f) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    if (p[i] < 0xE3 || p[i] > 0xE9) {  // fast path: no such character starts here
      i += static_cast<int32_t>(Utf8Length(p[i]));
      continue;
    }
    if (i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
      // A whole three-byte sequence led by E3…E9 is U+3000…U+9FFF: no
      // overlong or surrogate form starts with these bytes.
      const auto c = static_cast<char32_t>(((p[i] & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F));
      f(static_cast<size_t>(i), c);
      i += 3;
      continue;
    }
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0x3000 && c <= 0x9FFF) f(static_cast<size_t>(at), static_cast<char32_t>(c));
  }
}

bool IsHan(char32_t c) { return c >= kFirstHan && c <= kLastHan; }

// Traditional-script text quotes with corner brackets where simplified text
// uses curly quotes (「渝事好商量」 for “渝事好商量”); the quoted-name rules
// of extraction read the latter. Each pair is three bytes on both sides.
char32_t SimplifiedQuote(char32_t c) {
  switch (c) {
    case 0x300C: return 0x201C;  // 「 → “
    case 0x300D: return 0x201D;  // 」 → ”
    case 0x300E: return 0x2018;  // 『 → ‘
    case 0x300F: return 0x2019;  // 』 → ’
    default: return 0;
  }
}

}  // namespace

ScriptCount CountScript(const std::string& text) {
  ScriptCount count;
  const TraditionalBits& bits = Bits();
  ForEachCjk(text, [&](size_t, char32_t c) {
    if (!IsHan(c)) return;
    ++count.han;
    count.traditional += bits.Has(c);
  });
  return count;
}

bool IsTraditional(const ScriptCount& count) {
  return count.traditional >= 5 && count.traditional * 100 >= count.han * 3;
}

size_t ToSimplified(std::string* text) {
  size_t replaced = 0;
  ForEachCjk(*text, [&](size_t i, char32_t c) {
    const char32_t s = IsHan(c) ? SimplifiedOf(c) : SimplifiedQuote(c);
    if (s == 0) return;
    (*text)[i] = static_cast<char>(0xE0 | (s >> 12));
    (*text)[i + 1] = static_cast<char>(0x80 | ((s >> 6) & 0x3F));
    (*text)[i + 2] = static_cast<char>(0x80 | (s & 0x3F));
    ++replaced;
  });
  return replaced;
}

}  // namespace peercard
