#include "ingest/layout_repair.h"

#include <algorithm>
#include <cstring>
#include <string_view>

#include "base/punctuation.h"
#include "base/utf8.h"

namespace peercard {

namespace {

// ---- Character classes. The text is NFKC already: full-width ，：；！？（）
// are ASCII , : ; ! ? ( ) here, U+3000 is a space and … is "...", while
// 。、“”《》「」 and —— have no compatibility form and stay as they are.

bool IsCjk(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x323AF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x3040 && c <= 0x30FA) || c == 0x3005 || c == 0x3007;
}

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

bool IsAsciiPunct(char32_t c) {
  return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
}

bool IsCjkPunct(char32_t c) {
  return (c >= 0x3000 && c <= 0x303F && c != 0x3005 && c != 0x3007) || (c >= 0x2010 && c <= 0x2027) ||
         (c >= 0xFE10 && c <= 0xFE6F) || (c >= 0xFF01 && c <= 0xFF65 && !(c >= 0xFF10 && c <= 0xFF19) &&
                                          !(c >= 0xFF21 && c <= 0xFF3A) && !(c >= 0xFF41 && c <= 0xFF5A)) ||
         c == 0x00B7 || c == 0x30FB;
}


bool IsOpening(char32_t c) {
  return c == 0x201C || c == 0x2018 || c == '(' || c == '"' || c == '\'' || c == '[' || c == 0x300A ||
         c == 0x3008 || c == 0x300C || c == 0x300E || c == 0x3010 || c == 0x3014 || c == 0xFF08;
}

bool IsClosing(char32_t c) {
  return c == 0x201D || c == 0x2019 || c == ')' || c == '"' || c == '\'' || c == ']' || c == 0x300B ||
         c == 0x3009 || c == 0x300D || c == 0x300F || c == 0x3011 || c == 0x3015 || c == 0xFF09;
}

// A mark after which a sentence goes on: ，、： (ASCII , : after NFKC), an
// opening quote or bracket, and % (a line may break after "98%").
bool IsNonFinalPunct(char32_t c) {
  return c == ',' || c == 0x3001 || c == ':' || c == '%' || c == 0xFF0C || c == 0xFF1A || IsOpening(c);
}

// What running text has and headings lack: 。，；. Not 、, which headings
// use ("坚持正确政治方向 强化“团结、同向、同行”的政治属性", "（兰州市政协党组书记、主席）").
bool IsSentencePunct(char32_t c) { return c == 0x3002 || c == ',' || c == ';' || c == 0xFF0C || c == 0xFF1B; }

// A line ending in one of these goes on: ，、： (ASCII , : after NFKC).
bool IsContinuation(char32_t c) { return c == ',' || c == 0x3001 || c == ':' || c == 0xFF0C || c == 0xFF1A; }

bool IsChineseNumeral(char32_t c) {
  return c == U'一' || c == U'二' || c == U'三' || c == U'四' || c == U'五' || c == U'六' || c == U'七' ||
         c == U'八' || c == U'九' || c == U'十' || c == U'百' || c == U'零' || c == U'〇';
}

bool IsBlank(char b) { return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == '\v'; }

// Decodes the character at s[*i] (base/utf8's DecodeUtf8) and advances *i
// past it.
char32_t Next(std::string_view s, size_t* i) {
  size_t len = 1;
  const char32_t c = DecodeUtf8(s, *i, &len);
  *i += len;
  return c;
}

char32_t At(std::string_view s, size_t i) { return i < s.size() ? Next(s, &i) : 0; }

// Next() that returns 0 at the end of s.
char32_t Take(std::string_view s, size_t* i) { return *i < s.size() ? Next(s, i) : 0; }

enum class Marker { kNone, kBullet, kNumbered };

// The list marker that starts at s[i], if any: a bullet (▲ ■ ● ★ ※ •), a
// dash (——) or a label in brackets (【案例三】), or a number: 一、 二十一、 (一) (1) 1、 1) and "1." not followed by
// a digit.
Marker MarkerAt(std::string_view s, size_t i) {
  {
    // A case label: 例一　成都市武侯区…, 案例3：宜昌市…
    size_t j = i;
    char32_t l = Take(s, &j);
    if (l == U'案') l = Take(s, &j) == U'例' ? U'例' : 0;
    if (l == U'例') {
      int numerals = 0;
      char32_t n = Take(s, &j);
      while ((IsChineseNumeral(n) || IsDigit(n)) && numerals <= 3) {
        ++numerals;
        n = Take(s, &j);
      }
      if (numerals > 0 && numerals <= 3 &&
          (n == ' ' || n == 0x3000 || n == '\t' || n == 0xFF1A || n == ':' || n == 0x3001)) {
        return Marker::kNumbered;
      }
    }
  }
  char32_t c = Take(s, &i);
  if ((c >= 0x25A0 && c <= 0x25FF) || c == 0x2605 || c == 0x2606 || c == 0x2022 || c == 0x203B || c == 0x2014 ||
      c == 0x2015 || c == 0x2500 || c == 0x3010) {
    return Marker::kBullet;
  }
  const bool paren = c == '(' || c == 0xFF08;
  if (paren) c = Take(s, &i);
  const bool chinese = IsChineseNumeral(c);
  if (!chinese && !IsDigit(c)) return Marker::kNone;
  int count = 0;
  while ((chinese ? IsChineseNumeral(c) : IsDigit(c)) && count <= 3) {
    ++count;
    c = Take(s, &i);
  }
  if (count > (chinese ? 3 : 2)) return Marker::kNone;
  const bool numbered = paren ? (c == ')' || c == 0xFF09)
                              : c == 0x3001 || (!chinese && (c == ')' || (c == '.' && !IsDigit(At(s, i)))));
  return numbered ? Marker::kNumbered : Marker::kNone;
}

// True if the physical line starting at s[i] looks like a heading: no
// sentence punctuation, and a blank line (or the end) after it. Reads only
// that line and the next.
bool HeadingLineAt(std::string_view s, size_t i) {
  while (i < s.size() && s[i] != '\n' && s[i] != '\r') {
    if (IsSentencePunct(Next(s, &i))) return false;
  }
  if (i < s.size() && s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
  if (i < s.size()) ++i;  // the line break
  while (i < s.size() && IsBlank(s[i]) && s[i] != '\n' && s[i] != '\r') ++i;
  return i == s.size() || s[i] == '\n' || s[i] == '\r';
}

// A comma-only line shorter than this, on its own between blank lines, is
// taken for a heading ("抓学习，坚定政治自信凝心铸魂", 14 characters); body lines of
// a hard-wrapped column are about 20 wide.
constexpr uint32_t kMinProseLineChars = 20;

// Index of the first whitespace byte at or after s[i], or s.size(). Skips
// eight bytes at a time while none of them is below 0x21.
size_t FindBlank(std::string_view s, size_t i) {
  const size_t n = s.size();
  while (i < n) {
    uint64_t word;
    while (i + 8 <= n && (std::memcpy(&word, s.data() + i, 8),
                          ((word - 0x2121212121212121ULL) & ~word & 0x8080808080808080ULL) == 0)) {
      i += 8;
    }
    for (const size_t stop = std::min(n, i + 8); i < stop; ++i) {
      if (IsBlank(s[i])) return i;
    }
  }
  return n;
}

// Start of the character that ends just before s[i]. REQUIRES: i > 0.
size_t CharStartBefore(std::string_view s, size_t i) { return PrevCharStart(s, i); }

bool IsHorizontalBlank(char b) { return b == ' ' || b == '\t' || b == '\f' || b == '\v'; }

// The logical line being written, out[start, end of output): physical lines
// joined by rules 1 and 2 make one. What rule 2 asks of it is counted only
// when rule 2 asks, from `scanned` on, so each byte is looked at once at most.
struct Line {
  size_t start = 0;
  bool wrapped = false;    // a single line break inside it was removed
  bool numbered = false;   // starts with 一、 (一) 1、: a heading
  bool marked = false;     // starts with ▲ or ——: a caption or a title
  size_t physical_start = 0;  // where the current physical line starts in the output
  size_t scanned = 0;
  uint32_t chars = 0;      // counted up to kMinProseLineChars
  bool has_punct = false;  // 。，；
  bool has_end = false;    // a sentence ended inside it: 。！？；

  // Catches up with out. Byte for byte what IsSentencePunct says, and not
  // '.' for has_end: it is also the decimal point of "58.7%".
  void Scan(std::string_view out) {
    for (size_t i = scanned; i < out.size(); ++i) {
      const auto b = static_cast<unsigned char>(out[i]);
      if (chars < kMinProseLineChars && (b & 0xC0) != 0x80) ++chars;
      if (b == ',') {
        has_punct = true;
      } else if (b == ';') {
        has_punct = has_end = true;
      } else if (b == '!' || b == '?') {
        has_end = true;
      } else if (b == 0xE3 && out.compare(i, 3, "\xE3\x80\x82") == 0) {  // 。
        has_punct = has_end = true;
      } else if (b == 0xEF && i + 2 < out.size() && out[i + 1] == '\xBC') {
        const char c = out[i + 2];
        has_punct = has_punct || c == '\x8C' || c == '\x9B';              // ，；
        has_end = has_end || c == '\x81' || c == '\x9F' || c == '\x9B';  // ！？；
      }
    }
    scanned = out.size();
  }
};

// The last two characters written before a whitespace run (spaces and tabs
// skipped), '\n' at the start of a line and 0 at the start of the text.
struct Before {
  char32_t prev = 0;
  char32_t prev2 = 0;
};

Before CharsBefore(std::string_view out, const Line& line) {
  const char32_t line_start = line.start == 0 ? 0 : '\n';
  if (out.size() <= line.start) return {line_start, 0};
  const size_t last = CharStartBefore(out, out.size());
  size_t j = last;
  while (j > line.start && IsHorizontalBlank(out[j - 1])) --j;
  return {At(out, last), j > line.start ? At(out, CharStartBefore(out, j)) : line_start};
}

bool EndsSentence(const Before& b) { return IsSentenceFinal(b.prev) || (IsClosing(b.prev) && IsSentenceFinal(b.prev2)); }

// Rule 2: is the line before a blank line running text cut by the layout?
bool IsRunningText(std::string_view out, const Before& b, Line* line) {
  if (line->numbered) return false;
  line->Scan(out);
  if (!line->has_punct) return false;
  if (IsOpening(At(out, line->start)) && IsClosing(b.prev)) return false;  // （兰州市政协党组书记，主席）
  return IsContinuation(b.prev) || line->has_end || line->wrapped || line->chars >= kMinProseLineChars;
}

bool SpaceRemovable(char32_t left, char32_t right) {
  const bool l_cjk = IsCjk(left) || IsCjkPunct(left);
  const bool r_cjk = IsCjk(right) || IsCjkPunct(right);
  return (l_cjk && (r_cjk || IsDigit(right) || IsAsciiPunct(right))) ||
         (r_cjk && (IsDigit(left) || IsAsciiPunct(left)));
}

bool LineBreakRemovable(const Before& b, char32_t next) {
  const bool prev_ok =
      !EndsSentence(b) && (IsCjk(b.prev) || IsDigit(b.prev) || IsNonFinalPunct(b.prev) || IsClosing(b.prev));
  const bool next_ok = IsCjk(next) || IsDigit(next) || IsCjkPunct(next) || IsAsciiPunct(next);
  return prev_ok && next_ok;
}

// True if the physical line starting at s[i] is wholly in brackets: a
// speaker line such as "（兰州市政协党组书记、主席）".
bool BracketedLineAt(std::string_view s, size_t i) {
  if (!IsOpening(At(s, i))) return false;
  char32_t last = 0;
  while (i < s.size() && s[i] != '\n' && s[i] != '\r') {
    const char32_t c = Next(s, &i);
    if (!IsHorizontalBlank(static_cast<char>(c < 0x80 ? c : 'x'))) last = c;
  }
  return IsClosing(last);
}

// A line of hard-wrapped text is about this wide; a shorter line that ends
// in a digit is not taken to continue into the next line's digits.
constexpr uint32_t kMinWrappedLineChars = 18;

// True if text holds 。，； (or the ASCII , ; NFKC makes of the last two)
// outside brackets: a heading's note (2022年8月报道，截至发稿) is no sentence.
bool HasSentencePunct(std::string_view text) {
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '(' || text.compare(i, 3, "\xEF\xBC\x88") == 0) ++depth;  // （
    if ((c == ')' || text.compare(i, 3, "\xEF\xBC\x89") == 0) && depth > 0) --depth;  // ）
    if (depth > 0) continue;
    if (c == ',' || c == ';') return true;
    if ((c == '\xE3' && text.compare(i, 3, "\xE3\x80\x82") == 0) ||
        (c == '\xEF' && (text.compare(i, 3, "\xEF\xBC\x8C") == 0 || text.compare(i, 3, "\xEF\xBC\x9B") == 0))) {
      return true;
    }
  }
  return false;
}

