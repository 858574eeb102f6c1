#include "extract/period_finder.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>

#include "base/affix.h"
#include "base/find_bytes.h"
#include "base/utf8.h"
#include "extract/cue_match.h"
#include "base/punctuation.h"

namespace peercard {

namespace {

constexpr std::string_view kNian = "年";
// A month of the year in which a report reviewing 过去一年 covers the year before.
constexpr int kLastReviewMonth = 3;
// The longest line read as a heading (一、2024年工作回顾).
constexpr size_t kHeadingChars = 24;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool StartsWith(std::string_view s, size_t i, std::string_view p) { return s.substr(i, p.size()) == p; }

bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> cues, std::string* which) {
  for (std::string_view c : cues) {
    if (text.find(c) != std::string_view::npos) {
      *which = std::string(c);
      return true;
    }
  }
  return false;
}

// Years printed in text: the latest is what a term summary ends with.
int LatestYear(std::string_view text) {
  int latest = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    size_t len = 0;
    if (const int y = YearAt(text, i, &len)) {
      latest = std::max(latest, y);
      i += len - 1;
    }
  }
  return latest;
}

// The first year in text that is a year and not part of a date (2022年7月)
// or an issue number (2024年第6期).
int FirstBareYear(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const PrintedDate d = DateAt(text, i);
    if (!d.year) continue;
    if (!d.month && !StartsWith(text, i + d.length, "第")) return d.year;
    i += d.length - 1;
  }
  return 0;
}

// "2021—2025年", "2021-2025年", "2021年至2025年", "（2012—2016）".
bool RangeIn(std::string_view text, Period* p) {
  for (size_t i = 0; i + 4 < text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) continue;
    if (!(IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && IsDigit(text[i + 3]))) continue;
    const int first = std::stoi(std::string(text.substr(i, 4)));
    size_t j = i + 4;
    if (StartsWith(text, j, kNian)) j += kNian.size();
    // 2020年7月—2022年7月: months on the ends.
    if (const PrintedDate d = DateAt(text, i); d.month) j = i + d.length;
    bool dash = false;
    for (std::string_view sep : {"—", "－", "-", "–", "～", "~", "至", "到"}) {
      if (StartsWith(text, j, sep)) {
        j += sep.size();
        dash = true;
        break;
      }
    }
    if (!dash || j + 4 > text.size()) continue;
    if (!(IsDigit(text[j]) && IsDigit(text[j + 1]) && IsDigit(text[j + 2]) && IsDigit(text[j + 3]))) continue;
    if (j + 4 < text.size() && IsDigit(text[j + 4])) continue;
    const int last = std::stoi(std::string(text.substr(j, 4)));
    if (first >= 1990 && last > first && last <= 2100) {
      *p = {first, last};
      return true;
    }
  }
  return false;
}

// Range, term or year of a title line; unknown for a date line.
PeriodGuess TitlePeriod(std::string_view title, std::string_view body, const DocumentDate& date,
                        std::string_view where) {
  if (title.empty() || IsDateLine(title)) return {};
  Period range;
  if (RangeIn(title, &range)) return {range, std::string(where) + ": " + range.ToString()};
  std::string cue;
  if (ContainsAny(title, {"五年工作", "五年来", "五年履职", "本届"}, &cue)) {
    const int latest = std::max(LatestYear(body), date.year);
    if (latest) {
      return {Period::Span(latest, 5), std::string(where) + ": " + cue +
                                           " (a five-year term) ending with the latest year printed, " +
                                           std::to_string(latest)};
    }
    return {Period{}, cue + " (a five-year term) but no year printed"};
  }
  if (const int y = FirstBareYear(title)) return {Period::Year(y), std::string(where) + ": " + std::to_string(y) + "年"};
  return {};
}

