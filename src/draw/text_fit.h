// Fitting text into boxes: cutting and wrapping at character boundaries (a
// UTF-8 sequence is never split), measured with the font that prints it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "draw/text_measure.h"

namespace peercard {

// `text` if it fits in `width_pt` at `size_pt`; else its longest prefix
// that fits with "…" appended. Pure.
std::string FitText(const TextMeasure& m, std::string_view text, double size_pt, double width_pt);

// Lines of at most `width_pt`, broken where ICU's line-breaking rules for
// Chinese allow: between Chinese characters and at spaces between Latin
// words, never putting closing punctuation (，。、；）》”…) at a line's start
// or opening punctuation (（《“) at its end, never inside a word or a number
// ("6.83", "1,236", "10.7%"), and never between a number and its unit
// ("1320余件"). A run longer than a line is cut where the line is full.
// At most `max_lines` lines: the last one then ends in "…". Pure.
std::vector<std::string> WrapText(const TextMeasure& m, std::string_view text, double size_pt, double width_pt,
                                  int max_lines);

// Packs `items` into lines of at most `width_pt`, joined by `sep` ("  ·  "),
// starting a new line before an item that would not fit; an item wider than
// a line is wrapped by WrapText. Pure.
std::vector<std::string> PackItems(const TextMeasure& m, const std::vector<std::string>& items, std::string_view sep,
                                   double size_pt, double width_pt);

// A window of `text` of at most `max_chars` characters around the byte
// offset `focus` (the number an evidence sentence is quoted for), with "…"
// where it was cut; prefers to start after a clause break (，。；) in the
// part before the focus. `text` itself when short enough. Pure.
std::string CutAround(std::string_view text, size_t focus, size_t max_chars);

// The byte offsets at which each character of `text` starts (invalid bytes
// count as one character each), plus text.size() at the end. Pure.
std::vector<size_t> CharStarts(std::string_view text);

}  // namespace peercard