// True if text ends with ）or ) closing a bracket it opened: a note such as
// （2023年9月报道，截至发稿）.
bool EndsWithClosedNote(std::string_view text) {
  while (!text.empty() && IsBlank(text.back())) text.remove_suffix(1);
  const bool wide = text.size() >= 3 && text.compare(text.size() - 3, 3, "\xEF\xBC\x89") == 0;  // ）
  if (!wide && (text.empty() || text.back() != ')')) return false;
  return text.find(wide ? "\xEF\xBC\x88" : "(") != std::string_view::npos;  // （
}

// Characters of a line, not counting whitespace.
uint32_t VisibleChars(std::string_view line) {
  uint32_t chars = 0;
  for (const char ch : line) {
    const auto b = static_cast<unsigned char>(ch);
    chars += b > 0x20 && (b < 0x80 || b >= 0xC0);  // vectorised: no branch
  }
  return chars;
}

// How many visible characters make a line full, that is, cut by the page
// width rather than ended by its writer: 70% of the 90th percentile of the
// text's line lengths. In a hard-wrapped PDF column nearly every line is full
// (seed 004: lines of 20 to 23, the first line of a paragraph two shorter for
// its indent), captions included ("▲ 陇南市政协主席…在两当县" + "调研…").
// In a text written one paragraph per line the percentile is a long
// paragraph, so a title ("——张掖市政协2023年工作综述") is not full and keeps
// its break. Only titles and captions are judged by width: in a short text
// the percentile says little, and a short line that ends mid-word
// ("下沉委员共参加基层协商活\n动") must still be joined.
//
// Also whether the text indents its paragraphs: two or more of its lines
// open with two spaces or a tab (U+3000 is a space after NFKC), and at least
// a third do not (a margin before every line is no indent). Then an indented
// line opens a paragraph; the continuation lines of a column are the others.
struct LineStats {
  uint32_t full_chars = 0;
  bool indents_paragraphs = false;
};

