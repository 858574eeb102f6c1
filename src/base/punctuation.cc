#include "base/punctuation.h"

#include <initializer_list>

namespace peercard {

namespace {

size_t MarkAt(std::string_view text, size_t i, std::string_view ascii, std::initializer_list<std::string_view> wide) {
  if (i >= text.size()) return 0;
  if (ascii.find(text[i]) != std::string_view::npos) return 1;
  for (std::string_view w : wide) {
    if (text.compare(i, w.size(), w) == 0) return w.size();
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
