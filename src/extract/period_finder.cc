#include "extract/period_finder.h"

#include <algorithm>
#include <cstring>

#include "base/utf8.h"

namespace peercard {

namespace {

constexpr std::string_view kNian = "年";
constexpr int kMinYear = 1990;
constexpr int kMaxYear = 2100;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// 〇一二…九 as digits of a year written in Chinese.
int ChineseYearDigit(std::string_view s, size_t i, size_t* len) {
  static constexpr std::string_view kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  for (int d = 0; d < 10; ++d) {
    if (s.substr(i, kDigits[d].size()) == kDigits[d]) {
      *len = kDigits[d].size();
      return d;
    }
  }
  if (s.substr(i, 3) == "零") {
    *len = 3;
    return 0;
  }
  return -1;
}

bool StartsWith(std::string_view s, size_t i, std::string_view p) { return s.substr(i, p.size()) == p; }

// Years printed in text, ignoring dates of photos (2022年6月24日) is not
// needed: the latest year is what a term summary ends with.
int LatestYear(std::string_view text) {
  int latest = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    size_t len = 0;
    const int y = YearAt(text, i, &len);
    if (y) {
      latest = std::max(latest, y);
      i += len - 1;
    }
  }
  return latest;
}

int FirstYearIn(std::string_view text, size_t* at) {
  for (size_t i = 0; i < text.size(); ++i) {
    size_t len = 0;
    if (const int y = YearAt(text, i, &len)) {
      *at = i;
      return y;
    }
  }
  return 0;
}

// "2021—2025年", "2021-2025年", "2021年至2025年": a range in a title.
bool RangeIn(std::string_view text, Period* p) {
  for (size_t i = 0; i + 4 < text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) continue;
    if (!(IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && IsDigit(text[i + 3]))) continue;
    const int first = std::stoi(std::string(text.substr(i, 4)));
    size_t j = i + 4;
    if (StartsWith(text, j, kNian)) j += kNian.size();
    bool dash = false;
    for (std::string_view sep : {"—", "－", "-", "–", "～", "~", "至", "到"}) {
      if (StartsWith(text, j, sep)) {
        j += sep.size();
        dash = true;
        break;
      }
    }
    if (!dash) continue;
    size_t len = 0;
    if (j + 4 <= text.size() && IsDigit(text[j])) {
      const std::string_view rest = text.substr(j);
      if (rest.size() >= 4 && IsDigit(rest[1]) && IsDigit(rest[2]) && IsDigit(rest[3])) {
        const int last = std::stoi(std::string(rest.substr(0, 4)));
        if (first >= kMinYear && last > first && last <= kMaxYear) {
          *p = {first, last};
          return true;
        }
      }
    }
    (void)len;
  }
  return false;
}

bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> cues, std::string* which) {
  for (std::string_view c : cues) {
    if (text.find(c) != std::string_view::npos) {
      *which = std::string(c);
      return true;
    }
  }
  return false;
}

}  // namespace

int YearAt(std::string_view text, size_t i, size_t* len) {
  if (i > 0 && IsDigit(text[i - 1])) return 0;
  if (i + 4 <= text.size() && IsDigit(text[i]) && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) &&
      IsDigit(text[i + 3]) && StartsWith(text, i + 4, kNian) && (i + 4 == text.size() || !IsDigit(text[i + 4]))) {
    const int y = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
    if (y < kMinYear || y > kMaxYear) return 0;
    *len = 4 + kNian.size();
    return y;
  }
  // 二〇二三年: four Chinese digits, the first 一 or 二.
  int y = 0;
  size_t j = i;
  for (int k = 0; k < 4; ++k) {
    size_t l = 0;
    const int d = ChineseYearDigit(text, j, &l);
    if (d < 0) return 0;
    y = y * 10 + d;
    j += l;
  }
  if (!StartsWith(text, j, kNian) || y < kMinYear || y > kMaxYear) return 0;
  *len = j + kNian.size() - i;
  return y;
}

PeriodGuess FindReportYear(std::string_view text) {
  // "今年是人民政协成立75周年": an anniversary stated of the present year.
  struct Epoch {
    std::string_view cue;
    int founded;
  };
  static constexpr Epoch kEpochs[] = {{"人民政协成立", 1949}, {"新中国成立", 1949}, {"中华人民共和国成立", 1949},
                                      {"中国共产党成立", 1921}, {"建党", 1921}};
  for (size_t at = text.find("今年是"); at != std::string_view::npos; at = text.find("今年是", at + 1)) {
    const std::string_view clause = text.substr(at, 60);
    for (const Epoch& e : kEpochs) {
      const size_t c = clause.find(e.cue);
      if (c == std::string_view::npos) continue;
      size_t j = c + e.cue.size();
      int n = 0;
      while (j < clause.size() && IsDigit(clause[j])) n = n * 10 + (clause[j++] - '0');
      if (n > 0 && StartsWith(clause, j, "周年")) {
        const int year = e.founded + n;
        return {Period::Year(year), "今年是" + std::string(e.cue) + std::to_string(n) + "周年 → " +
                                        std::to_string(year)};
      }
    }
  }
  return {Period{}, "no report year printed"};
}

PeriodGuess FindPeriod(std::string_view title, std::string_view body, const PeriodGuess& report_year) {
  Period range;
  if (RangeIn(title, &range)) return {range, "title: " + range.ToString()};
  std::string cue;
  const bool term = ContainsAny(title, {"五年工作", "五年来", "五年履职", "本届"}, &cue) ||
                    ContainsAny(FirstChars(body, 400), {"五年来", "这五年", "本届以来"}, &cue);
  size_t at = 0;
  if (!term) {
    if (const int y = FirstYearIn(title, &at)) return {Period::Year(y), "title: " + std::to_string(y) + "年"};
  }
  if (term) {
    const int latest = std::max(LatestYear(body), report_year.period.last_year);
    if (latest) {
      return {Period::Span(latest, 5), cue + " (a five-year term) ending with the latest year printed, " +
                                           std::to_string(latest)};
    }
    return {Period{}, cue + " (a five-year term) but no year printed"};
  }
  // Only the first clause: "今年是…75周年，…自1983年…" must not read as 1983.
  std::string_view opening = FirstChars(body, 30);
  for (std::string_view stop : {"，", ",", "。", "\n"}) opening = opening.substr(0, opening.find(stop));
  if (const int y = FirstYearIn(opening, &at)) {
    return {Period::Year(y), "opening: " + std::to_string(y) + "年"};
  }
  if (report_year.period.known()) {
    if (ContainsAny(body, {"一年来", "今年", "过去一年", "全年"}, &cue)) {
      return {report_year.period, cue + " of the report year (" + report_year.reason + ")"};
    }
    return {report_year.period, "the report year (" + report_year.reason + ")"};
  }
  return {Period{}, "no year printed: give the year in manifest.csv"};
}

}  // namespace peercard