// A line opens with an indent: two spaces or a tab.
bool Indented(std::string_view line) {
  return (line.size() >= 2 && line[0] == ' ' && line[1] == ' ') || (!line.empty() && line[0] == '\t');
}

LineStats ReadLineStats(std::string_view s) {
  constexpr uint32_t kCap = 4096;
  std::vector<uint32_t> histogram(kCap + 1);
  uint32_t lines = 0, indented = 0;
  const bool lone_cr = s.find('\r') != std::string_view::npos;
  for (size_t i = 0; i < s.size();) {
    size_t end = lone_cr ? s.find_first_of("\r\n", i) : s.find('\n', i);
    if (end == std::string_view::npos) end = s.size();
    const std::string_view line = s.substr(i, end - i);
    const uint32_t chars = VisibleChars(line);
    if (chars > 0) {
      ++histogram[std::min(chars, kCap)];
      ++lines;
      indented += Indented(line);
    }
    i = end + 1;
  }
  LineStats stats;
  stats.indents_paragraphs = indented >= 2 && (lines - indented) * 3 >= lines;
  const uint32_t wanted = lines - lines / 10;  // lines at or below the 90th percentile
  uint32_t seen = 0;
  for (uint32_t len = 1; len <= kCap; ++len) {
    seen += histogram[len];
    if (seen >= wanted && seen > 0) {
      stats.full_chars = (len * 7 + 9) / 10;
      break;
    }
  }
  return stats;
}

