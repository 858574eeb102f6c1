#include "base/punctuation.h"

#include <cstring>
#include <initializer_list>

namespace peercard {

namespace {

// The marks' full-width forms are all three bytes led by E3 (。) or EF (！？；，：):
// every other byte is rejected at once (this runs on every byte of every
// sentence bound the extractor looks for).
size_t MarkAt(std::string_view text, size_t i, std::string_view ascii, std::initializer_list<std::string_view> wide) {
  if (i >= text.size()) return 0;
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return ascii.find(static_cast<char>(c)) != std::string_view::npos ? 1 : 0;
  if ((c != 0xE3 && c != 0xEF) || i + 3 > text.size()) return 0;
  for (std::string_view w : wide) {
    if (std::memcmp(text.data() + i, w.data(), 3) == 0) return 3;
  }
  return 0;
}

}  // namespace

size_t FullStopAt(std::string_view text, size_t i) { return MarkAt(text, i, "!?", {"。", "！", "？"}); }

size_t SentenceStopAt(std::string_view text, size_t i) {
  return MarkAt(text, i, "!?;\n", {"。", "！", "？", "；"});
}

size_t ClauseStopAt(std::string_view text, size_t i) {
  return MarkAt(text, i, "!?;\n,:", {"。", "！", "？", "；", "，", "："});
}

bool IsSentenceFinal(char32_t c) {
  return c == 0x3002 || c == '!' || c == '?' || c == ';' || c == '.' || c == 0x2026 || c == 0xFF61 ||
         c == 0xFF01 || c == 0xFF1F || c == 0xFF1B;
}

bool IsClauseFinal(char32_t c) { return IsSentenceFinal(c) || c == ',' || c == 0xFF0C; }

}  // namespace peercard
