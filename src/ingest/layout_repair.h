// layout_repair: the last step of ingest (see ingest.h). Undoes the layout
// damage PDF-to-text extraction leaves in Chinese reports: hard line breaks
// inside sentences and words, and stray spaces between Chinese characters and
// before numbers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/offset_map.h"

namespace peercard {

// Repairs *text in place in two linear passes (line widths, then repair) and
// keeps *map aligned with it. Only removes whitespace and turns "\r\n" and
// "\r" into "\n"; every other byte is kept, in order. The rules, where "CJK"
// means a Han or kana character, "digit" an ASCII digit, and a closing mark
// (” 」 』 ) 》 …) counts as final only when a final mark (。 ! ? ; . …) comes
// right before it:
//
//  1. A single line break, with the spaces and tabs around it, is removed when
//     the character before it is CJK, a digit, a non-final punctuation mark
//     (，、：“（ and the ASCII , : ( " ' % that NFKC leaves of full-width forms)
//     or a non-final closing mark, and the character after it is CJK, a
//     digit or punctuation. It stays
//     - before a line that starts with a list marker (▲, 一、, (一), (1), 1、,
//       ——) or is wholly in brackets (a speaker line "（…党组书记、主席）"),
//       and after a line wholly in brackets;
//     - before an indented line (two spaces or a tab) in a text that indents
//       its paragraphs (two or more of its lines are, a third or more are
//       not: a margin before every line is no indent), unless
//       the line before ends in ，、：“（;
//     - after a title or caption (a line that starts with —— or ▲) with no
//       sentence punctuation (。，；) that is not full, unless it ends in
//       ，、：“（. "Full" is 70% of the 90th percentile of the text's line
//       lengths, so captions in a hard-wrapped PDF column are joined and a
//       title above a paragraph keeps its line;
//     - between two digits unless the line is wrapped or at least 18
//       characters long ("问题8\n6件" joins, "2022\n2023" stays).
//  2. A blank line (two or more line breaks) is removed on the same
//     conditions (but not between digits) when, in addition, the next line
//     starts with a CJK character or an opening quote or bracket and is not a
//     heading (no sentence punctuation, a blank line after it), and the line
//     before is running text: it contains sentence punctuation (。，；, not
//     、), does not start with a numbered marker (一、 (一)), is not wholly in
//     brackets, and ends in ，、： or had a sentence end or a removed line
//     break inside or is at least 20 characters long. So headings with no
//     punctuation ("坚持正确政治方向 强化“同心”的政治属性") or with a comma but
//     short ("抓学习，促发展") keep their blank line.
//  3. A run of spaces and tabs inside a line is removed when one neighbour is
//     CJK or CJK punctuation and the other is CJK, punctuation or a digit
//     ("坚持以 习近平", "首批 12 个"); spaces between Latin words and between
//     two digits stay.
//  4. A line that ends with a final mark (。！？；…) is a paragraph end: its
//     break is kept.
//
// REQUIRES: map->size() == text->size(). On return map->size() ==
// text->size() again, and map->Lookup(i) is the old Lookup of the byte that
// became byte i (the end's is kept). Invalid UTF-8 is copied through
// untouched. Pure; safe from any thread.
void RepairLayout(std::string* text, OffsetMap* map);

}  // namespace peercard