// True if the spaces and tabs just before s[next_pos] indent its line.
bool IndentedAt(std::string_view s, size_t next_pos) {
  size_t k = next_pos;
  while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t')) --k;
  return (k == 0 || s[k - 1] == '\n' || s[k - 1] == '\r') && Indented(s.substr(k, next_pos - k));
}

// Whether the whitespace run between out (the text written so far) and
// s[next_pos] goes. stats: see ReadLineStats.
bool ShouldJoin(std::string_view out, Line* line, int newlines, std::string_view s, size_t next_pos,
                const LineStats& stats) {
  const uint32_t full_chars = stats.full_chars;
  const Before b = CharsBefore(out, *line);
  const char32_t next = At(s, next_pos);
  if (newlines == 0) return SpaceRemovable(b.prev, next);
  if (!LineBreakRemovable(b, next) || MarkerAt(s, next_pos) != Marker::kNone) return false;
  // Speaker lines keep their own line, before and after.
  if (BracketedLineAt(s, next_pos)) return false;
  if (IsOpening(At(out, line->start)) && IsClosing(b.prev)) return false;
  if (newlines == 1) {
    // After ，、：“（ a sentence always goes on. A title or caption (▲, ——)
    // without sentence punctuation keeps its line unless it is full: then
    // the page width cut it.
    if (IsNonFinalPunct(b.prev)) return true;
    // A text that indents its paragraphs opens one at an indented line
    // (after a heading as wide as the column: 一、上海市：以街镇…为依托).
    if (stats.indents_paragraphs && IndentedAt(s, next_pos)) return false;
    const std::string_view physical = out.substr(line->physical_start);
    // A numbered heading (一、宜昌市：联合编组（2013年）) likewise; one that
    // ends by closing its note in brackets is whole however wide it is.
    if ((line->marked || line->numbered) && !HasSentencePunct(physical) &&
        (VisibleChars(physical) < full_chars || EndsWithClosedNote(physical))) {
      return false;
    }
    if (!IsDigit(b.prev) || !IsDigit(next)) return true;
    // "问题8\n6件" in a wrapped column; "2022\n2023" in a table stays apart.
    line->Scan(out);
    return line->wrapped || line->chars >= kMinWrappedLineChars;
  }
  return (IsCjk(next) || IsOpening(next)) && IsRunningText(out, b, line) && !HeadingLineAt(s, next_pos);
}

