#include "extract/cue_match.h"

#include "base/punctuation.h"

#include "base/utf8.h"

namespace peercard {

namespace {

constexpr std::string_view kWildcard = "…";


// The cue's text before its first wildcard, and in *rest what follows that
// wildcard ("" when the cue has none).
std::string_view FirstPart(std::string_view cue, std::string_view* rest) {
  const size_t at = cue.find(kWildcard);
  if (at == std::string_view::npos) {
    *rest = {};
    return cue;
  }
  *rest = cue.substr(at + kWildcard.size());
  return cue.substr(0, at);
}

size_t AdvanceChars(std::string_view text, size_t i, int n, size_t hi) {
  while (n-- > 0 && i < hi) i += Utf8Length(static_cast<unsigned char>(text[i]));
  return i < hi ? i : hi;
}

// Completes a match whose first part, `first_size` bytes, starts at p: each
// later part of `rest` must follow within kCueWildcardChars characters.
// Returns the match's end or npos.
size_t CompleteFrom(std::string_view text, size_t p, size_t hi, size_t first_size, std::string_view rest) {
  size_t end = p + first_size;
  for (bool more = !rest.empty(); more;) {
    std::string_view after;
    const std::string_view part = FirstPart(rest, &after);
    more = rest.size() > part.size();  // another wildcard followed this part
    rest = after;
    const size_t limit = AdvanceChars(text, end, kCueWildcardChars, hi);
    const std::string_view window = text.substr(end, limit + part.size() - end);
    const size_t at = window.find(part);
    if (at == std::string_view::npos || end + at + part.size() > hi) return std::string_view::npos;
    end = end + at + part.size();
  }
  return end;
}

}  // namespace

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
size_t ClauseBegin(std::string_view text, size_t pos, size_t floor) { return SpanBegin(text, pos, floor, ClauseStopAt); }
size_t ClauseEnd(std::string_view text, size_t pos, size_t ceil) { return SpanEnd(text, pos, ceil, ClauseStopAt); }

size_t FindCueBefore(std::string_view text, size_t lo, size_t hi, std::string_view cue, size_t* begin) {
  std::string_view rest;
  const std::string_view first = FirstPart(cue, &rest);
  if (first.empty() || hi <= lo) return std::string_view::npos;
  size_t best = std::string_view::npos;
  const std::string_view window = text.substr(lo, hi - lo);
  for (size_t at = window.find(first); at != std::string_view::npos; at = window.find(first, at + 1)) {
    const size_t end = CompleteFrom(text, lo + at, hi, first.size(), rest);
    if (end != std::string_view::npos && (best == std::string_view::npos || end >= best)) {
      best = end;
      *begin = lo + at;
    }
  }
  return best;
}

size_t FindCueAfter(std::string_view text, size_t lo, size_t hi, std::string_view cue, size_t* end) {
  std::string_view rest;
  const std::string_view first = FirstPart(cue, &rest);
  if (first.empty() || hi <= lo) return std::string_view::npos;
  const std::string_view window = text.substr(lo, hi - lo);
  for (size_t at = window.find(first); at != std::string_view::npos; at = window.find(first, at + 1)) {
    const size_t e = CompleteFrom(text, lo + at, hi, first.size(), rest);
    if (e != std::string_view::npos) {
      *end = e;
      return lo + at;
    }
  }
  return std::string_view::npos;
}

}  // namespace peercard
