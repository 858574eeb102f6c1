#include "extract/document_date.h"

#include <vector>

#include "base/affix.h"
#include "base/utf8.h"

namespace peercard {

namespace {

constexpr std::string_view kNian = "年";
constexpr std::string_view kYue = "月";
constexpr std::string_view kRi = "日";
constexpr int kMinYear = 1990;
constexpr int kMaxYear = 2100;
// Lines read from each end of a document for its date.
constexpr int kHeadLines = 10;
constexpr int kTailLines = 6;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool StartsWith(std::string_view s, size_t i, std::string_view p) { return s.substr(i, p.size()) == p; }

// 〇一二…九 (and 零) as one digit; -1 if none. Decodes only three-byte
// characters led by E3, E4, E5 or E9, where these live.
int ChineseDigit(std::string_view s, size_t i, size_t* len) {
  if (i + 3 > s.size()) return -1;
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead != 0xE3 && lead != 0xE4 && lead != 0xE5 && lead != 0xE9) return -1;
  const char32_t c = ((lead & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                     (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
  int d = -1;
  switch (c) {
    case U'〇': case U'零': d = 0; break;
    case U'一': d = 1; break;
    case U'二': d = 2; break;
    case U'三': d = 3; break;
    case U'四': d = 4; break;
    case U'五': d = 5; break;
    case U'六': d = 6; break;
    case U'七': d = 7; break;
    case U'八': d = 8; break;
    case U'九': d = 9; break;
    default: return -1;
  }
  *len = 3;
  return d;
}

// A month or day number, 1–31: ASCII digits or 一 … 三十一 (十二, 二十五).
int SmallNumberAt(std::string_view s, size_t i, size_t* len) {
  size_t j = i;
  int n = 0;
  while (j < s.size() && IsDigit(s[j]) && j - i < 2) n = n * 10 + (s[j++] - '0');
  if (j > i) {
    *len = j - i;
    return n;
  }
  size_t l = 0;
  int tens = 0;
  int d = ChineseDigit(s, j, &l);
  if (d > 0 && StartsWith(s, j + l, "十")) {
    tens = d;
    j += l;
    d = -1;
  }
  if (StartsWith(s, j, "十")) {
    tens = tens ? tens : 1;
    j += 3;
    d = ChineseDigit(s, j, &l);
    if (d > 0) j += l;
    n = tens * 10 + (d > 0 ? d : 0);
  } else if (d > 0) {
    j += l;
    n = d;
  } else {
    return 0;
  }
  *len = j - i;
  return n;
}


}  // namespace

PrintedDate FirstFullDate(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    // A date starts with an ASCII digit or a Chinese digit.
    size_t l = 0;
    if (!IsDigit(line[i]) && ChineseDigit(line, i, &l) < 0) continue;
    const PrintedDate d = DateAt(line, i);
    if (d.year && d.month) return d;
    if (d.year) i += d.length - 1;
  }
  return {};
}

namespace {

bool Bracketed(std::string_view t) {
  return (StartsWith(t, 0, "（") || StartsWith(t, 0, "(")) &&
         (t.size() >= 3 && (t.substr(t.size() - 3) == "）" || t.back() == ')'));
}

constexpr std::string_view kPublishCues[] = {"发布时间", "发布日期", "发表时间", "发稿时间", "更新时间", "日期：",
                                             "日期:",   "时间：",   "时间:"};

// The date a line states as the document's, with what kind of line it is.
PrintedDate DateOfLine(std::string_view line, std::string* kind) {
  std::string_view t = line;
  ForEachTrimmedLine(line, [&](std::string_view l) {
    t = l;
    return true;
  });
  if (t.empty() || CountChars(t) > 80) return {};
  // Every publication cue holds 时间 or 日期: one look before nine.
  const bool cued = t.find("时间") != std::string_view::npos || t.find("日期") != std::string_view::npos;
  for (std::string_view cue : kPublishCues) {
    if (!cued) break;
    const size_t at = t.find(cue);
    if (at == std::string_view::npos) continue;
    const PrintedDate d = FirstFullDate(t.substr(at));
    if (d.year) {
      *kind = "publication line";
      return d;
    }
  }
  const PrintedDate d = FirstFullDate(t);
  if (!d.year) return {};
  if (Bracketed(t)) {
    *kind = "dateline";
    return d;
  }
  if (StartsWith(t, 0, "——") || StartsWith(t, 0, "—")) {
    *kind = "date under the title";
    return d;
  }
  // A date alone on its line; also the last piece of a bracketed line that
  // PDF extraction split at its wide spaces ("（2024年第6期", …, "2024年12月）").
  std::string_view alone = t;
  for (std::string_view close : {"）", ")"}) {
    if (alone.size() > close.size() && alone.substr(alone.size() - close.size()) == close) {
      alone.remove_suffix(close.size());
    }
  }
  if (DateAt(alone, 0).year && DateAt(alone, 0).length == alone.size()) {
    *kind = "date line";
    return d;
  }
  // A newspaper's masthead or a page's header: a full date in a line of
  // labels, no sentence (今日竹山 电子版 2020年11月13日 星期五 第2版：要闻).
  const bool labels = t.find("。") == std::string_view::npos && t.find("，") == std::string_view::npos &&
                      t.find(',') == std::string_view::npos;
  if (d.day && labels) {
    *kind = "masthead";
    return d;
  }
  // A bulletin's issue line: who compiled it, then the date that ends the
  // line (山东省政协办公厅编        2023年9月).
  // (Layout repair may have joined the two: 山东省政协办公厅编2023年9月.)
  // Only a line ending as a date with its month does (…月, …日, …号), and a
  // date starts with a digit or a Chinese digit.
  if (labels && (EndsWith(t, "月") || EndsWith(t, "日") || EndsWith(t, "号"))) {
    for (size_t i = 0; i < t.size(); ++i) {
      size_t l = 0;
      if (!IsDigit(t[i]) && ChineseDigit(t, i, &l) < 0) continue;
      const PrintedDate end = DateAt(t, i);
      if (end.year && end.month && i + end.length == t.size() && i > 0) {
        *kind = "issue line";
        return end;
      }
    }
  }
  return {};
}

}  // namespace

int YearAt(std::string_view text, size_t i, size_t* len) {
  if (i > 0 && IsDigit(text[i - 1])) return 0;
  if (i + 4 <= text.size() && IsDigit(text[i]) && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) &&
      IsDigit(text[i + 3]) && StartsWith(text, i + 4, kNian)) {
    const int y = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
    if (y < kMinYear || y > kMaxYear) return 0;
    *len = 4 + kNian.size();
    return y;
  }
  // 二〇二三年: four Chinese digits, not continuing a longer numeral.
  int y = 0;
  size_t j = i;
  for (int k = 0; k < 4; ++k) {
    size_t l = 0;
    const int d = ChineseDigit(text, j, &l);
    if (d < 0) return 0;
    y = y * 10 + d;
    j += l;
  }
  if (!StartsWith(text, j, kNian) || y < kMinYear || y > kMaxYear) return 0;
  *len = j + kNian.size() - i;
  return y;
}

PrintedDate DateAt(std::string_view text, size_t i) {
  PrintedDate d;
  size_t len = 0;
  if (const int y = YearAt(text, i, &len)) {
    d.year = y;
    size_t j = i + len;
    size_t l = 0;
    const int m = SmallNumberAt(text, j, &l);
    if (m >= 1 && m <= 12 && StartsWith(text, j + l, kYue)) {
      d.month = m;
      j += l + kYue.size();
      const int day = SmallNumberAt(text, j, &l);
      if (day >= 1 && day <= 31 && (StartsWith(text, j + l, kRi) || StartsWith(text, j + l, "号"))) {
        d.day = day;
        j += l + 3;
      }
    }
    d.length = j - i;
    return d;
  }
  // 2024-01-20, 2024/1/20, 2024.01.20: digits only, month required.
  if (i > 0 && IsDigit(text[i - 1])) return d;
  if (i + 6 > text.size()) return d;
  for (int k = 0; k < 4; ++k) {
    if (!IsDigit(text[i + k])) return d;
  }
  const char sep = text[i + 4];
  if (sep != '-' && sep != '/' && sep != '.') return d;
  const int y = std::stoi(std::string(text.substr(i, 4)));
  size_t l = 0;
  const int m = SmallNumberAt(text, i + 5, &l);
  if (y < kMinYear || y > kMaxYear || m < 1 || m > 12 || !IsDigit(text[i + 5])) return d;
  size_t j = i + 5 + l;
  d.year = y;
  d.month = m;
  if (j < text.size() && text[j] == sep) {
    const int day = SmallNumberAt(text, j + 1, &l);
    if (day >= 1 && day <= 31 && IsDigit(text[j + 1])) {
      d.day = day;
      j += 1 + l;
    }
  }
  d.length = j - i;
  return d;
}

bool IsDateLine(std::string_view line) { return DateLineDate(line).year != 0; }

PrintedDate DateLineDate(std::string_view line) {
  std::string kind;
  return DateOfLine(line, &kind);
}

DocumentDate FindDocumentDate(std::string_view text) {
  std::vector<std::string_view> lines;
  ForEachTrimmedLine(text, [&](std::string_view l) {
    lines.push_back(l);
    return false;
  });
  auto from = [&](size_t k) -> DocumentDate {
    std::string kind;
    const PrintedDate d = DateOfLine(lines[k], &kind);
    if (!d.year) return {};
    return {d.year, d.month, kind + ": " + std::string(lines[k])};
  };
  for (size_t k = 0; k < lines.size() && k < kHeadLines; ++k) {
    if (DocumentDate d = from(k); d.known()) return d;
  }
  for (size_t n = 0; n < lines.size() && n < kTailLines; ++n) {
    if (DocumentDate d = from(lines.size() - 1 - n); d.known()) return d;
  }
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
        return {year, 0, "今年是" + std::string(e.cue) + std::to_string(n) + "周年 → " + std::to_string(year)};
      }
    }
  }
  return {};
}

int FileNameYear(std::string_view path) {
  for (size_t i = 0; i + 4 <= path.size(); ++i) {
    if (!IsDigit(path[i]) || (i > 0 && IsDigit(path[i - 1]))) continue;
    size_t j = i;
    while (j < path.size() && IsDigit(path[j])) ++j;
    if (j - i != 4) {
      i = j;
      continue;
    }
    const int y = std::stoi(std::string(path.substr(i, 4)));
    if (y >= kMinYear && y <= kMaxYear) return y;
    i = j;
  }
  return 0;
}

}  // namespace peercard
