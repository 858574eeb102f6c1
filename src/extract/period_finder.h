// period_finder: which years a passage's figures cover, and why we think so.
#pragma once

#include <string>
#include <string_view>

#include "extract/document_date.h"
#include "model/period.h"

namespace peercard {

struct PeriodGuess {
  Period period;       // unknown when nothing in the text says
  std::string reason;  // "title: 2023年工作综述", "截至2024年1月", "过去一年 in a report of 2025-01", …
};

// What the period of one passage is read from.
struct PeriodSources {
  std::string_view heading;    // the passage's own heading or title line, may be empty
  std::string_view doc_title;  // the document's title lines (before the first paragraph), may be empty
  std::string_view body;       // the passage's text, lines separated by '\n'
  DocumentDate date;           // when the document was written (FindDocumentDate)
  int file_year = 0;           // the year in the file name (FileNameYear), 0 if none
};

// The period of a passage, from the strongest signal that speaks, in order:
//  1. a range or a five-year term in the heading or document title
//     (2021—2025年, 五年来, 本届), a term ending with the latest year printed;
//  2. a year in the heading or document title that is not a date line
//     (——通州区政协2025年工作回眸);
//  3. a short review heading in the body (一、2024年工作回顾), not a plan
//     (二、2025年工作安排);
//  4. 截至X (截至2024年1月 → 2024; 截至目前, 截至发稿 → the document's year;
//     从…到2020年11月 → 2020), from a start year when one is printed
//     (2021年起 … 截至2025年8月 → 2021-2025; 从2021年到2023年; a pilot's or a
//     launch's year: 2019年被列为…试点县 … 截至目前 → 2019 to the document's);
//  5. a start year alone (2023年以来 → 2023, or to the document's year);
//  6. a paragraph that opens with a year (二〇二四年，…) or an event's date
//     (2020年5月27日，…);
//  7. relative words against the document's date: 去年 → the year before;
//     过去一年, 一年来 in January–March → the year before, else that year;
//     今年, 今年以来, 全年 → that year;
//  8. the document's date alone (a dated article reports its own year);
//  9. the year in the file name;
// else unknown: never guessed. A passage that quotes a dated source (a
// meeting dated in brackets, 据《某报》2022年8月20日报道) takes that date
// when the document's own is not printed. Pure; safe from any thread.
PeriodGuess FindPeriod(const PeriodSources& in);

// The period a sentence states for its own figures, by a year or date that
// opens one of its clauses before the number: "2023年，全市…1332次",
// "2022年9月，…275名委员下沉", "截至2024年9月，…260余名", "2021年以来，…".
// A start that runs to date (2021年以来，…; 自2019年4月首场…召开以来，…)
// runs to `until_year`, the passage's year, when that is later. With the
// document's `date` known, a clause opening with a relative time states one
// too: 去年，/去年全年，→ the year before; 去年以来，→ the year before in a
// report of January–March, else the year before to the date's; 今年，/今年
// 以来，/目前，/截至目前，/当前，→ the date's year.
// Looks at clauses that start in [sentence_begin, clause_begin]; the last
// one wins. Unknown when none does. Pure.
PeriodGuess StatedPeriod(std::string_view text, size_t sentence_begin, size_t clause_begin, int until_year = 0,
                         const DocumentDate& date = {});

// True when `clause` states only a time, as a sentence opens with before
// its subject (…，宁波市奉化区政协推动…): a date (2023年, 2022年9月), a
// start to date (2021年以来, 自2019年4月首次开设…以来, 截至2024年9月) or a
// relative time (去年, 过去一年, 今年以来, 近年来, 五年来). A clause that
// names a committee (…政协…) is not. Pure.
bool IsTimeClause(std::string_view clause);

}  // namespace peercard