// 3. 一、2024年工作回顾: a short heading naming a year it reviews.
int ReviewHeadingYear(std::string_view body, std::string* line) {
  int year = 0;
  ForEachTrimmedLine(body, [&](std::string_view l) {
    if (CountChars(l) > kHeadingChars || l.find("。") != std::string_view::npos) return false;
    std::string cue;
    if (ContainsAny(l, {"安排", "计划", "打算", "展望", "思路", "要点", "任务", "目标"}, &cue)) return false;
    const int y = FirstBareYear(l);
    if (y && l.find("工作") != std::string_view::npos) {
      year = y;
      *line = std::string(l);
      return true;
    }
    return false;
  });
  return year;
}

// The offset of a "从" that opens the clause before `at` ("从试点启动到
// 2020年11月", "从2021年到2023年"), or npos.
size_t FromBefore(std::string_view body, size_t at) {
  size_t b = at;
  for (int chars = 0; chars < 16 && b > 0; ++chars) {
    b = PrevCharStart(body, b);
    if (ClauseStopAt(body, b)) return std::string_view::npos;
    if (StartsWith(body, b, "从")) return b;
  }
  return std::string_view::npos;
}

// 4. 截至2024年1月 / 截至目前 / 从…到2020年11月: the year of the stock, or
// -1 for 'to date'; *from_year the year printed right after 从 (从2021年到…),
// else 0.
int AsOfYear(std::string_view body, std::string* evidence, int* from_year) {
  *from_year = 0;
  for (std::string_view cue : {"截至", "截止", "到", "至"}) {
    const bool needs_from = cue == "到" || cue == "至";  // 到 alone is too common a word
    for (size_t at = body.find(cue); at != std::string_view::npos; at = body.find(cue, at + cue.size())) {
      const size_t from = needs_from ? FromBefore(body, at) : 0;
      if (from == std::string_view::npos) continue;
      size_t from_len = 0;
      if (needs_from) *from_year = YearAt(body, from + 3, &from_len);
      const size_t j = at + cue.size();
      size_t len = 0;
      if (const int y = YearAt(body, j, &len)) {
        const PrintedDate d = DateAt(body, j);
        *evidence = std::string(body.substr(at, cue.size() + d.length));
        return y;
      }
      for (std::string_view now : {"目前", "当前", "现在", "今年", "发稿"}) {
        if (StartsWith(body, j, now)) {
          *evidence = std::string(cue) + std::string(now);
          return -1;
        }
      }
    }
  }
  return 0;
}

// 5. 2021年起 / 2023年以来 / 2019年开始: the first start year printed.
int SinceYear(std::string_view body, std::string* evidence) {
  for (size_t i = 0; i < body.size(); ++i) {
    size_t len = 0;
    const int y = YearAt(body, i, &len);
    if (!y) continue;
    // Only where it opens a clause and is a clause of its own: "2021年起，"
    // (not "自1983年以来", the committee's history).
    // (Extraction reads NFKC text: "，" is ",", "；" is ";".)
    const bool opens = i == 0 || ClauseStopAt(body, i - 1) == 1 || (i >= 3 && ClauseStopAt(body, i - 3) == 3);
    for (std::string_view since : {"起", "以来", "开始"}) {
      if (opens && (StartsWith(body, i + len + since.size(), "，") || StartsWith(body, i + len + since.size(), ",")) &&
          StartsWith(body, i + len, since)) {
        *evidence = std::string(body.substr(i, len + since.size()));
        return y;
      }
    }
    i += len - 1;
  }
  return 0;
}

// True when s holds only spaces, tabs and ideographic spaces.
bool OnlySpaces(std::string_view s) {
  while (!s.empty()) {
    if (s.front() == ' ' || s.front() == '\t') {
      s.remove_prefix(1);
    } else if (StartsWith(s, 0, "　")) {
      s.remove_prefix(std::string_view("　").size());
    } else {
      return false;
    }
  }
  return true;
}

