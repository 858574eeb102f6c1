#include "extract/extract.h"

#include <algorithm>
#include <map>
#include <optional>

#include "extract/cue_match.h"
#include "extract/period_finder.h"
#include "extract/report_number.h"
#include "model/places.h"
#include "base/find_bytes.h"
#include "base/utf8.h"
#include "base/punctuation.h"

namespace peercard {

namespace {

// A clause that says the figure covers the whole place.
// Not 全区: in Ningxia it is the autonomous region, not the place.
constexpr std::string_view kPlaceWide[] = {"全市", "全县", "全州", "全盟", "全旗"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// False when no Chinese numeral starts with these two bytes: the numerals
// are E3 80 …, E4 B8/B9/BA …, E5 85/8D/9B …, E7 99 … and E9 9B … in UTF-8.
inline bool MayLeadNumeral(unsigned char lead, unsigned char b1) {
  switch (lead) {
    case 0xE3: return b1 == 0x80;
    case 0xE4: return b1 >= 0xB8 && b1 <= 0xBA;
    case 0xE5: return b1 == 0x85 || b1 == 0x8D || b1 == 0x9B;
    case 0xE7: return b1 == 0x99;
    case 0xE9: return b1 == 0x9B;
    default: return false;
  }
}

// Length of the Chinese numeral at text[i] (〇一二三四五六七八九十百千万两零,
// three bytes each), or 0.
size_t NumeralAt(std::string_view text, size_t i) {
  // Every numeral is three bytes led by E3, E4, E5, E7 or E9: most bytes of
  // Chinese text are rejected here without decoding.
  if (i + 3 > text.size()) return 0;
  const auto lead = static_cast<unsigned char>(text[i]);
  const auto b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
  if (!MayLeadNumeral(lead, b1)) return 0;
  switch (((lead & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu)) {
    case U'〇': case U'一': case U'二': case U'三': case U'四': case U'五': case U'六': case U'七':
    case U'八': case U'九': case U'十': case U'百': case U'千': case U'万': case U'两': case U'零':
      return (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 ? 3 : 0;
    default:
      return 0;
  }
}

// True when a number starts at i: a digit or numeral not continuing another.
bool NumberStartsAt(std::string_view text, size_t i, size_t floor) {
  if (IsDigit(text[i])) {
    if (i == floor) return true;
    const char p = text[i - 1];
    if (IsDigit(p)) return false;
    // "2,289" continues a number; "1263个,1278名" starts a new one.
    if (p == '.' || p == ',') return i < floor + 2 || !IsDigit(text[i - 2]);
    return true;
  }
  if (!NumeralAt(text, i)) return false;
  if (i == floor) return true;
  return NumeralAt(text, PrevCharStart(text, i)) == 0;
}

// End of the run of digits, numerals, separators and inner spaces at i.
size_t SkipNumberRun(std::string_view text, size_t i, size_t end) {
  while (i < end) {
    const char c = text[i];
    if (IsDigit(c) || c == '.' || c == ',') {
      ++i;
    } else if (c == ' ' && i + 1 < end && (IsDigit(text[i + 1]) || NumeralAt(text, i + 1))) {
      ++i;
    } else if (const size_t n = NumeralAt(text, i)) {
      i += n;
    } else {
      break;
    }
  }
  return i;
}

// The character that ends just before i, or "" at the floor.
std::string_view CharBefore(std::string_view text, size_t i, size_t floor) {
  if (i <= floor) return {};
  const size_t p = PrevCharStart(text, i);
  return p < floor ? std::string_view{} : text.substr(p, i - p);
}

bool IsNumberChar(std::string_view c) {
  if (c.empty()) return false;
  return c.size() == 1 ? IsDigit(c[0]) : NumeralAt(c, 0) != 0;
}

bool IsRangeMark(std::string_view c) {
  return c == "至" || c == "到" || c == "～" || c == "~" || c == "-" || c == "－" || c == "—";
}

constexpr std::string_view kCountUnits[] = {"场", "次", "件", "个", "项", "名", "人", "位", "起"};

// Why the number starting at `begin` (its qualifier included) is not a
// count, judged by what stands right before it; "" when nothing does.
// An ordinal (第12次), a vague count (数十次, 几十场, 上千场), or the second
// end of a range (120至150场, 120场到150场).
std::string_view NotACountBefore(std::string_view text, size_t begin, size_t floor) {
  const std::string_view prev = CharBefore(text, begin, floor);
  if (prev == "第") return "an ordinal (第…)";
  if (prev == "数" || prev == "几") return "vague (数十, 几十 …)";
  if (prev == "上" && (text.substr(begin, 3) == "百" || text.substr(begin, 3) == "千" ||
                       text.substr(begin, 3) == "万")) {
    return "vague (上百, 上千 …)";
  }
  if (!IsRangeMark(prev)) return {};
  const size_t mark = begin - prev.size();
  std::string_view before = CharBefore(text, mark, floor);
  if (std::find(std::begin(kCountUnits), std::end(kCountUnits), before) != std::end(kCountUnits)) {
    before = CharBefore(text, mark - before.size(), floor);
  }
  return IsNumberChar(before) ? "the upper end of a range" : "";
}

// True when the number at `at` stands inside “…” opened in its clause: a
// slogan or a name (“两个薄弱”, “十百千”), not a count.
bool InsideQuotes(std::string_view text, size_t clause_begin, size_t at) {
  const std::string_view before = text.substr(clause_begin, at - clause_begin);
  const size_t open = before.rfind("“");
  if (open == std::string_view::npos || before.find("”", open) != std::string_view::npos) return false;
  // A name closes before any clause stop (“两个薄弱”); quoted speech runs
  // on past one (“全区346名政协委员下沉到…，…。”).
  for (size_t i = at; i < text.size(); ++i) {
    if (text.compare(i, std::string_view("”").size(), "”") == 0) return true;
    if (ClauseStopAt(text, i) > 0) return false;
  }
  return false;
}

// True when a range mark and another number follow `end` (120场至150场).
bool RangeFollows(std::string_view text, size_t end, size_t ceil) {
  if (end >= ceil) return false;
  size_t len = 0;
  DecodeUtf8(text, end, &len);
  if (!IsRangeMark(text.substr(end, len)) || end + len >= ceil) return false;
  size_t next = 0;
  DecodeUtf8(text, end + len, &next);
  return IsNumberChar(text.substr(end + len, next));
}

// A year (4 digits and 年) named in [b, e) that lies outside `period`, as
// the text "2022年"; "" when none does or the period is unknown. With
// `since_only`, only a year followed by 以来 or 至今 counts. A clause about
// 2022 in a 2023 report (2022年开展…260场), or a count since an earlier year
// (2021年以来，累计…), is not this period's value.
std::string_view OtherYearIn(std::string_view text, size_t b, size_t e, const Period& period, bool since_only) {
  if (!period.known()) return {};
  text = text.substr(0, e);  // find() must not search past the span
  for (size_t at = text.find("年", b); at != std::string_view::npos; at = text.find("年", at + 3)) {
    if (at < b + 4) continue;
    const std::string_view digits = text.substr(at - 4, 4);
    if (!std::all_of(digits.begin(), digits.end(), IsDigit) || (at > b + 4 && IsDigit(text[at - 5]))) continue;
    const std::string_view next = text.substr(at + 3, 6);
    if (since_only && next != "以来" && next != "至今") continue;
    const int year = std::stoi(std::string(digits));
    if (year < period.first_year || year > period.last_year) return text.substr(at - 4, 7);
  }
  return {};
}

// Where the qualifier before the number at text[i] (超过1000名, 近500场,
// 超230场次) starts, or i when there is none.
size_t PrefixStart(std::string_view text, size_t i, size_t floor) {
  return i - PrefixQualifierBefore(text, i, floor);
}

// The classifier of `r` at text[pos] (a view into the recogniser), or "".
std::string_view MatchClassifier(std::string_view text, size_t pos, const Recogniser& r) {
  for (const auto& u : r.not_classifiers) {
    if (text.substr(pos, u.size()) == u) return {};
  }
  for (const auto& u : r.classifiers) {  // longest first (indicator_spec.cc)
    if (text.substr(pos, u.size()) == u) return u;
  }
  return {};
}

// True when `gap` holds at most `max_chars` characters. Counts them only
// when its bytes could be that few (a character is at most four bytes).
bool WithinChars(std::string_view gap, int max_chars) {
  if (max_chars < 0) return false;
  if (gap.size() > 4 * static_cast<size_t>(max_chars)) return false;
  return CountChars(gap) <= static_cast<size_t>(max_chars);
}

// How far (bytes, about 100 characters) a sentence's features reach from the number's clause.
constexpr size_t kSentenceReach = 300;

// True when `gap` holds at most `max_chars` characters, a quoted name
// (“微建议”) counting as one: 开展“微协商”“微建议”“微监督”活动60余次 has the
// noun five characters from its number.
bool WithinCharsQuotedAsOne(std::string_view gap, int max_chars) {
  if (WithinChars(gap, max_chars)) return true;
  // The close of the noun's own quoted name (“微协商”…) is part of that name.
  if (gap.substr(0, 3) == "”") gap.remove_prefix(3);
  if (gap.find("“") == std::string_view::npos) return WithinChars(gap, max_chars);
  size_t chars = 0;
  for (size_t i = 0; i < gap.size();) {
    if (gap.substr(i, 3) == "“") {
      const size_t close = gap.find("”", i + 3);
      if (close == std::string_view::npos) return false;
      i = close + 3;
    } else {
      i += Utf8Length(static_cast<unsigned char>(gap[i]));
    }
    if (++chars > static_cast<size_t>(max_chars)) return false;
  }
  return true;
}

// Words before a unit that make it many units: 27个委员工作室, 各村, 所有社区,
// or a kind coordinated with another or named as its alternative (依托委员
// 联络站和委员工作室, 委员联络站（工作室）: every station and studio, not one).
constexpr std::string_view kCountedMarks[] = {"个", "各", "所有", "全部", "等", "、", "和", "及", "与"};
constexpr size_t kCountedLookback = 18;  // bytes: six characters (8个政协委员工作室)

bool Counted(std::string_view text, size_t at, size_t floor) {
  // The bracket (“（”, “(” once normalised) may open the span the feature
  // reads, so it is looked for before the floor.
  for (std::string_view open : {"（", "("}) {
    if (at >= open.size() && text.substr(at - open.size(), open.size()) == open) return true;
  }
  const size_t from = at > floor + kCountedLookback ? at - kCountedLookback : floor;
  const std::string_view before = text.substr(from, at - from);
  for (std::string_view m : kCountedMarks) {
    if (before.find(m) != std::string_view::npos) return true;
  }
  return false;
}

// True when `next` starts with one of `words`, or with a list of like words
// that ends in one: 全国、省和市政协委员 (within kListChars characters).
constexpr size_t kListChars = 8;
bool FollowedBy(std::string_view next, const std::vector<std::string>& words) {
  for (const auto& f : words) {
    if (next.substr(0, f.size()) == f) return true;
    if (next.substr(0, 3) == "、") {
      const std::string_view list = FirstChars(next, kListChars + CountChars(f));
      const size_t at = list.find(f);
      if (at != std::string_view::npos && list.substr(0, at).find("，") == std::string_view::npos &&
          list.substr(0, at).find(',') == std::string_view::npos) {
        return true;
      }
    }
  }
  return false;
}

// The word of `family` that fires first inside [lo, hi) (the longest at the
// first place one starts), or "". Scans the span once, character by
// character; words are compared only where their first character stands.
std::string_view FamilyWordIn(std::string_view text, size_t lo, size_t hi, const WordFamily& family) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t i = lo, len = 0; i < hi; i += len) {
    uint32_t key;
    if ((p[i] & 0xF0) == 0xE0 && i + 2 < text.size() && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
      key = (uint32_t{p[i]} << 16) | (uint32_t{p[i + 1]} << 8) | p[i + 2];  // Han: FirstCharKey, unrolled
      len = 3;
    } else {
      key = FirstCharKey(text.substr(i, 3));
      len = Utf8Length(p[i]);
    }
    if (!family.MayStartWord(key)) continue;
    const auto k = std::lower_bound(family.first_chars.begin(), family.first_chars.end(), key);
    if (k == family.first_chars.end() || *k != key) continue;
    for (const uint32_t wi : family.words_by_first[static_cast<size_t>(k - family.first_chars.begin())]) {
      const std::string& w = family.words[wi];  // longest first
      if (w.size() > hi - i || text.compare(i, w.size(), w) != 0) continue;
      if (family.unless_counted && Counted(text, i, lo)) continue;
      if (FollowedBy(text.substr(i + w.size()), family.unless_followed_by)) continue;
      return w;
    }
  }
  return {};
}

// A noun pointed at by 这样的 at a sentence's start stands for the count's
// noun (see ScoreCandidate), within kSuchReach characters of it.
constexpr std::string_view kSuch = "这样的";
constexpr int kSuchReach = 4;
// Words that point an activity back at what its sentence named before it
// (此类活动; “微协商”“微建议”三类活动: the kinds just listed, counted).
constexpr std::string_view kPointingBack[] = {"此类", "这类", "该类", "上述", "相关", "两类", "三类", "四类", "五类"};
constexpr std::string_view kActivity = "活动";
// How many characters may stand before the number in a clause whose noun is
// left to the clause before (去年以来共组织297场次).
constexpr int kEllipsisReach = 10;
// …and how far from that clause's end its noun may stand (协商|活动，).
constexpr int kEllipsisTail = 3;

// A feature that fired on a candidate, for `inspect`.
struct Fired {
  std::string_view family;
  std::string_view word;
  double weight;
};

// What ScoreCandidate found.
struct Scored {
  bool anchored = false;   // the counted noun stands next to the number
  bool noun_first = true;  // the noun before the number (协商活动960场) or after (64场协商)
  double score = 0;
  std::vector<Fired> fired;
};

// The bounds the features of one number read: its clause, its sentence,
// and where the number and its classifier stand.
struct Spans {
  size_t cb, ce;  // clause
  size_t sb, se;  // sentence
  size_t number, unit_end;
  size_t re;      // end of the passage
  bool own_subject = false;  // the sentence opens with the passage's place (see OpensWithOwnSubject)
};

// True when the sentence at text[sb, cb] opens, after clauses that only date
// it (2020年以来，), with the passage's own place or committee: 泸县…, 泸县政协…,
// 县政协…, the name in full or short.
bool OpensWithOwnSubject(std::string_view text, size_t sb, size_t cb, const std::string& name_zh,
                         const std::string& short_name) {
  size_t at = sb;
  for (int clauses = 0; clauses < 2 && at < cb; ++clauses) {
    while (at < cb && text[at] == ' ') ++at;
    size_t stop = at;
    while (stop < cb && !ClauseStopAt(text, stop)) stop += Utf8Length(static_cast<unsigned char>(text[stop]));
    if (stop >= cb || !IsTimeClause(text.substr(at, stop - at))) break;
    at = stop + ClauseStopAt(text, stop);
  }
  while (at < cb && text[at] == ' ') ++at;
  const std::string_view rest = text.substr(at, cb - at);
  if (!name_zh.empty() && rest.substr(0, name_zh.size()) == name_zh) return true;
  if (short_name.size() >= 6 && rest.substr(0, short_name.size()) == short_name) return true;
  if (name_zh.size() >= 3) {
    const std::string by_level = name_zh.substr(PrevCharStart(name_zh, name_zh.size())) + "政协";
    if (rest.substr(0, by_level.size()) == by_level) return true;
  }
  return false;
}

std::pair<size_t, size_t> ScopeRange(FeatureScope scope, const Spans& s, size_t noun_begin, size_t noun_end,
                                     bool noun_first) {
  switch (scope) {
    case FeatureScope::kClause: return {s.cb, s.ce};
    case FeatureScope::kBefore: return {s.cb, s.number};
    case FeatureScope::kAfter: return {s.unit_end, s.ce};
    case FeatureScope::kSentence: return {s.sb, s.se};
    case FeatureScope::kSentenceBefore: return {s.sb, s.number};
    case FeatureScope::kBetween:
      return noun_first ? std::make_pair(noun_end, s.number) : std::make_pair(s.unit_end, noun_begin);
  }
  return {0, 0};
}

// Scores a number read as a value of `r`: the counted noun next to it (the
// anchor, required), the clause's verb, then every feature; the score is
// the sum of the weights that fire (see indicator_spec.h).
Scored ScoreCandidate(std::string_view text, const Recogniser& r, const Spans& s) {
  Scored out;
  size_t noun_begin = 0, noun_end = 0;
  std::string_view noun;
  for (const auto& w : r.noun.words.words) {
    size_t begin = 0;
    const size_t end = FindCueBefore(text, s.cb, s.number, w, &begin);
    if (end != std::string_view::npos && WithinCharsQuotedAsOne(text.substr(end, s.number - end), r.noun_before) &&
        (noun.empty() || end > noun_end)) {
      noun = w, noun_begin = begin, noun_end = end;
    }
  }
  if (noun.empty()) {
    out.noun_first = false;
    for (const auto& w : r.noun.words.words) {
      size_t end = 0;
      const size_t begin = FindCueAfter(text, s.unit_end, s.ce, w, &end);
      if (begin != std::string_view::npos && WithinChars(text.substr(s.unit_end, begin - s.unit_end), r.noun_after) &&
          (noun.empty() || begin < noun_begin)) {
        noun = w, noun_begin = begin, noun_end = end;
      }
    }
  }
  if (noun.empty()) {
    // 类似这样的微型协商会，…已经组织了230余场次: the noun the sentence opens
    // with, pointed at (这样的), is what its count counts.
    const std::string_view opening = text.substr(s.sb, s.cb - s.sb);
    const size_t such = FindBytes(opening, kSuch);
    if (such != std::string_view::npos) {
      const size_t from = s.sb + such + kSuch.size();
      const size_t to = ClauseEnd(text, from, s.cb);
      for (const auto& w : r.noun.words.words) {
        size_t begin = 0;
        const size_t end = FindCueBefore(text, from, to, w, &begin);
        if (end != std::string_view::npos && WithinChars(text.substr(from, begin - from), kSuchReach)) {
          noun = w, noun_begin = begin, noun_end = end;
          break;
        }
      }
    }
  }
  if (noun.empty()) {
    // 以“微协商”“微建议”为抓手，累计开展此类活动60余次: activities pointed
    // back at (此类, 相关, 上述 …) count what the sentence named before them.
    for (std::string_view pointer : kPointingBack) {
      const size_t at = FindBytes(text.substr(0, s.number), pointer, s.cb);
      if (at == std::string_view::npos) continue;
      const size_t after = at + pointer.size();
      if (text.compare(after, kActivity.size(), kActivity) != 0 ||
          !WithinChars(text.substr(after + kActivity.size(), s.number - after - kActivity.size()), r.noun_before)) {
        continue;
      }
      for (const auto& w : r.noun.words.words) {
        size_t begin = 0;
        const size_t end = FindCueBefore(text, s.sb, at, w, &begin);
        if (end != std::string_view::npos && (noun.empty() || end > noun_end)) {
          noun = w, noun_begin = begin, noun_end = end;
        }
      }
      if (!noun.empty()) break;
    }
  }
  if (noun.empty() && s.cb > s.sb && WithinChars(text.substr(s.cb, s.number - s.cb), kEllipsisReach)) {
    // 开展协商活动，去年以来共组织297场次: a short clause that names no noun
    // counts what the clause before it, in its sentence, ends with.
    const size_t prev_end = PrevCharStart(text, s.cb);  // the stop between them
    const size_t prev_begin = ClauseBegin(text, prev_end, s.sb);
    // A clause with a count of its own (立案68件，…) keeps its noun.
    const std::string_view before = text.substr(prev_begin, prev_end - prev_begin);
    const bool counted = std::any_of(before.begin(), before.end(), [](char c) { return c >= '0' && c <= '9'; });
    for (const auto& w : r.noun.words.words) {
      if (counted) break;
      size_t begin = 0;
      const size_t end = FindCueBefore(text, prev_begin, prev_end, w, &begin);
      if (end != std::string_view::npos && WithinChars(text.substr(end, prev_end - end), kEllipsisTail) &&
          !HoldsCount(text.substr(end, prev_end - end)) &&
          (noun.empty() || end > noun_end)) {
        noun = w, noun_begin = begin, noun_end = end;
      }
    }
  }
  if (noun.empty()) return out;
  out.anchored = true;
  out.score = r.noun.weight;
  out.fired.push_back({r.noun.family, noun, r.noun.weight});
  // The verb: in the clause, or as far as verb_reach clauses on.
  size_t verb_end = s.ce;
  for (int k = 0; k < r.verb_reach && verb_end < s.se; ++k) {
    const size_t stop = ClauseStopAt(text, verb_end);
    if (!stop || text[verb_end] == '\n') break;
    verb_end = ClauseEnd(text, verb_end + stop, s.se);
  }
  if (const std::string_view v = FamilyWordIn(text, s.cb, verb_end, r.verb.words); !v.empty()) {
    out.score += r.verb.weight;
    out.fired.push_back({r.verb.family, v, r.verb.weight});
  }
  for (const FeatureSpec& f : r.features) {
    auto [lo, hi] = ScopeRange(f.scope, s, noun_begin, noun_end, out.noun_first);
    // Words of such a family in the number's own clause (…，全省共开展3000场) still count.
    if (f.unless_own_subject && s.own_subject) lo = std::max(lo, s.cb);
    if (lo >= hi) continue;
    if (const std::string_view w = FamilyWordIn(text, lo, hi, f.words); !w.empty()) {
      out.score += f.weight;
      out.fired.push_back({f.family, w, f.weight});
    }
  }
  return out;
}

std::string FormatWeight(double w) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.1f", w);
  return buf;
}

// The verdict in words, for `peercard inspect` (built only when tracing):
// "score 4.0 ≥ 3.0: consultation 协商 +2.0, hold 开展 +1.0, grassroots 社区 +1.0".
std::string Explain(const Scored& sc, const Recogniser& r) {
  if (!sc.anchored) return "no " + r.noun.family + " noun next to the number";
  char buf[64];
  std::snprintf(buf, sizeof buf, "score %.1f %s %.1f:", sc.score, sc.score >= r.threshold ? "≥" : "<", r.threshold);
  std::string out = buf;
  for (size_t i = 0; i < sc.fired.size(); ++i) {
    out += (i ? ", " : " ") + std::string(sc.fired[i].family) + " " + std::string(sc.fired[i].word) + " " +
           FormatWeight(sc.fired[i].weight);
  }
  return out;
}

// A value kept for one indicator, before the best is chosen.
struct Found {
  double value;
  Qualifier qualifier;
  std::string unit, rule;
  double score;
  bool place_wide;
  size_t number_begin, end;
  Period period;  // the section's, or the one its sentence states
};

Observation MakeObservation(const Document& doc, const Section& s, const std::string& indicator,
                            const Period& period) {
  Observation o;
  o.doc = doc.name;
  o.city = s.code;
  o.period = period;
  o.indicator = indicator;
  return o;
}

// The observation of (section, indicator, period) from the values kept for
// it: the best supported (the higher score, a place-wide clause, then the
// first printed); the others that disagree are reported as conflicts.
Observation Best(const Document& doc, const Section& s, const std::string& indicator, const Period& period,
                 bool trace, std::vector<Found>* found, DocumentExtraction* out) {
  Observation o = MakeObservation(doc, s, indicator, period);
  auto& f = *found;
  if (f.empty()) return o;
  std::stable_sort(f.begin(), f.end(), [](const Found& a, const Found& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.place_wide && !b.place_wide;
  });
  const Found& best = f.front();
  o.value = best.value;
  o.qualifier = best.qualifier;
  o.unit = best.unit;
  o.rule = best.rule;
  const size_t orig = doc.OriginalIndex(best.number_begin);
  o.line = doc.LineOf(orig);
  o.offset = doc.FileOffset(orig);
  o.page = doc.PageOf(orig);
  o.evidence = EvidenceSentence(doc, best.number_begin, best.end);
  for (size_t j = 1; j < f.size(); ++j) {
    if (f[j].value == best.value && f[j].qualifier == best.qualifier) continue;
    out->warnings.push_back({DiagnosticKind::kConflict, doc.name, doc.LineOf(doc.OriginalIndex(f[j].number_begin)),
                             s.code,
                             "conflict for " + s.code + " " + indicator + ": kept " +
                                 std::to_string(static_cast<long long>(best.value)) + " (line " +
                                 std::to_string(o.line) + "), dropped " +
                                 std::to_string(static_cast<long long>(f[j].value))});
    if (!trace) continue;
    for (auto& c : out->candidates) {
      if (c.text_begin == f[j].number_begin && c.indicator == indicator && c.kept) {
        c.kept = false;
        c.verdict = "conflict: a better-supported value was kept";
      }
    }
  }
  return o;
}

}  // namespace

std::string EvidenceSentence(const Document& doc, size_t begin, size_t end) {
  const std::string_view text = doc.text;
  auto is_end = [&](size_t i) { return text[i] == '\n' || FullStopAt(text, i) > 0; };
  size_t b = begin;
  while (b > 0) {
    const size_t prev = PrevCharStart(text, b);
    if (is_end(prev)) break;
    b = prev;
  }
  size_t e = end;
  while (e < text.size() && !is_end(e)) e += Utf8Length(static_cast<unsigned char>(text[e]));
  if (e < text.size() && text[e] != '\n') e += 3;  // keep the full stop
  const size_t ob = doc.OriginalIndex(b), oe = doc.OriginalIndex(e);
  std::string out;
  for (char c : std::string_view(doc.original).substr(ob, oe - ob)) {
    if (c != '\n' && c != '\r') out += c;
  }
  while (!out.empty() && (out.front() == ' ' || out.front() == '\t')) out.erase(out.begin());
  while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
  return out;
}

DocumentExtraction ExtractDocument(const Document& doc, const std::vector<Section>& sections,
                                   const std::vector<IndicatorSpec>& catalogue, bool trace) {
  DocumentExtraction out;
  const std::string_view text = doc.text;
  for (const Section& s : sections) {
    const std::string short_name = ShortPlaceName(s.name_zh);
    std::vector<std::vector<Found>> found(catalogue.size());
    bool any_unit = false;  // some number in the passages has an indicator's unit
    for (const auto& range : s.ranges) {
      // Plain names, not a structured binding: C++17 lambdas cannot capture
      // those (clang refuses; the fuzz build uses clang).
      const size_t rb = range.first, re = range.second;
      for (size_t i = rb; i < re; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte < 0x80 && !IsDigit(text[i])) || (byte & 0xC0) == 0x80) continue;  // fast path
        if (byte >= 0x80 && (i + 1 >= re || !MayLeadNumeral(byte, static_cast<unsigned char>(text[i + 1])))) {
          i += Utf8Length(byte) - 1;  // a character that starts no number, passed whole
          continue;
        }
        if (!NumberStartsAt(text, i, rb)) {
          if (byte >= 0xC0) i += Utf8Length(byte) - 1;  // past the character, not byte by byte
          continue;
        }
        const size_t prefix = PrefixStart(text, i, rb);
        // A number the parser refuses ("约300多", "1万2千", "2 289") is
        // skipped whole: restarting inside it would read a smaller, wrong count.
        const auto parsed = ParseReportNumber(text.substr(prefix, std::min<size_t>(64, re - prefix)));
        const size_t pb = prefix;
        if (!parsed.ok()) {
          i = SkipNumberRun(text, i, re) - 1;
          continue;
        }
        size_t pos = pb + parsed->length;
        while (pos < re && text[pos] == ' ') ++pos;
        const size_t number_begin = pb + parsed->number_begin;
        constexpr size_t npos = std::string_view::npos;
        size_t clause_begin = npos, clause_end = npos, sentence_begin = npos, sentence_end = npos;
        bool own_subject = false;
        // Looked for only once an indicator keeps the number: most never are.
        // A sentence that opens with its own year (2023年，…) states the
        // figure's period; else the section's holds.
        std::optional<Period> period;
        const auto number_period = [&]() {
          if (period) return *period;
          period = s.period.period;
          if (!s.manifest_period) {
            const Period& own = s.period.period;
            const PeriodGuess stated =
                StatedPeriod(text, sentence_begin, clause_begin, own.known() ? own.last_year : 0, s.date);
            // The sentence's own year wins when it lies outside the passage's,
            // and so does a start that runs to the passage's year.
            const Period& p = stated.period;
            if (p.known() && (!own.known() || p.last_year < own.first_year || p.first_year > own.last_year ||
                              (p.first_year < own.first_year && p.last_year == own.last_year))) {
              period = p;
            }
          }
          return *period;
        };
        std::optional<std::string_view> other_year;
        const auto year_outside = [&]() {
          if (other_year) return *other_year;
          const size_t clause = clause_begin;  // set: an indicator has kept the number
          other_year = OtherYearIn(text, clause, clause_end, number_period(), false);
          if (other_year->empty()) {
            other_year = OtherYearIn(text, SentenceBegin(text, clause, rb), clause, number_period(), true);
          }
          return *other_year;
        };
        for (size_t k = 0; k < catalogue.size(); ++k) {
          const Recogniser& rec = catalogue[k].recognise;
          const std::string_view unit = MatchClassifier(text, pos, rec);
          if (unit.empty()) continue;
          any_unit = true;
          size_t unit_end = pos + unit.size();
          Qualifier q = parsed->qualifier;
          Qualifier trailing = Qualifier::kExact;
          const size_t t = ParseTrailingQualifier(text.substr(unit_end, 16), &trailing);
          if (t && q == Qualifier::kExact) q = trailing;
          unit_end += t;
          // The number's clause, the same for every indicator: classifiers
          // and trailing qualifiers hold no clause stop.
          if (clause_begin == npos) {
            clause_begin = ClauseBegin(text, pb, rb);
            clause_end = ClauseEnd(text, pos, re);
          }
          const size_t cb = clause_begin, ce = std::max(clause_end, unit_end);
          if (sentence_begin == npos) {
            // A sentence's features are read within kSentenceReach bytes of
            // the clause: a run-on list is not one statement.
            sentence_begin = std::max(SentenceBegin(text, cb, rb), cb > kSentenceReach ? cb - kSentenceReach : 0);
            sentence_end = std::min(SentenceEnd(text, ce, re), ce + kSentenceReach);
            while (sentence_begin < cb && (static_cast<unsigned char>(text[sentence_begin]) & 0xC0) == 0x80) {
              ++sentence_begin;
            }
            while (sentence_end > ce && sentence_end < text.size() &&
                   (static_cast<unsigned char>(text[sentence_end]) & 0xC0) == 0x80) {
              --sentence_end;
            }
            own_subject = OpensWithOwnSubject(text, sentence_begin, cb, s.name_zh, short_name);
          }
          const Spans spans{cb, ce, sentence_begin, std::max(sentence_end, ce), pb, unit_end, re, own_subject};
          Scored sc = ScoreCandidate(text, rec, spans);
          if (sc.anchored && parsed->value < rec.small_below) {
            sc.score += rec.small_weight;
            sc.fired.push_back({"small", rec.small_label, rec.small_weight});
          }
          bool kept = sc.anchored && sc.score >= rec.threshold;
          std::string_view hard;  // a reason no score outweighs
          if (kept) {
            hard = NotACountBefore(text, pb, rb);
            // 一场田间协商, 一次集中学习: 一 alone is the article, not a count.
            if (hard.empty() && text.substr(number_begin, pos - number_begin) == "一") hard = "一 as an article";
            if (hard.empty() && InsideQuotes(text, cb, pb)) hard = "inside a quoted name (“两个薄弱”)";
            if (hard.empty() && RangeFollows(text, unit_end, re)) hard = "the lower end of a range";
            if (hard.empty() && !year_outside().empty()) hard = year_outside();
            kept = hard.empty();
          }
          const std::string rule = catalogue[k].id + (sc.noun_first ? ".noun_before" : ".noun_after");
          if (kept) {
            bool wide = false;
            for (std::string_view w : kPlaceWide) wide = wide || text.substr(cb, ce - cb).find(w) != std::string_view::npos;
            found[k].push_back(
                {parsed->value, q, std::string(unit), rule, sc.score, wide, number_begin, unit_end, number_period()});
          }
          if (trace) {
            std::string verdict = Explain(sc, rec);
            if (!hard.empty()) {
              verdict = (hard.find("年") != std::string_view::npos ? "clause names " + std::string(hard) +
                                                                        ", outside the passage's period"
                                                                  : "not a count: " + std::string(hard)) +
                        "; " + verdict;
            }
            out.candidates.push_back({s.code, catalogue[k].id, rule, parsed->value, q, std::string(unit),
                                      number_begin, unit_end, kept, std::move(verdict)});
          }
        }
        i = std::max(i, pos) - 1;  // continue after the number
        if (i < pb) i = pb;
      }
    }
    // In a file of several places, a place whose passages hold no number
    // with any indicator's unit is only named there (a masthead, a digest
    // line): it reports nothing, not NA.
    if (sections.size() > 1 && !any_unit) continue;
    ++out.reporting_sections;
    if (s.unlisted) {
      out.warnings.push_back({DiagnosticKind::kUnlistedPlace, doc.name, 0, s.code,
                              "committee '" + s.name_zh + "' is in no places table; reported as '" + s.code +
                                  "' (add it with --places)"});
    }
    if (!s.period.period.known()) {
      out.warnings.push_back(
          {DiagnosticKind::kUnknownPeriod, doc.name, 0, s.code, s.code + ": period unknown: " + s.period.reason});
    }
    for (size_t k = 0; k < catalogue.size(); ++k) {
      // One observation per period: the section's (NA when nothing was
      // kept), and each other period a sentence stated for a kept value.
      std::map<Period, std::vector<Found>> by_period;
      by_period[s.period.period];
      for (Found& f : found[k]) by_period[f.period].push_back(std::move(f));
      for (auto& [period, f] : by_period) {
        out.observations.push_back(Best(doc, s, catalogue[k].id, period, trace, &f, &out));
      }
    }
  }
  return out;
}

}  // namespace peercard
