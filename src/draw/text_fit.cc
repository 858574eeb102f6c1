#include "draw/text_fit.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

#include "base/utf8.h"
#include "base/punctuation.h"

namespace peercard {

namespace {

constexpr std::string_view kEllipsis = "\u2026";

bool StartsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (const auto p : prefixes) {
    if (s.substr(0, p.size()) == p) return true;
  }
  return false;
}

// Punctuation that may not begin a line (Chinese line-breaking rules).
bool IsClosingPunct(std::string_view at) {
  return StartsWithAny(
      at, {"，", "。", "、", "；", "：", "！", "？", "）", "」", "》", "…", "”", "’", ",", ".", ";", ":", ")", "%"});
}

bool IsClauseBreak(std::string_view at) { return ClauseStopAt(at, 0) > 0 || StartsWithAny(at, {"、"}); }

bool IsDigit(UChar32 c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

// Characters that continue a number before its unit: 1.2万, 1320余件, 30多场.
bool IsNumberSuffix(UChar32 c) { return c == 0x4E07 || c == 0x4EBF || c == 0x4F59 || c == 0x591A; }  // 万 亿 余 多

// may_break[k]: a line may end before character k (k indexes `starts`, the
// character starts of `text`). The rules are ICU's line-breaking rules for
// Chinese (UAX #14 with the zh tailoring: no line starts with ，。、）》” or
// ends with （《“, Latin words and 1,236 / 10.7% stay whole), plus one of the
// project's: a number stays with its unit, through 万/亿/余/多 (1320余件 is
// never 1320 | 余件; ICU breaks between ideographs, full-width digits
// included). Without ICU's rules (data missing) every character boundary is
// allowed, and the number rule still holds.
std::vector<bool> LineBreaks(std::string_view text, const std::vector<size_t>& starts) {
  const size_t n = starts.size() - 1;
  std::vector<bool> may_break(n + 1, false);
  UErrorCode status = U_ZERO_ERROR;
  thread_local std::unique_ptr<icu::BreakIterator> breaker(
      icu::BreakIterator::createLineInstance(icu::Locale::getChinese(), status));
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  if (breaker && U_SUCCESS(status)) {
    breaker->setText(&ut, status);
  }
  if (breaker && U_SUCCESS(status)) {
    size_t k = 0;
    for (int32_t b = breaker->first(); b != icu::BreakIterator::DONE; b = breaker->next()) {
      while (k < n && starts[k] < static_cast<size_t>(b)) ++k;
      if (starts[k] == static_cast<size_t>(b)) may_break[k] = true;
    }
  } else {
    std::fill(may_break.begin(), may_break.end(), true);
  }
  utext_close(&ut);
  // A number and what follows it up to its unit's first character.
  bool in_number = false;
  for (size_t k = 0; k < n; ++k) {
    size_t len = 0;
    const UChar32 c = static_cast<UChar32>(DecodeUtf8(text, starts[k], &len));
    if (in_number) may_break[k] = false;
    if (IsDigit(c)) {
      in_number = true;
    } else if (in_number && (IsNumberSuffix(c) || c == '.' || c == ',' || c == 0xFF0E)) {
      // still the number: 1.2万, 1,236
    } else {
      in_number = false;
    }
  }
  may_break[0] = false;
  may_break[n] = true;
  return may_break;
}

}  // namespace

std::vector<size_t> CharStarts(std::string_view text) {
  std::vector<size_t> starts;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t len = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < len) {
    starts.push_back(static_cast<size_t>(i));
    UChar32 c;
    U8_NEXT(s, i, len, c);
  }
  starts.push_back(text.size());
  return starts;
}

std::string FitText(const TextMeasure& m, std::string_view text, double size_pt, double width_pt) {
  if (m.Width(text, size_pt) <= width_pt) return std::string(text);
  const std::vector<size_t> starts = CharStarts(text);
  const double room = width_pt - m.Width(kEllipsis, size_pt);
  double used = 0;
  size_t k = 0;
  while (k + 1 < starts.size()) {
    const double w = m.Width(text.substr(starts[k], starts[k + 1] - starts[k]), size_pt);
    if (used + w > room) break;
    used += w;
    ++k;
  }
  std::string out(text.substr(0, starts[k]));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + std::string(kEllipsis);
}

std::vector<std::string> WrapText(const TextMeasure& m, std::string_view text, double size_pt, double width_pt,
                                  int max_lines) {
  std::vector<std::string> lines;
  const std::vector<size_t> starts = CharStarts(text);
  const size_t n = starts.size() - 1;
  const std::vector<bool> may_break = LineBreaks(text, starts);
  size_t ls = 0;
  while (ls < n && static_cast<int>(lines.size()) < max_lines) {
    if (static_cast<int>(lines.size()) == max_lines - 1) {
      lines.push_back(FitText(m, text.substr(starts[ls]), size_pt, width_pt));
      return lines;
    }
    // e: the first character that does not fit (at least one always does).
    double used = 0;
    size_t e = ls;
    while (e < n) {
      const double w = m.Width(text.substr(starts[e], starts[e + 1] - starts[e]), size_pt);
      if (used + w > width_pt && e > ls) break;
      used += w;
      ++e;
    }
    if (e < n) {
      // The last break the rules allow on the line; a line without one (a
      // run longer than the line) is cut where it is full, keeping closing
      // punctuation off the next line's start when it can.
      size_t b = e;
      while (b > ls && !may_break[b]) --b;
      if (b > ls) {
        e = b;
      } else if (IsClosingPunct(text.substr(starts[e])) && e > ls + 1) {
        --e;
      }
    }
    std::string line(text.substr(starts[ls], starts[e] - starts[ls]));
    while (!line.empty() && line.back() == ' ') line.pop_back();
    lines.push_back(std::move(line));
    ls = e;
    while (ls < n && text[starts[ls]] == ' ') ++ls;
  }
  return lines;
}

std::vector<std::string> PackItems(const TextMeasure& m, const std::vector<std::string>& items, std::string_view sep,
                                   double size_pt, double width_pt) {
  std::vector<std::string> lines;
  std::string line;
  for (const std::string& item : items) {
    if (item.empty()) continue;
    const std::string joined = line.empty() ? item : line + std::string(sep) + item;
    if (m.Width(joined, size_pt) <= width_pt) {
      line = joined;
      continue;
    }
    if (!line.empty()) lines.push_back(line);
    line.clear();
    if (m.Width(item, size_pt) <= width_pt) {
      line = item;
    } else {
      for (auto& l : WrapText(m, item, size_pt, width_pt, 3)) lines.push_back(std::move(l));
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string CutAround(std::string_view text, size_t focus, size_t max_chars) {
  const std::vector<size_t> starts = CharStarts(text);
  const size_t n = starts.size() - 1;
  if (n <= max_chars || max_chars == 0) return std::string(text);
  const size_t f = static_cast<size_t>(std::upper_bound(starts.begin(), starts.end() - 1, focus) - starts.begin()) - 1;
  const size_t lead = max_chars * 2 / 3;
  size_t s = f > lead ? f - lead : 0;
  for (size_t p = s; p < f && p > 0; ++p) {
    if (IsClauseBreak(text.substr(starts[p - 1]))) {
      s = p;
      break;
    }
  }
  if (s + max_chars > n) s = n - max_chars;
  const size_t e = std::min(n, s + max_chars);
  std::string out;
  if (s > 0) out += kEllipsis;
  out += text.substr(starts[s], starts[e] - starts[s]);
  if (e < n) out += kEllipsis;
  return out;
}

}  // namespace peercard