// The year a programme started, for a count to date that runs from it:
// "2019年，我县被确定为全省…试点县", "竹山县2019年被列为…试点县", "2021年启动…",
// "长寿区自2021年以来持续打造…平台": a year followed by 被, 启动 or 开始, or
// between 自 and 以来/起, or opening its clause, in a sentence that names a
// 试点, a 启动 or the building of something (打造, 搭建, 建立, 创建, 推行) —
// never the founding of the committee (成立). 0 when none.
int StartEventYear(std::string_view body, std::string* evidence) {
  size_t sentence = 0;
  for (size_t i = 0; i < body.size(); ++i) {
    if (const size_t stop = FullStopAt(body, i); stop > 0 || body[i] == '\n') sentence = i + std::max<size_t>(stop, 1);
    size_t len = 0;
    const int y = YearAt(body, i, &len);
    if (!y) continue;
    const size_t end = std::min(body.find("。", i), body.find('\n', i));
    const std::string_view whole = body.substr(sentence, (end == std::string_view::npos ? body.size() : end) - sentence);
    std::string_view start_word;
    for (std::string_view w : {"试点", "启动", "打造", "搭建", "建立", "创建", "推行"}) {
      if (start_word.empty() && whole.find(w) != std::string_view::npos) start_word = w;
    }
    const bool names_start = !start_word.empty() && whole.find("成立") == std::string_view::npos;
    const bool opens = OnlySpaces(body.substr(sentence, i - sentence)) || ClauseStopAt(body, PrevCharStart(body, i)) > 0;
    bool started = false;
    for (std::string_view after : {"被", "启动", "开始"}) started = started || StartsWith(body, i + len, after);
    const bool since = i >= 3 && body.compare(i - 3, 3, "自") == 0 &&
                       (StartsWith(body, i + len, "以来") || StartsWith(body, i + len, "起"));
    if (names_start &&
        (started || since || (opens && (StartsWith(body, i + len, "，") || StartsWith(body, i + len, ","))))) {
      *evidence = std::string(body.substr(i, len)) + " (" + std::string(start_word) + ")";
      return y;
    }
    i += len - 1;
  }
  return 0;
}

// The date of the source a passage quotes, with its month: a meeting dated in
// brackets after its name ("会议（2025年2月）"; NFKC may make the brackets
// ASCII), or a dated press report ("据《广西政协报》2022年8月20日报道").
// *opens_paragraph tells whether the press report is cited at the start of a
// paragraph (据《…》…报道，…): the paragraph then retells it.
DocumentDate QuotedSourceDate(std::string_view body, bool* opens_paragraph = nullptr) {
  if (opens_paragraph) *opens_paragraph = false;
  for (std::string_view cue : {"会议（", "会议(", "全会（", "全会("}) {
    for (size_t at = FindBytes(body, cue); at != std::string_view::npos; at = FindBytes(body, cue, at + 1)) {
      const PrintedDate d = DateAt(body, at + cue.size());
      const size_t close = at + cue.size() + d.length;
      if (d.year && d.month && (StartsWith(body, close, "）") || StartsWith(body, close, ")"))) {
        return {d.year, d.month, "the meeting's date: " + std::string(body.substr(at, close + 1 - at))};
      }
    }
  }
  for (size_t at = FindBytes(body, "》"); at != std::string_view::npos; at = FindBytes(body, "》", at + 1)) {
    const PrintedDate d = DateAt(body, at + 3);
    if (d.year && d.month && StartsWith(body, at + 3 + d.length, "报道")) {
      if (opens_paragraph) {
        const size_t open = body.rfind("据《", at);
        size_t line = open == std::string_view::npos ? 0 : body.rfind('\n', open);
        line = line == std::string_view::npos ? 0 : line + 1;
        while (StartsWith(body, line, "　") || StartsWith(body, line, " ")) line += StartsWith(body, line, " ") ? 1 : 3;
        *opens_paragraph = open != std::string_view::npos && line == open;
      }
      return {d.year, d.month, "the report's date: " + std::string(body.substr(at + 3, d.length + 6))};
    }
  }
  return {};
}