Line NewLine(std::string_view s, size_t next_pos, size_t w) {
  Line line;
  line.start = line.scanned = w;
  const Marker marker = MarkerAt(s, next_pos);
  line.numbered = marker == Marker::kNumbered;
  line.marked = marker == Marker::kBullet;
  line.physical_start = w;
  return line;
}

}  // namespace

void RepairLayout(std::string* text, OffsetMap* map) {
  std::string& s = *text;
  const size_t n = s.size();
  OffsetMap repair;  // repaired byte → byte of s before the repair
  size_t r = 0;  // read position
  size_t w = 0;  // write position; never ahead of r, so the pass works in place
  size_t first = 0;
  while (first < n && IsBlank(s[first])) ++first;
  Line line = NewLine(s, first, 0);
  const LineStats stats = ReadLineStats(s);
  while (r < n) {
    const size_t blank = FindBlank(s, r);
    if (blank > r) {  // copy the run of other bytes up to it
      const size_t len = blank - r;
      if (w != r) std::memmove(s.data() + w, s.data() + r, len);
      repair.AppendInStep(r, len);
      w += len;
      r = blank;
      continue;
    }
    size_t end = r;
    int newlines = 0;
    for (; end < n && IsBlank(s[end]); ++end) {
      if (s[end] == '\n' || (s[end] == '\r' && (end + 1 == n || s[end + 1] != '\n'))) ++newlines;
    }
    if (w > 0 && end < n && ShouldJoin(std::string_view(s.data(), w), &line, newlines, s, end, stats)) {
      line.wrapped = line.wrapped || newlines == 1;
      if (newlines > 0) line.physical_start = w;
      r = end;
      continue;
    }
    for (; r < end; ++r, ++w) {  // keep the run; "\r\n" and "\r" become "\n"
      repair.AppendInStep(r, 1);
      if (s[r] == '\r' && r + 1 < end && s[r + 1] == '\n') ++r;
      s[w] = s[r] == '\r' ? '\n' : s[r];
    }
    if (newlines > 0) line = NewLine(s, end, w);
  }
  repair.Finish(n);
  s.resize(w);
  *map = ComposeMaps(repair, *map);
  map->ShrinkToFit();
}

}  // namespace peercard
