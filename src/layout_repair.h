// layout_repair: the last step of ingest (see ingest.h). Undoes the layout
// damage PDF-to-text extraction leaves in Chinese reports: hard line breaks
// inside sentences and words, and stray spaces between Chinese characters and
// before numbers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace peercard {

// Repairs *text in place in one linear pass and keeps *map aligned with it.
// Only removes whitespace and turns "\r\n" and "\r" into "\n"; every other
// byte is kept, in order. The rules, where "CJK" means a Han or kana
// character, "digit" an ASCII digit, and a closing mark (” 」 』 ) 》 …) counts
// as final only when a final mark (。 ! ? ; . …) comes right before it:
//
//  1. A single line break, with the spaces and tabs around it, is removed when
//     the character before it is CJK, a digit, a non-final punctuation mark
//     (，、：“（ and the ASCII , : ( " ' % that NFKC leaves of full-width forms)
//     or a non-final closing mark, and the character after it is CJK, a
//     digit or punctuation; but not between two digits ("2022\n2023" may be a
//     table column), and not before a line that starts with a list marker (▲,
//     一、, (一), (1), 1、, ——).
//  2. A blank line (two or more line breaks) is removed on the same
//     conditions when, in addition, the line before it contains sentence
//     punctuation (。 , ; 、) and does not start with a list marker (so
//     headings, which have no internal punctuation, keep their blank line),
//     and the next line starts with a CJK character or an opening quote or
//     bracket.
//  3. A run of spaces and tabs inside a line is removed when one neighbour is
//     CJK or CJK punctuation and the other is CJK, punctuation or a digit
//     ("坚持以 习近平", "首批 12 个"); spaces between Latin words and between
//     two digits stay.
//  4. A line that ends with a final mark (。！？；…) is a paragraph end: its
//     break is kept.
//
// REQUIRES: map->size() == text->size() + 1. On return map->size() ==
// text->size() + 1 again, and (*map)[i] is the old entry of the byte that
// became byte i (the last entry is kept). Invalid UTF-8 is copied through
// untouched. Pure; safe from any thread.
void RepairLayout(std::string* text, std::vector<uint32_t>* map);

}  // namespace peercard