// 6. A paragraph or sentence that opens with a year and a stop: "二〇二四年，…",
// "成效看得见。二〇二三年，全市…", "【概况】 2019年，区政协…", "2022年是…",
// or with a dated event's date (2020年5月27日，…);
// with `paragraph_openers_only`, only a year that opens a line counts.
int OpeningYear(std::string_view body, bool paragraph_openers_only, std::string* evidence) {
  int year = 0;
  const auto opens_at = [&](std::string_view l, size_t i) {
    size_t len = 0;
    const int y = YearAt(l, i, &len);
    if (!y) return false;
    for (std::string_view after : {"，", ",", "是", "里，", "中，", "度，", "以来，"}) {
      if (StartsWith(l, i + len, after)) {
        year = y;
        *evidence = std::string(l.substr(i, len + after.size()));
        return true;
      }
    }
    // A dated event: 2020年5月27日，龙湾区政协举行…
    if (const PrintedDate d = DateAt(l, i); d.year == y && d.month) {
      for (std::string_view after : {"，", ","}) {
        if (StartsWith(l, i + d.length, after)) {
          year = y;
          *evidence = std::string(l.substr(i, d.length + after.size()));
          return true;
        }
      }
    }
    return false;
  };
  ForEachTrimmedLine(body, [&](std::string_view l) {
    size_t start = 0;
    while (StartsWith(l, start, "　")) start += std::string_view("　").size();
    if (opens_at(l, start)) return true;
    if (paragraph_openers_only) return false;
    for (std::string_view stop : {"。", "】", "！"}) {
      for (size_t at = l.find(stop); at != std::string_view::npos; at = l.find(stop, at + stop.size())) {
        size_t i = at + stop.size();
        while (i < l.size() && l[i] == ' ') ++i;
        if (opens_at(l, i)) return true;
      }
    }
    return false;
  });
  return year;
}

// “十四五”时期 / 十三五期间: the plan's years (the 11th is 2006–2010,
// each five years long; the 14th is 2021–2025).
// The years of the first five-year plan `text` names followed by one of
// `afters` (“十四五”时期), *evidence set to those words; unknown if none.
Period FiveYearPlanFollowedBy(std::string_view text, std::initializer_list<std::string_view> afters,
                              std::string* evidence) {
  static constexpr std::string_view kOrdinals[] = {"十一", "十二", "十三", "十四", "十五", "十六"};
  for (size_t k = 0; k < std::size(kOrdinals); ++k) {
    const std::string cue = std::string(kOrdinals[k]) + "五";
    for (size_t at = text.find(cue); at != std::string_view::npos; at = text.find(cue, at + 1)) {
      size_t j = at + cue.size();
      if (StartsWith(text, j, "”")) j += 3;
      for (std::string_view after : afters) {
        if (!StartsWith(text, j, after)) continue;
        const int n = 11 + static_cast<int>(k);
        const int first = 2006 + 5 * (n - 11);
        *evidence = std::string(text.substr(at, j + after.size() - at));
        return {first, first + 4};
      }
    }
  }
  return {};
}

Period FiveYearPlan(std::string_view text, std::string* evidence) {
  return FiveYearPlanFollowedBy(text, {"时期", "期间"}, evidence);
}

// “十四五”以来: the first year of the plan, as a start year; 0 if none.
int FiveYearPlanStart(std::string_view text, std::string* evidence) {
  return FiveYearPlanFollowedBy(text, {"以来"}, evidence).first_year;
}

// True when a document of this date looks back on the year before it: it is
// dated from January to kLastReviewMonth (reports, reviews, year-end pages).
bool ReviewsLastYear(const DocumentDate& d) { return d.year && d.month >= 1 && d.month <= kLastReviewMonth; }

