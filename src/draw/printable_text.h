// Text made fit for printing with one font: what a report's sentences and a
// user's tables may carry but a page cannot show. Web copies and WeChat
// articles put zero-width spaces after commas and emoji in sentences; a
// places.csv saved by Excel may hold a byte order mark inside a cell.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "draw/text_measure.h"

namespace peercard {

// The mark printed in place of a character the font lacks: □ (U+25A1), or
// '?' when the font lacks that too.
char32_t MissingGlyphMark(const TextMeasure& font);

// `utf8` as it is printed with `font`:
//   - control characters (tab, line breaks) become spaces;
//   - format characters (Unicode category Cf: zero-width space and joiners,
//     byte order mark, soft hyphen, direction marks) and variation selectors
//     are dropped: they print nothing;
//   - a character the font has no glyph for becomes MissingGlyphMark(font)
//     and is added to *missing (when not null), so the caller can warn.
// Invalid UTF-8 bytes are characters U+FFFD, handled as any other.
std::string PrintableText(std::string_view utf8, const TextMeasure& font, std::set<char32_t>* missing);

// "2 characters not in the font, printed as □: '😀' (U+1F600), '𠀀' (U+20000)"
// (at most five named), for a warning. REQUIRES: !missing.empty().
std::string DescribeMissingGlyphs(const std::set<char32_t>& missing, const TextMeasure& font);

}  // namespace peercard
