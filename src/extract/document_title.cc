#include "extract/document_title.h"

#include "base/affix.h"
#include "base/find_bytes.h"
#include "base/utf8.h"
#include "extract/document_date.h"

namespace peercard {

namespace {

constexpr int kTitleSearchLines = 6;
constexpr size_t kMinTitleChars = 6;
constexpr size_t kMaxTitleChars = 60;

// Characters that are CJK ideographs.
size_t HanChars(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    if (IsCjk(DecodeUtf8(s, i, &len))) ++n;
    i += len ? len : 1;
  }
  return n;
}

bool ReadsAsTitle(std::string_view line) {
  if (CountChars(line) > kMaxTitleChars || HanChars(line) < kMinTitleChars) return false;
  for (std::string_view not_title : {"|", "｜", "当前位置", "您的位置", "。", "发布时间", "来源：", "来源:"}) {
    if (ContainsBytes(line, not_title)) return false;
  }
  if (EndsWith(line, "：") || EndsWith(line, ":")) return false;  // a salutation: 各位领导、同志们：
  if (IsDateLine(line) || FirstFullDate(line).year) return false;  // a dateline, a masthead with its date
  return true;
}

}  // namespace

std::string DocumentTitle(std::string_view text) {
  std::string title;
  int seen = 0;
  bool subtitle_next = false;
  ForEachTrimmedLine(text, [&](std::string_view line) {
    if (subtitle_next) {
      if (StartsWith(line, "——") && !IsDateLine(line)) title += std::string(line);
      return true;
    }
    if (++seen > kTitleSearchLines) return true;
    if (!ReadsAsTitle(line)) return false;
    title = std::string(line);
    subtitle_next = true;
    return false;
  });
  return title;
}

}  // namespace peercard