std::string DateText(const DocumentDate& d) {
  return d.month ? std::to_string(d.year) + "-" + (d.month < 10 ? "0" : "") + std::to_string(d.month)
                 : std::to_string(d.year);
}

// "1至11月", "1—6月", "1-9月" after a year: its length, or 0.
size_t MonthRangeLength(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsDigit(s[i])) ++i;
  if (i == 0) return 0;
  bool dash = false;
  for (std::string_view sep : {"至", "—", "－", "-", "～", "~"}) {
    if (StartsWith(s, i, sep)) {
      i += sep.size();
      dash = true;
      break;
    }
  }
  if (!dash) return 0;
  const size_t digits = i;
  while (i < s.size() && IsDigit(s[i])) ++i;
  if (i == digits || !StartsWith(s, i, "月")) return 0;
  return i + 3;
}

// What may follow a clause-opening year for it to be the clause's period.
// What may follow a year that opens a clause and dates it: 2023年，… 2023年以来…
// 2023年的数据显示：… (the year qualifying the subject).
constexpr std::string_view kAfterOpeningYear[] = {"，", ",", "以来", "起", "上半年", "下半年", "全年", "底", "末", "年底", "的"};

}  // namespace

// A clause opening with a time relative to the document's date (see
// StatedPeriod), or unknown.
PeriodGuess RelativeOpening(std::string_view text, size_t at, const DocumentDate& date) {
  if (!date.known()) return {};
  const auto opens = [&](std::string_view word, std::initializer_list<std::string_view> after) {
    if (!StartsWith(text, at, word)) return false;
    for (std::string_view a : after) {
      if (StartsWith(text, at + word.size(), a)) return true;
    }
    return false;
  };
  const std::string of = " in a document of " + DateText(date);
  const bool early = ReviewsLastYear(date);
  if (opens("去年以来", {"，", ","})) {
    return {early ? Period::Year(date.year - 1) : Period{date.year - 1, date.year}, "去年以来" + of};
  }
  if (opens("去年", {"，", ",", "全年", "一年", "底", "年底", "上半年", "下半年"})) {
    return {Period::Year(date.year - 1), "去年" + of};
  }
  for (std::string_view now : {"今年以来", "今年", "截至目前", "截止目前", "目前", "当前", "至今"}) {
    if (opens(now, {"，", ",", "全年", "上半年"})) return {Period::Year(date.year), std::string(now) + of};
  }
  // 过去一年：… in a report given early in the year: the year before. (Later
  // in a year it is the twelve months to date, no calendar year.)
  for (std::string_view past : {"过去一年", "过去的一年", "一年来"}) {
    if (early && opens(past, {"，", ",", "：", ":", "里", "中", "来"})) return {Period::Year(date.year - 1), std::string(past) + of};
  }
  return {};
}

// Where a clause's time stands after a short lead that reports it (报告回顾过去一年：,
// 会议回顾一年来…): the position after 回顾, or `at`.
size_t AfterReviewLead(std::string_view text, size_t at) {
  constexpr std::string_view kReview = "回顾";
  const size_t found = text.substr(at, 3 * 6).find(kReview);
  if (found == std::string_view::npos) return at;
  for (size_t i = at; i < at + found; i += Utf8Length(static_cast<unsigned char>(text[i]))) {
    if (ClauseStopAt(text, i)) return at;
  }
  return at + found + kReview.size();
}

