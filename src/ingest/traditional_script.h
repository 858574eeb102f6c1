// traditional_script: reports in Traditional characters (mirror sites and
// some reposts convert pages) read as simplified, so that the indicator
// words, the place names and the qualifiers (餘 → 余) match.
//
// The mapping is ICU's Hant-Hans transform restricted to characters it maps
// one to one (hant_hans_table.inc, made by scripts/make_hant_hans.sh). Every
// pair is three bytes in UTF-8 on both sides, so a conversion keeps each byte
// offset: the map from the text to the original stays valid and the evidence
// quotes the original, Traditional, sentence.
#pragma once

#include <string>

namespace peercard {

struct ScriptCount {
  size_t han = 0;          // Han characters (U+3400..U+9FFF)
  size_t traditional = 0;  // of them, characters the table maps to a simplified form
};

// Counts in valid UTF-8 `text`. Pure.
ScriptCount CountScript(const std::string& text);

// A text is Traditional when at least 5 of its Han characters, and at least
// 3% of them, are Traditional forms. Simplified reports hold almost none (a
// few 著 and 俱, which the table also maps); a Traditional report holds one
// in five or more.
bool IsTraditional(const ScriptCount& count);

// Replaces every Traditional form in *text by its simplified form, and the
// corner-bracket quotes 「」『』 by “”‘’, in place (the length does not
// change). Returns the number replaced.
size_t ToSimplified(std::string* text);

}  // namespace peercard
