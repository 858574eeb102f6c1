// Sentence and clause punctuation: the one home of which marks end a
// sentence or a clause, in the full-width forms reports print (。！？；，：)
// and the ASCII forms NFKC folds most of them to (!?;,:). Pure; std only.
#pragma once

#include <cstddef>
#include <string_view>

namespace peercard {

// Length of the mark that ends a sentence proper at text[i] — 。！？ or
// ! ? — or 0. ；ends a clause, not a sentence: evidence quotes run across it.
size_t FullStopAt(std::string_view text, size_t i);

// Length of a sentence stop at text[i] — a full stop, ；; or a line break —
// or 0: the bounds of the sentence a cue is looked for in.
size_t SentenceStopAt(std::string_view text, size_t i);

// Length of a clause stop at text[i] — a sentence stop, ，, or ：: — or 0.
// 、 (an enumeration comma) stops no clause.
size_t ClauseStopAt(std::string_view text, size_t i);

// The same marks as code points: 。！？；… and their NFKC forms end a
// sentence; with ，, also a clause.
bool IsSentenceFinal(char32_t c);
bool IsClauseFinal(char32_t c);

}  // namespace peercard