bool IsTimeClause(std::string_view clause) {
  while (!clause.empty() && clause.front() == ' ') clause.remove_prefix(1);
  while (!clause.empty() && clause.back() == ' ') clause.remove_suffix(1);
  if (clause.empty() || CountChars(clause) > 32 || ContainsBytes(clause, "政协")) return false;
  for (std::string_view since : {"以来", "年来", "至今"}) {
    if (EndsWith(clause, since)) return true;
  }
  for (std::string_view relative :
       {"去年", "去年全年", "今年", "今年上半年", "目前", "当前", "截至目前", "截止目前", "过去一年", "过去的一年",
        "近年", "近几年", "近年来", "本届", "本届以来", "全年", "同年", "当年", "年内", "上半年", "下半年",
        "前三季度"}) {
    if (clause == relative) return true;
  }
  size_t i = 0;
  for (std::string_view lead : {"截至", "截止", "到", "至", "自", "从"}) {
    if (StartsWith(clause, i, lead)) {
      i += lead.size();
      break;
    }
  }
  const PrintedDate d = DateAt(clause, i);
  if (!d.year) return false;
  const std::string_view rest = clause.substr(i + d.length);
  if (rest.empty()) return true;
  for (std::string_view after : kAfterOpeningYear) {
    if (rest == after) return true;
  }
  return false;
}

PeriodGuess StatedPeriod(std::string_view text, size_t sentence_begin, size_t clause_begin, int until_year,
                         const DocumentDate& date) {
  PeriodGuess out;
  size_t at = sentence_begin;
  while (at <= clause_begin && at < text.size()) {
    while (at < clause_begin && text[at] == ' ') ++at;
    if (PeriodGuess relative = RelativeOpening(text, AfterReviewLead(text, at), date); relative.period.known()) {
      out = relative;
    }
    size_t i = at;
    bool from = false;  // 自/从 a date … 以来
    for (std::string_view lead : {"截至", "截止", "到", "至", "自", "从"}) {
      if (StartsWith(text, i, lead)) {
        i += lead.size();
        from = lead == "自" || lead == "从";
        break;
      }
    }
    // The clause's end, for a start that runs to date (自2019年4月首场…召开以来，).
    size_t clause_end = i;
    while (clause_end < clause_begin && !ClauseStopAt(text, clause_end)) ++clause_end;
    const std::string_view clause = text.substr(at, clause_end - at);
    const auto to_date = [&](int start, std::string_view opening) -> PeriodGuess {
      // 2023年以来 in a page of 2024-01 reviews 2023, as 去年以来 does.
      if (until_year == date.year && ReviewsLastYear(date) && start < date.year) {
        return {Period{start, date.year - 1}, "the sentence opens with " + std::string(opening) +
                                                  " in a document of " + DateText(date)};
      }
      if (until_year > start) {
        return {Period{start, until_year}, "the sentence opens with " + std::string(opening) + ", to " +
                                               std::to_string(until_year)};
      }
      return {Period::Year(start), "the sentence opens with " + std::string(opening)};
    };
    PrintedDate d = DateAt(text, i);
    if (d.year && !d.month) d.length += MonthRangeLength(text.substr(i + d.length, 24));
    // 据《某报》2022年8月20日报道: the date of a report, not of the figures.
    const std::string_view after_date = text.substr(i + d.length, 6);
    if (d.year && (after_date == "报道" || after_date.substr(0, 3) == "讯" || after_date.substr(0, 3) == "电")) d = {};
    if (d.year && from && EndsWith(clause, "以来")) {
      out = to_date(d.year, clause);
    } else if (d.year && !from) {
      const std::string_view rest = text.substr(i + d.length, 9);
      for (std::string_view after : kAfterOpeningYear) {
        if (rest.substr(0, after.size()) == after) {
          const std::string_view opening = text.substr(at, i + d.length - at);
          out = after == "以来" ? to_date(d.year, text.substr(at, i + d.length + after.size() - at))
                               : PeriodGuess{Period::Year(d.year), "the sentence opens with " + std::string(opening)};
          break;
        }
      }
    }
    // The next clause start.
    size_t next = at;
    while (next < clause_begin && !ClauseStopAt(text, next)) ++next;
    if (next >= clause_begin) break;
    at = next + ClauseStopAt(text, next);
  }
  return out;
}

