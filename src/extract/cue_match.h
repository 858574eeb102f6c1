// cue_match: finding an indicator's cue words near a number inside a clause.
// A cue may hold the wildcard '…' for up to kCueWildcardChars characters:
// "解决…问题" matches 解决问题 and 解决矛盾纠纷问题.
#pragma once

#include <string_view>

#include "base/punctuation.h"  // ClauseStopAt, SentenceStopAt

namespace peercard {

inline constexpr int kCueWildcardChars = 30;

// Clause bounds around position pos of text, inside [floor, ceil), at
// ClauseStopAt; sentence bounds at SentenceStopAt (base/punctuation.h). Pure.
size_t ClauseBegin(std::string_view text, size_t pos, size_t floor);
size_t ClauseEnd(std::string_view text, size_t pos, size_t ceil);
size_t SentenceBegin(std::string_view text, size_t pos, size_t floor);
size_t SentenceEnd(std::string_view text, size_t pos, size_t ceil);

// The match of `cue` inside [lo, hi) that ends last; returns its end and sets
// *begin, or returns npos. Pure.
size_t FindCueBefore(std::string_view text, size_t lo, size_t hi, std::string_view cue, size_t* begin);

// The match of `cue` inside [lo, hi) that starts first; returns its start
// and sets *end, or returns npos. Pure.
size_t FindCueAfter(std::string_view text, size_t lo, size_t hi, std::string_view cue, size_t* end);

}  // namespace peercard
