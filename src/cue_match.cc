#include "cue_match.h"

#include <vector>

#include "utf8.h"

namespace peercard {

namespace {

constexpr std::string_view kWildcard = "…";

size_t SentenceStopAt(std::string_view text, size_t i) {
  if (text[i] == '\n' || text[i] == ';' || text[i] == '!' || text[i] == '?') return 1;
  static constexpr std::string_view kStops[] = {"。", "；", "！", "？"};
  for (std::string_view s : kStops) {
    if (text.substr(i, s.size()) == s) return s.size();
  }
  return 0;
}

size_t StopLengthAt(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == ',' || c == ';' || c == '!' || c == '?' || c == ':' || c == '\n') return 1;
  static constexpr std::string_view kStops[] = {"，", "。", "；", "！", "？", "："};
  for (std::string_view s : kStops) {
    if (text.substr(i, s.size()) == s) return s.size();
  }
  return 0;
}

std::vector<std::string_view> SplitCue(std::string_view cue) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t at = cue.find(kWildcard); at != std::string_view::npos; at = cue.find(kWildcard, start)) {
    parts.push_back(cue.substr(start, at - start));
    start = at + kWildcard.size();
  }
  parts.push_back(cue.substr(start));
  return parts;
}

size_t AdvanceChars(std::string_view text, size_t i, int n, size_t hi) {
  while (n-- > 0 && i < hi) i += Utf8Length(static_cast<unsigned char>(text[i]));
  return i < hi ? i : hi;
}

// Completes a match whose first part starts at p; returns its end or npos.
size_t CompleteFrom(std::string_view text, size_t p, size_t hi, const std::vector<std::string_view>& parts) {
  size_t end = p + parts[0].size();
  for (size_t k = 1; k < parts.size(); ++k) {
    const size_t limit = AdvanceChars(text, end, kCueWildcardChars, hi);
    const std::string_view window = text.substr(end, limit + parts[k].size() - end);
    const size_t at = window.find(parts[k]);
    if (at == std::string_view::npos || end + at + parts[k].size() > hi) return std::string_view::npos;
    end = end + at + parts[k].size();
  }
  return end;
}

}  // namespace

size_t ClauseStopAt(std::string_view text, size_t i) { return StopLengthAt(text, i); }

namespace {

using StopFn = size_t (*)(std::string_view, size_t);

// Start of the span around pos that no stop interrupts, not before floor.
size_t SpanBegin(std::string_view text, size_t pos, size_t floor, StopFn stop) {
  size_t i = pos;
  while (i > floor) {
    const size_t prev = PrevCharStart(text, i);
    if (prev < floor) break;
    if (stop(text, prev)) return i;
    i = prev;
  }
  return floor;
}

// The first stop at or after pos, or ceil.
size_t SpanEnd(std::string_view text, size_t pos, size_t ceil, StopFn stop) {
  size_t i = pos;
  while (i < ceil) {
    if (stop(text, i)) return i;
    i += Utf8Length(static_cast<unsigned char>(text[i]));
  }
  return ceil;
}

}  // namespace

size_t SentenceBegin(std::string_view text, size_t pos, size_t floor) {
  return SpanBegin(text, pos, floor, SentenceStopAt);
}
size_t SentenceEnd(std::string_view text, size_t pos, size_t ceil) { return SpanEnd(text, pos, ceil, SentenceStopAt); }
size_t ClauseBegin(std::string_view text, size_t pos, size_t floor) { return SpanBegin(text, pos, floor, StopLengthAt); }
size_t ClauseEnd(std::string_view text, size_t pos, size_t ceil) { return SpanEnd(text, pos, ceil, StopLengthAt); }

size_t FindCueBefore(std::string_view text, size_t lo, size_t hi, std::string_view cue, size_t* begin) {
  const std::vector<std::string_view> parts = SplitCue(cue);
  if (parts[0].empty() || hi <= lo) return std::string_view::npos;
  size_t best = std::string_view::npos;
  const std::string_view window = text.substr(lo, hi - lo);
  for (size_t at = window.find(parts[0]); at != std::string_view::npos; at = window.find(parts[0], at + 1)) {
    const size_t end = CompleteFrom(text, lo + at, hi, parts);
    if (end != std::string_view::npos && (best == std::string_view::npos || end >= best)) {
      best = end;
      *begin = lo + at;
    }
  }
  return best;
}

size_t FindCueAfter(std::string_view text, size_t lo, size_t hi, std::string_view cue, size_t* end) {
  const std::vector<std::string_view> parts = SplitCue(cue);
  if (parts[0].empty() || hi <= lo) return std::string_view::npos;
  const std::string_view window = text.substr(lo, hi - lo);
  for (size_t at = window.find(parts[0]); at != std::string_view::npos; at = window.find(parts[0], at + 1)) {
    const size_t e = CompleteFrom(text, lo + at, hi, parts);
    if (e != std::string_view::npos) {
      *end = e;
      return lo + at;
    }
  }
  return std::string_view::npos;
}

}  // namespace peercard