// 7–8 of FindPeriod: the year a passage written on `date` speaks of, from
// its words for the time (去年, 过去一年 early in a year, 今年), else the date's year.
PeriodGuess RelativeToDate(std::string_view body, const DocumentDate& date) {
  std::string cue, evidence;
  const std::string of = " in a document of " + DateText(date) + " (" + date.evidence + ")";
  const bool early = ReviewsLastYear(date);
  if (ContainsAny(body, {"去年", "上一年"}, &cue) && !ContainsAny(body, {"今年", "一年来", "过去一年"}, &evidence)) {
    return {Period::Year(date.year - 1), cue + of};
  }
  if (early && ContainsAny(body, {"过去一年", "一年来", "过去的一年", "全年"}, &cue)) {
    return {Period::Year(date.year - 1), cue + of};
  }
  if (ContainsAny(body, {"今年以来", "今年", "一年来", "过去一年", "全年"}, &cue)) {
    return {Period::Year(date.year), cue + of};
  }
  return {Period::Year(date.year), "the document's date (" + date.evidence + ")"};
}

// The date a passage's first lines open with when it is a full date followed
// by a comma (2022年7月14日，采访团走进…): its event's day; unknown if none.
DocumentDate OpeningEventDate(std::string_view body) {
  DocumentDate out;
  int lines = 0;
  ForEachTrimmedLine(body, [&](std::string_view l) {
    size_t start = 0;
    while (StartsWith(l, start, "　")) start += std::string_view("　").size();
    const PrintedDate d = DateAt(l, start);
    if (d.year && d.month && d.day && (StartsWith(l, start + d.length, "，") || StartsWith(l, start + d.length, ","))) {
      out = {d.year, d.month, "the opening event's date: " + std::string(l.substr(start, d.length))};
      return true;
    }
    return ++lines >= 3;
  });
  return out;
}

