// document_date: when a document was written, from what real material
// prints: a dateline or byline (（本报记者 2024年1月20日）), the 发布时间 line
// of a copied web page, the date under a speech's title (——2025年1月7日在…
//会议上) or at its end, an anniversary of the present year (今年是人民政协
// 成立75周年). The period finder reads 今年, 过去一年, 截至目前 against it.
#pragma once

#include <string>
#include <string_view>

namespace peercard {

// The year printed at text[i] as four ASCII digits followed by 年 (or the
// Chinese form 二〇二三年), 1990–2100; 0 if none. Sets *len to the bytes used.
int YearAt(std::string_view text, size_t i, size_t* len);

// A calendar date as printed; month and day are 0 when not printed.
struct PrintedDate {
  int year = 0;
  int month = 0;
  int day = 0;
  size_t length = 0;  // bytes of text it was read from
};

// The date printed at text[i]: 2024年1月20日, 2024年1月, 2024-01-20,
// 2024/1/20, 2024.01.20, 二〇二五年一月, 二〇二二年十二月五日, or a bare year
// (2024年, 二〇二四年; month 0). year 0 when none starts at i. Pure.
PrintedDate DateAt(std::string_view text, size_t i);

// The first date with a month in `line` (2022年12月, 2023-09-01), or year 0.
PrintedDate FirstFullDate(std::string_view line);

struct DocumentDate {
  int year = 0;   // 0 when nothing says
  int month = 0;  // 0 when not printed
  std::string evidence;  // "dateline: （2024年1月20日）", for `inspect`
  bool known() const { return year > 0; }
};

// The date `text` was written, from its first and last lines (see above);
// unknown when none prints one. Pure.
DocumentDate FindDocumentDate(std::string_view text);

// The year in a file name (2023_武威.txt, wuwei-2023.txt, reports/2023/x.txt),
// as four digits 1990–2100 standing alone; 0 if none. Pure.
int FileNameYear(std::string_view path);

// Calls f(line) for each non-empty line of text, spaces, tabs and CR
// trimmed, until f returns true. The one line splitter of the period signals.
template <typename F>
void ForEachTrimmedLine(std::string_view text, F f) {
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::string_view l = text.substr(b, e - b);
    while (!l.empty() && (l.front() == ' ' || l.front() == '\t')) l.remove_prefix(1);
    while (!l.empty() && (l.back() == ' ' || l.back() == '\t' || l.back() == '\r')) l.remove_suffix(1);
    if (!l.empty() && f(l)) return;
    b = e + 1;
  }
}

// True when `line` is a dateline and nothing else: a date in brackets, after
// ——, after 发布时间/日期, or alone. Its year is a date, not a period.
bool IsDateLine(std::string_view line);

// The date a dateline states (see IsDateLine); year 0 when `line` is none.
PrintedDate DateLineDate(std::string_view line);

}  // namespace peercard