PeriodGuess FindPeriod(const PeriodSources& given) {
  // A heading dated in brackets (◎滨州市惠民县（2023年9月）, 【山西·阳泉】平定县：
  // …（2024年12月30日）) dates its own passage in a compilation, whatever the
  // document's first date says.
  PeriodSources in = given;
  if (const PrintedDate d = FirstFullDate(in.heading);
      d.year && (d.year != in.date.year || d.month != in.date.month)) {
    in.date = {d.year, d.month, "heading: " + std::string(in.heading)};
  }
  // A passage quoting a dated source — a meeting's report (九届五次会议
  // （2025年2月）上的工作报告显示，过去一年…), a press report (据《某报》
  // 2022年8月20日报道，截至发稿…) — is dated by it.
  // A news item with no printed date that opens with its event's date
  // (2022年7月14日，采访团走进…) was written then: 截至目前 and 今年 read against it.
  if (!in.date.known()) in.date = OpeningEventDate(in.body);
  // A paragraph that opens by citing a press report retells it: dated by the
  // report even in a later document (a research note compiling reports).
  bool retold = false;
  if (!in.date.known() || FindBytes(in.body, "据《") != std::string_view::npos) {
    if (const DocumentDate d = QuotedSourceDate(in.body, &retold); d.known() && (!in.date.known() || retold)) {
      in.date = d;
    }
  }
  // 1–2. The passage's heading, then the document's title.
  if (PeriodGuess g = TitlePeriod(in.heading, in.body, in.date, "title"); g.period.known()) return g;
  PeriodGuess from_title;
  ForEachTrimmedLine(in.doc_title, [&](std::string_view line) {
    from_title = TitlePeriod(line, in.body, in.date, "document title");
    return from_title.period.known();
  });
  if (from_title.period.known()) return from_title;
  std::string cue;
  std::string evidence;
  // A five-year plan named as the time (“十四五”时期, 十三五期间): its years
  // are printed, so it wins over a term counted back from a date.
  // One that starts after the document was written is a plan ahead.
  if (const Period plan = FiveYearPlan(FirstChars(in.body, 600), &evidence);
      plan.known() && (!in.date.known() || plan.first_year <= in.date.year)) {
    return {plan, evidence + " (a five-year plan)"};
  }
  // A five-year term opening the body (五年来，市政协…), ending with the
  // latest year printed; a report given in January–March reviews the years
  // up to the one before.
  if (ContainsAny(FirstChars(in.body, 400), {"五年来", "这五年", "本届以来"}, &cue)) {
    int latest = std::max(LatestYear(in.body), in.date.year);
    std::string why = "ending with the latest year printed, " + std::to_string(latest);
    if (latest == in.date.year && ReviewsLastYear(in.date)) {
      latest = in.date.year - 1;
      why = "ending with the year before a report of " + DateText(in.date);
    }
    if (latest) return {Period::Span(latest, 5), cue + " (a five-year term) " + why};
    return {Period{}, cue + " (a five-year term) but no year printed"};
  }
  // 3.
  if (const int y = ReviewHeadingYear(in.body, &evidence)) {
    return {Period::Year(y), "heading: " + evidence};
  }
  // 4–5.
  std::string since_evidence;
  int since = SinceYear(in.body, &since_evidence);
  if (!since) since = FiveYearPlanStart(in.body, &since_evidence);
  int from_year = 0;
  if (int y = AsOfYear(in.body, &evidence, &from_year)) {
    // A count to date runs from the start of what it counts, where the
    // passage says when that began (a pilot, a launch).
    if (from_year) since_evidence = "从" + std::to_string(from_year) + "年";
    const int start = from_year ? from_year : since ? since : StartEventYear(in.body, &since_evidence);
    if (y < 0) {
      // To date: the document's date, else the year its file is named by.
      if (in.date.known()) {
        y = in.date.year;
        evidence += " in a document of " + DateText(in.date);
      } else if (in.file_year) {
        y = in.file_year;
        evidence += " in a file named by the year " + std::to_string(y);
      } else {
        return {Period{}, evidence + " but the document's date is not printed"};
      }
    }
    if (start && start < y) return {Period{start, y}, since_evidence + " … " + evidence};
    return {Period::Year(y), evidence};
  }
  if (since) {
    if (in.date.year > since) {
      // A page of January counts to the end of the year before it (2023年以来 on 2024-01-03).
      const int until = ReviewsLastYear(in.date) ? in.date.year - 1 : in.date.year;
      return {Period{since, until}, since_evidence + " to " + DateText(in.date)};
    }
    if (!in.date.known() && in.file_year > since) {
      return {Period{since, in.file_year}, since_evidence + " to the year the file is named by"};
    }
    return {Period::Year(since), since_evidence};
  }
  // 6a. A passage that opens with its event's full date (2025年2月17日，…会议
  // 开幕) and then looks back (报告回顾过去一年, 去年) is dated by that event,
  // as rules 7–8 read a document's date.
  if (const DocumentDate event = OpeningEventDate(in.body); event.known()) {
    if (ContainsAny(in.body, {"去年", "上一年", "过去一年", "过去的一年", "一年来"}, &cue)) {
      return RelativeToDate(in.body, event);
    }
  }
  // 6.
  // In a dated document only a year that opens a paragraph (2013年，宜昌市
  // 政协深入开展…) is the passage's: one opening a sentence inside a paragraph
  // (在市一级，…。2018年，市政协…) tells of that year, and its own figures are
  // dated by the sentence (StatedPeriod).
  if (const int y = OpeningYear(in.body, in.date.known(), &evidence)) return {Period::Year(y), "opening: " + evidence};
  // 7–8.
  if (in.date.known()) return RelativeToDate(in.body, in.date);
  // 9.
  if (in.file_year) return {Period::Year(in.file_year), "the year in the file name"};
  return {Period{}, "no year printed: give the year in manifest.csv"};
}

}  // namespace peercard
