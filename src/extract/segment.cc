#include "extract/segment.h"

#include <algorithm>
#include <map>
#include <set>

#include "base/affix.h"
#include "base/find_bytes.h"
#include "base/utf8.h"
#include "extract/cue_match.h"
#include "extract/period_finder.h"
#include "base/punctuation.h"

namespace peercard {

namespace {

constexpr std::string_view kZhengxie = "政协";
constexpr std::string_view kCommittee = "委员会";

enum class Strength { kMention, kSubject, kSpeaker, kTitle };

struct Mention {
  int place = -1;        // gazetteer index; -1 = unlisted
  std::string name;      // the place name as printed
  size_t name_begin = 0;  // in Document::text
  Strength strength = Strength::kMention;
  // Named only by a title opening with its name (——襄阳推进…): a place only
  // when nothing else in the document names a committee (同心共筑… is a word).
  bool title_name_only = false;
  bool venue = false;  // the committee whose meeting a speech was given at
};

constexpr std::string_view kAt = "在";

struct Line {
  size_t begin = 0, end = 0;
  bool caption = false;
  std::vector<Mention> mentions;
};

bool Contains(std::string_view s, std::string_view p) { return ContainsBytes(s, p); }

// Strips spaces and Markdown marks (#, *) that extracted reports carry.
std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '#' || s.front() == '*' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '*' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// A committee that is in no table, as printed before 政协 in a title or
// speaker line: the run of Chinese characters ending in an administrative
// suffix ("荣昌区"). Generic words ("市县政协", "省市政协") are not names.
std::string UnlistedNameBefore(std::string_view text, size_t end, size_t line_begin) {
  size_t b = end;
  int chars = 0;
  while (b > line_begin && chars < 8) {
    const size_t prev = PrevCharStart(text, b);
    size_t len = 0;
    if (!IsCjk(DecodeUtf8(text, prev, &len))) break;
    b = prev;
    ++chars;
  }
  std::string_view name = text.substr(b, end - b);
  // Leading words that are not part of a name: 2022年灵武市 → 灵武市.
  for (std::string_view lead : {"年", "的", "和", "与", "及", "在", "是", "由"}) {
    const size_t at = name.rfind(lead);
    if (at != std::string_view::npos) name.remove_prefix(at + lead.size());
  }
  bool suffix = false;
  for (std::string_view s : {"市", "区", "县", "州", "旗", "盟"}) suffix = suffix || EndsWith(name, s);
  if (!suffix || CountChars(name) < 2) return "";
  // A stem made only of generic characters is a category, not a place.
  static constexpr std::string_view kGeneric = "市县区省州乡镇各全本我该两三旗盟级";
  for (size_t i = 0; i + 3 <= name.size() - 3; i += 3) {
    if (!Contains(kGeneric, name.substr(i, 3))) return std::string(name);
  }
  return "";
}

std::vector<int> WithinNamed(const std::vector<int>& all, std::string_view name, const Gazetteer& g);

// A parent's name printed before a place's (北京市石景山区, 清远市清新区,
// 阳泉市平定县): the end of a run of 2–8 Chinese characters ending in a
// parent's suffix after which a listed place's name starts, or a parent's
// short name after which a place within it starts (宜昌伍家岗区); else `pos`.
constexpr int kParentChars = 8;
size_t SkipParentName(std::string_view text, size_t pos, size_t end, const Gazetteer& g) {
  size_t i = pos;
  for (int chars = 0; chars < kParentChars && i < end; ++chars) {
    size_t len = 0;
    if (!IsCjk(DecodeUtf8(text, i, &len))) break;
    i += len;
    if (chars == 0) continue;
    const std::string_view run = text.substr(pos, i - pos);
    bool parent = false;
    for (std::string_view suffix : {"省", "市", "自治区", "州", "地区", "盟"}) parent = parent || EndsWith(run, suffix);
    // Neither a parent's suffix nor a short name (two to four characters: 宜昌, 乌鲁木齐).
    if (!parent && (chars >= 4 || g.FindAllByName(run).empty())) continue;
    size_t ne = 0;
    std::vector<int> next;
    const int first = g.MatchNameStartingAt(text, i, &ne, &next);
    if (first < 0) continue;
    if (next.empty()) next = {first};  // `next` is filled only for a shared name
    if (parent || !WithinNamed(next, run, g).empty()) return i;
  }
  return pos;
}

bool NumeralOrDigit(std::string_view text, size_t i);

// The marks a bulletin's items and headings open with.
constexpr std::string_view kHeadingMarkers[] = {"◎", "●", "○", "■", "□", "◆", "◇", "★", "☆", "·", "•"};

bool StartsWithMarker(std::string_view t) {
  for (std::string_view marker : kHeadingMarkers) {
    if (StartsWith(t, marker)) return true;
  }
  return false;
}

// What opens a heading before the place's name: a marker (◎ ● ■ ▲ ★ ·) and
// the spaces after it, an enumerator (一、 （一） 1. 1、), a label in brackets
// (【案例一】) or before a space or colon (案例一  合肥市：…); its length in
// bytes, 0 if none.
size_t HeadingLeadLength(std::string_view t) {
  for (std::string_view marker : kHeadingMarkers) {
    if (!StartsWith(t, marker)) continue;
    size_t n = marker.size();
    while (n < t.size() && t[n] == ' ') ++n;  // ■ 海宁市…
    return n + HeadingLeadLength(t.substr(n));
  }
  if (StartsWith(t, "【")) {
    const size_t close = t.find("】");
    // A label only: the place itself may be in brackets (【金昌】…).
    if (close != std::string_view::npos && close < 3 * 8 && (Contains(t.substr(0, close), "案例") ||
                                                              Contains(t.substr(0, close), "材料") ||
                                                              NumeralOrDigit(t, close - 3))) {
      return close + 3;
    }
    return 0;
  }
  // A case label: 案例一  合肥市：…, 案例3：宜昌市…, 例一　成都市武侯区…, 第二部分 …
  for (std::string_view label : {"案例", "材料", "例", "第"}) {
    if (!StartsWith(t, label)) continue;
    size_t j = label.size();
    const size_t numerals = j;
    while (j < t.size() && NumeralOrDigit(t, j)) j += (t[j] >= '0' && t[j] <= '9') ? 1 : 3;
    if (j == numerals) break;
    if (label == "第") {
      if (!StartsWith(t.substr(j), "部分") && !StartsWith(t.substr(j), "篇")) break;
      j += StartsWith(t.substr(j), "部分") ? std::string_view("部分").size() : std::string_view("篇").size();
    }
    const size_t before = j;
    while (j < t.size() && (t[j] == ' ' || StartsWith(t.substr(j), "　"))) j += t[j] == ' ' ? 1 : 3;
    for (std::string_view mark : {"：", ":", "、"}) {
      if (StartsWith(t.substr(j), mark)) j += mark.size();
    }
    while (j < t.size() && t[j] == ' ') ++j;
    // Layout repair may have joined label and name (案例二益阳市：…).
    if (j > before || label != "第") return j;
    break;
  }
  size_t i = 0;
  const bool paren = StartsWith(t, "（") || StartsWith(t, "(");
  if (paren) i = StartsWith(t, "（") ? 3 : 1;
  const size_t digits = i;
  while (i < t.size() && NumeralOrDigit(t, i)) i += (t[i] >= '0' && t[i] <= '9') ? 1 : 3;
  if (i == digits) return 0;
  const std::string_view rest = t.substr(i);
  if (paren) {
    if (StartsWith(rest, "）")) return i + 3;
    if (StartsWith(rest, ")")) return i + 1;
    return 0;
  }
  for (std::string_view mark : {"、", "．", "."}) {
    if (StartsWith(rest, mark)) return i + mark.size();
  }
  return 0;
}

bool NumeralOrDigit(std::string_view text, size_t i) {
  static constexpr std::string_view kNumerals = "一二三四五六七八九十";
  return (text[i] >= '0' && text[i] <= '9') || (i + 3 <= text.size() && Contains(kNumerals, text.substr(i, 3)));
}

// How far back a sentence's opening time may reach (see IsTimeClause).
constexpr int kTimeClauseChars = 34;

// True when `pos` opens a sentence, or its first clause after a time
// (过去一年，宁波市奉化区政协…; 自2019年4月…以来，海宁市政协…).
bool AtSentenceStart(std::string_view text, size_t pos, size_t line_begin) {
  // A stop, a space (also an ideographic one) or a list's dash (——渭南市政协…).
  const auto stop = [&](size_t at, size_t* prev) {
    if (at == line_begin) return true;
    *prev = PrevCharStart(text, at);
    const std::string_view c = text.substr(*prev, at - *prev);
    return SentenceStopAt(text, *prev) > 0 || c == " " || c == "　" || c == "—";
  };
  size_t prev = pos;
  if (stop(pos, &prev)) return true;
  const std::string_view p = text.substr(prev, pos - prev);
  if (p != "，" && p != ",") return false;
  // Back to the sentence's start, at most a short clause away.
  size_t begin = prev;
  for (int chars = 0; chars < kTimeClauseChars; ++chars) {
    size_t before = begin;
    if (stop(begin, &before)) return IsTimeClause(text.substr(begin, prev - begin));
    const std::string_view c = text.substr(before, begin - before);
    if (c == "，" || c == "," || c == "：" || c == ":") return false;
    begin = before;
  }
  return false;
}

// True when a parent's name that starts a sentence ends at name_begin:
// "铜川市印台区政协：…", "阳泉市平定县政协…".
bool ParentStartsAt(std::string_view text, size_t name_begin, const Line& line, const Gazetteer& g) {
  size_t b = name_begin;
  for (int chars = 0; chars < kParentChars && b > line.begin; ++chars) {
    b = PrevCharStart(text, b);
    if (SkipParentName(text, b, line.end, g) == name_begin && AtSentenceStart(text, b, line.begin)) return true;
  }
  return false;
}

size_t CountOccurrences(std::string_view text, std::string_view needle) {
  size_t n = 0;
  for (size_t at = FindBytes(text, needle); at != std::string_view::npos; at = FindBytes(text, needle, at + needle.size())) {
    ++n;
  }
  return n;
}

// The document's title lines: those before the first paragraph (a line of
// more than kTitleChars characters or one holding a full stop), '\n'-joined.
constexpr size_t kTitleChars = 40;
constexpr size_t kTitleLines = 4;
std::string TitleLines(std::string_view text) {
  std::string out;
  size_t n = 0;
  for (size_t b = 0; b < text.size() && n < kTitleLines;) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    const std::string_view t = Trim(text.substr(b, e - b));
    b = e + 1;
    if (t.empty()) continue;
    if (CountChars(t) > kTitleChars || Contains(t, "。")) break;
    out.append(t);
    out += '\n';
    ++n;
  }
  return out;
}

// What decides between places that share a name (鼓楼区 in 南京, 徐州, 福州
// and 开封): see Resolve.
struct NameContext {
  const Gazetteer& g;
  std::string_view title;                 // the document's title lines
  std::vector<std::string>* ambiguities;  // a warning for each name nothing decided
  int* ambiguous_mentions;                 // how many times such names occur
};

// Places among `all` within any place that goes by `name` (a parent's name).
std::vector<int> WithinNamed(const std::vector<int>& all, std::string_view name, const Gazetteer& g) {
  std::vector<int> out;
  const std::vector<int>& parents = g.FindAllByName(name);
  for (int c : all) {
    for (int p : parents) {
      if (g.IsWithin(c, p)) {
        out.push_back(c);
        break;
      }
    }
  }
  return out;
}

// Candidates among `all` whose parent or province is named in `text`, with
// the most mentions; empty when none is named or two tie.
std::vector<int> NamedIn(const std::vector<int>& all, std::string_view text, const Gazetteer& g) {
  std::vector<int> best;
  size_t most = 0;
  for (int c : all) {
    size_t n = 0;
    for (int p = g.Parent(c), hops = 0; p >= 0 && hops < 2; p = g.Parent(p), ++hops) {
      for (const std::string& name : g.NamesOf(p)) {
        if (CountChars(name) >= 2) n += CountOccurrences(text, name);
      }
    }
    if (n > most) {
      most = n;
      best = {c};
    } else if (n == most && n > 0) {
      best.push_back(c);
    }
  }
  return best;
}

// The level a place's name ends in (县 of 竹山县, 市 of 孝感市), as UTF-8.
std::string_view LevelChar(std::string_view name_zh) {
  return name_zh.empty() ? std::string_view() : name_zh.substr(PrevCharStart(name_zh, name_zh.size()));
}

// Of namesakes of different levels (兴山: 兴山县 in 湖北, 兴山区 in 黑龙江),
// the one whose level the text speaks of its committee or territory by
// (县政协, 全县, 我县, 该县), when it is the only candidate of that level
// and no other candidate's level is spoken of; else -1.
int OnlyOneOfTheLevelSpokenOf(const std::vector<int>& all, std::string_view text, const Gazetteer& g) {
  int chosen = -1;
  int spoken_levels = 0;
  std::set<std::string> seen;
  for (int c : all) {
    const std::string level(LevelChar(g.places()[c].name_zh));
    if (level.empty() || !seen.insert(level).second) continue;  // counted with an earlier candidate of its level
    size_t n = 0;
    for (const char* lead : {"全", "我", "该", "本"}) n += CountOccurrences(text, lead + level);
    n += CountOccurrences(text, level + std::string(kZhengxie));
    if (n == 0) continue;
    ++spoken_levels;
    const size_t of_level = static_cast<size_t>(
        std::count_if(all.begin(), all.end(), [&](int o) { return LevelChar(g.places()[o].name_zh) == level; }));
    chosen = of_level == 1 ? c : -1;
  }
  return spoken_levels == 1 ? chosen : -1;
}

// The place a name shared by several (`all`, more than one) means at
// text[name_begin, name_end), decided in this order: a parent printed before
// it (南京市鼓楼区, 南京鼓楼区), a parent in brackets after it (鼓楼区（南京）),
// a parent or province named in the document's title, then in its text.
// When nothing decides, -1, and a warning names the candidates.
int Resolve(const std::vector<int>& all, std::string_view text, size_t name_begin, size_t name_end, size_t line_begin,
            const NameContext& c) {
  const Gazetteer& g = c.g;
  size_t b = name_begin;
  for (int chars = 0; chars < kParentChars && b > line_begin; ++chars) {
    b = PrevCharStart(text, b);
    const std::vector<int> within = WithinNamed(all, text.substr(b, name_begin - b), g);
    if (within.size() == 1) return within.front();
  }
  for (std::string_view open : {"（", "("}) {
    if (text.substr(name_end, open.size()) != open) continue;
    const size_t inside = name_end + open.size();
    const size_t close = text.find(open == "（" ? "）" : ")", inside);
    if (close != std::string_view::npos && close - inside <= 3 * kParentChars) {
      const std::vector<int> within = WithinNamed(all, text.substr(inside, close - inside), g);
      if (within.size() == 1) return within.front();
    }
  }
  for (std::string_view where : {c.title, text}) {
    const std::vector<int> named = NamedIn(all, where, g);
    if (named.size() == 1) return named.front();
  }
  if (const int by_level = OnlyOneOfTheLevelSpokenOf(all, text, g); by_level >= 0) return by_level;
  std::string w = "'" + std::string(text.substr(name_begin, name_end - name_begin)) +
                  "' names several places, and nothing in the document decides which:";
  for (int i : all) {
    const int p = g.Parent(i);
    w += " " + g.places()[i].code + " (" + (p >= 0 ? g.places()[p].name_zh : g.places()[i].province) + ")";
  }
  w += "; name the city (南京市鼓楼区) or give the code in manifest.csv";
  if (std::find(c.ambiguities->begin(), c.ambiguities->end(), w) == c.ambiguities->end()) c.ambiguities->push_back(w);
  ++*c.ambiguous_mentions;
  return -1;
}

// True when `text` speaks of a committee by the level of `name_zh` alone —
// 市政协 for 襄阳市, 区政协 for 荣昌区 — not as part of another place's name
// (樊城区政协): after a stop, a quote or the start of a line.
bool CommitteeByLevel(std::string_view text, std::string_view name_zh) {
  if (name_zh.empty()) return false;
  const size_t last = PrevCharStart(name_zh, name_zh.size());
  const std::string by_level = std::string(name_zh.substr(last)) + std::string(kZhengxie);
  for (size_t at = FindBytes(text, by_level); at != std::string_view::npos; at = FindBytes(text, by_level, at + 1)) {
    if (at == 0) return true;
    size_t len = 0;
    if (!IsCjk(DecodeUtf8(text, PrevCharStart(text, at), &len))) return true;
  }
  return false;
}

// A county named by one character and its level (和县, 单县, 代县) reads as
// a word too (…一起，和县政协委员…: "and the county committee's members"):
// such a name is the place only when the text prints it twice or more, or
// names a place it lies within (马鞍山, 安徽).
bool OneCharacterNameInDoubt(std::string_view text, int place, const Gazetteer& g) {
  const std::string& name = g.places()[place].name_zh;
  if (CountChars(name) != 2 || CountOccurrences(text, name) >= 2) return false;
  for (int up = g.Parent(place); up >= 0; up = g.Parent(up)) {
    for (const std::string& n : g.NamesOf(up)) {
      if (Contains(text, n)) return false;
    }
  }
  return true;
}

// Length of the phrase naming a place's committee tiers that ends at `pos`
// (宜春市「市县两级」政协, 「县乡两级」政协), or 0.
size_t TierPhraseBefore(std::string_view text, size_t pos, size_t floor) {
  static constexpr std::string_view kTiers[] = {"市县乡三级", "市县两级", "市区两级", "县乡两级", "区县两级", "县区两级"};
  for (std::string_view t : kTiers) {
    if (pos >= floor + t.size() && text.compare(pos - t.size(), t.size(), t) == 0) return t.size();
  }
  return 0;
}

// “全区346名政协委员下沉到…。”袁州区政协主席介绍说: the committee whose
// member speaks right after a quote is the quote's subject.
bool SpeakerOfTheQuote(std::string_view text, size_t name_begin, const Line& line) {
  constexpr std::string_view kClose = "”";
  if (name_begin < line.begin + kClose.size() || text.compare(name_begin - kClose.size(), kClose.size(), kClose) != 0) {
    return false;
  }
  const std::string_view after = text.substr(name_begin, std::min<size_t>(line.end - name_begin, 3 * 16));
  for (std::string_view says : {"说", "介绍", "表示", "谈到"}) {
    const size_t at = after.find(says);
    if (at != std::string_view::npos && after.substr(0, at).find("，") == std::string_view::npos &&
        after.substr(0, at).find(",") == std::string_view::npos) {
      return true;
    }
  }
  return false;
}

std::vector<Mention> FindMentions(std::string_view text, const Line& line, const NameContext& c) {
  const Gazetteer& g = c.g;
  std::vector<Mention> out;
  std::vector<int> all;
  const std::string_view body = text.substr(line.begin, line.end - line.begin);
  const std::string_view trimmed = Trim(body);
  const bool speaker = (StartsWith(trimmed, "（") || StartsWith(trimmed, "(")) &&
                       (EndsWith(trimmed, "）") || EndsWith(trimmed, ")")) &&
                       (Contains(trimmed, "主席") || Contains(trimmed, "书记"));
  const bool title = !speaker && CountChars(trimmed) <= 40 &&
                     (StartsWith(trimmed, "——") || Contains(trimmed, "综述") || Contains(trimmed, "工作报告") ||
                      Contains(trimmed, "工作总结") || Contains(trimmed, "发言") || Contains(trimmed, "纪实"));
  // A short heading that opens with a place's name: "【金昌】…", "金昌：…",
  // "【海东市政协】"; or a document title that does (——襄阳推进…) when the
  // text then speaks of its committee by level alone (市政协).
  if (CountChars(trimmed) <= 40) {
    const bool in_title = c.title.find(trimmed) != std::string_view::npos;
    const size_t lead = HeadingLeadLength(trimmed);
    size_t t0 = line.begin + static_cast<size_t>(trimmed.data() - body.data()) + lead;
    const bool dash = in_title && StartsWith(text.substr(t0), "——");
    if (dash) t0 += std::string_view("——").size();
    bool bracket = StartsWith(text.substr(t0), "【");
    size_t nb = bracket ? t0 + std::string_view("【").size() : t0;
    // 【青海·西宁市城西区】: a province before a middle dot.
    for (size_t k = nb, chars = 0; k < line.end && chars < 4; ++chars) {
      size_t len = 0;
      DecodeUtf8(text, k, &len);
      k += len;
      if (text.substr(k, 2) == "\xC2\xB7") {  // ·
        nb = k + 2;
        break;
      }
    }
    nb = SkipParentName(text, nb, line.end, g);
    size_t ne = 0;
    int place = g.MatchNameStartingAt(text, nb, &ne, &all);
    // 【剪报】北京通州：…: a bracket naming no place is a label before the heading.
    if (place < 0 && bracket) {
      const size_t close = text.find("】", t0);
      if (close != std::string_view::npos && close < line.end && close - t0 <= 3 * 8) {
        nb = SkipParentName(text, close + std::string_view("】").size(), line.end, g);
        place = g.MatchNameStartingAt(text, nb, &ne, &all);
        bracket = false;
      }
    }
    // 二、补记：城中区政协…: a short label after the enumerator.
    if (place < 0 && lead > 0) {
      const std::string_view head = text.substr(nb, std::min<size_t>(3 * 5, line.end - nb));
      size_t colon = head.find("："), mark = 3;
      if (colon == std::string_view::npos) colon = head.find(':'), mark = 1;  // as layout repair leaves it
      if (colon != std::string_view::npos && colon >= 3) {
        nb = SkipParentName(text, nb + colon + mark, line.end, g);
        place = g.MatchNameStartingAt(text, nb, &ne, &all);
      }
    }
    if (place >= 0 && all.size() > 1) place = Resolve(all, text, nb, ne, line.begin, c);
    // 【四川·成都】武侯区：…: a bracket that only locates the item, then the
    // place within it that the item is about.
    if (place >= 0 && bracket && text.substr(ne, std::string_view("】").size()) == "】") {
      const size_t cb = SkipParentName(text, ne + std::string_view("】").size(), line.end, g);
      size_t ce = 0;
      std::vector<int> inner;
      g.MatchNameStartingAt(text, cb, &ce, &inner);
      std::vector<int> within;
      for (int k : inner) {
        if (g.IsWithin(k, place)) within.push_back(k);
      }
      const std::string_view after = text.substr(ce, line.end - ce);
      if (within.size() == 1 &&
          (StartsWith(after, "：") || StartsWith(after, ":") || StartsWith(after, kZhengxie))) {
        place = within.front();
        nb = cb;
        ne = ce;
      }
    }
    if (place >= 0) {
      std::string_view rest = text.substr(ne, line.end - ne);
      // 【海东市政协】, 海东市政协：: the committee named in the heading.
      const bool committee = StartsWith(rest, kZhengxie);
      if (committee) rest.remove_prefix(kZhengxie.size());
      // 【温州市龙湾区（2020年）】: a note in brackets after the name.
      if (StartsWith(rest, "（") || StartsWith(rest, "(")) {
        const size_t close = rest.find(StartsWith(rest, "（") ? "）" : ")");
        if (close != std::string_view::npos) rest.remove_prefix(close + (StartsWith(rest, "（") ? 3 : 1));
      }
      // ■ 海宁市  “民生议事堂”成为…: a bulletin's item, marked, opening with
      // the name (layout repair has taken the space after it).
      const bool marked = lead > 0 && StartsWithMarker(trimmed) && !Contains(trimmed, "。");
      // 一、城西区政协九届五次会议开幕: a numbered heading that opens with a
      // committee heads that committee's item.
      const bool numbered = lead > 0 && committee && !Contains(trimmed, "。") && !Contains(trimmed, "，");
      if ((bracket && StartsWith(rest, "】")) || StartsWith(rest, "：") || StartsWith(rest, ":") || rest.empty() ||
          marked || numbered) {
        out.push_back({place, g.places()[place].name_zh, nb, Strength::kTitle});
      } else if (in_title && !bracket && CommitteeByLevel(text, g.places()[place].name_zh)) {
        out.push_back({place, g.places()[place].name_zh, nb, Strength::kTitle, true});
      }
    }
  }
  for (size_t at = body.find(kZhengxie); at != std::string_view::npos; at = body.find(kZhengxie, at + 1)) {
    const size_t pos = line.begin + at;
    Mention m;
    size_t nb = 0, ne = 0;
    // 宜春市政协, or 宜春市市县两级政协: the committees of a place's tiers
    // together speak for the place.
    const size_t name_end = pos - TierPhraseBefore(text, pos, line.begin);
    int place = g.MatchNameEndingAt(text, name_end, &nb, &all);
    if (place >= 0 && all.size() > 1) {
      place = Resolve(all, text, nb, name_end, line.begin, c);
      if (place < 0) continue;  // ambiguous: warned, not guessed
    }
    if (place < 0) {
      // 政协X委员会, 政协北京市石景山区第十一届委员会: the committee's full name.
      const size_t after = SkipParentName(text, pos + kZhengxie.size(), line.end, g);
      place = g.MatchNameStartingAt(text, after, &ne, &all);
      if (place >= 0 && all.size() > 1) {
        size_t name_end = 0;
        g.MatchNameStartingAt(text, after, &name_end);
        place = Resolve(all, text, after, name_end, line.begin, c);
        if (place < 0) continue;
      }
      while (place >= 0 && ne < line.end && text.substr(ne, kCommittee.size()) != kCommittee &&
             ne < after + 3 * 12 && !ClauseStopAt(text, ne)) {
        // Allow the term between the name and 委员会: 第十一届.
        if (text.substr(ne, 3) == "第" || text.substr(ne, 3) == "届" || NumeralOrDigit(text, ne)) {
          size_t len = 0;
          DecodeUtf8(text, ne, &len);
          ne += len;
        } else {
          break;
        }
      }
      if (place >= 0 && text.substr(ne, kCommittee.size()) == kCommittee) {
        nb = pos;  // 政协X委员会 starts at 政协
      } else {
        place = -1;
      }
    }
    if (place >= 0 && OneCharacterNameInDoubt(text, place, g)) continue;
    if (place >= 0) {
      m.place = place;
      m.name = g.places()[place].name_zh;
      m.name_begin = nb;
    } else if (speaker || title) {
      m.name = UnlistedNameBefore(text, pos, line.begin);
      if (m.name.empty()) continue;
      m.name_begin = pos - m.name.size();
    } else {
      continue;
    }
    // ——在嘉兴市政协系统…交流会上的发言: the committee whose meeting it is,
    // not the speaker's (see SpeakerAtMeeting).
    const bool venue = title && m.name_begin >= kAt.size() && text.substr(m.name_begin - kAt.size(), kAt.size()) == kAt &&
                       Contains(trimmed, "会上");
    if (speaker) {
      m.strength = Strength::kSpeaker;
    } else if (venue) {
      m.strength = Strength::kMention;
      m.venue = true;
    } else if (title) {
      m.strength = Strength::kTitle;
    } else if (m.place >= 0 && !line.caption &&
               (AtSentenceStart(text, m.name_begin, line.begin) || ParentStartsAt(text, m.name_begin, line, g) ||
                SpeakerOfTheQuote(text, m.name_begin, line))) {
      m.strength = Strength::kSubject;
    }
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<Line> SplitLines(const Document& doc, const NameContext& c) {
  std::vector<Line> lines;
  const std::string_view text = doc.text;
  size_t b = 0;
  while (b < text.size()) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    const std::string_view t = Trim(text.substr(b, e - b));
    if (!t.empty()) {
      Line line{b, e, StartsWith(t, "▲") || StartsWith(t, "△") || StartsWith(t, "图为"), {}};
      line.mentions = FindMentions(text, line, c);
      lines.push_back(std::move(line));
    }
    b = e + 1;
  }
  return lines;
}

std::string_view StrengthName(Strength s) {
  switch (s) {
    case Strength::kTitle: return "title line";
    case Strength::kSpeaker: return "speaker line";
    case Strength::kSubject: return "committee as the subject of a sentence";
    case Strength::kMention: return "mention";
  }
  return "";
}


std::string SectionText(const Document& doc, const Section& s) {
  std::string out;
  for (const auto& [b, e] : s.ranges) {
    out.append(doc.text, b, e - b);
    out += '\n';
  }
  return out;
}


bool EndsWithAny(std::string_view s, std::initializer_list<std::string_view> suffixes) {
  for (std::string_view x : suffixes) {
    if (EndsWith(s, x)) return true;
  }
  return false;
}

// A paragraph inside a county's or district's part that speaks of the city
// (从全市看，…; 市政协提供的统计数据显示，…) and not of the county is the
// city's, when the document also covers that city (its title or a heading
// names it): a report on a city with sections on its counties.
void GiveCityLinesToTheCity(const Document& doc, const Gazetteer& g, std::vector<Section>* sections) {
  const std::string_view text = doc.text;
  for (Section& county : *sections) {
    if (county.unlisted || !EndsWithAny(county.name_zh, {"县", "区", "旗"})) continue;
    const int ci = g.FindByCode(county.code);
    // The city it is within by the table or, where the table has no parent
    // for it, the only city the document covers.
    Section* city = nullptr;
    std::vector<Section*> cities;
    for (Section& s : *sections) {
      if (&s == &county || s.unlisted || !EndsWithAny(s.name_zh, {"市", "州", "盟"})) continue;
      const int si = g.FindByCode(s.code);
      if (ci < 0 || si < 0) continue;
      if (g.IsWithin(ci, si)) city = &s;
      cities.push_back(&s);
    }
    if (!city && ci >= 0 && g.Parent(ci) < 0 && cities.size() == 1) city = cities.front();
    if (!city || city->ranges.empty()) continue;
    const std::string own = ShortPlaceName(county.name_zh);
    std::vector<std::pair<size_t, size_t>> keep;
    for (const auto& range : county.ranges) {
      const std::string_view line = text.substr(range.first, range.second - range.first);
      const bool of_city = Contains(line, "全市") || Contains(line, "市政协");
      const bool of_county = Contains(line, own) || Contains(line, "县政协") || Contains(line, "区政协") ||
                             Contains(line, "全县") || Contains(line, "全区") || Contains(line, "旗政协");
      if (of_city && !of_county && range.first > city->ranges.front().first) {
        city->ranges.push_back(range);
        if (city->reason.find("; city-wide paragraphs") == std::string::npos) {
          city->reason += "; city-wide paragraphs (全市, 市政协) in its counties' parts";
        }
      } else {
        keep.push_back(range);
      }
    }
    county.ranges = std::move(keep);
  }
}

// A line that only separates blocks: a rule of box-drawing or dash
// characters (━━━━, ────, ******, ====).
bool IsRuleLine(std::string_view t) {
  if (t.empty()) return false;
  for (size_t i = 0; i < t.size();) {
    size_t len = 0;
    const char32_t c = DecodeUtf8(t, i, &len);
    const bool rule = (c >= 0x2500 && c <= 0x257F) || c == U'-' || c == U'*' || c == U'=' || c == U'_' ||
                      c == U'~' || c == U'—' || c == U'－' || c == U' ';
    if (!rule) return false;
    i += len ? len : 1;
  }
  return true;
}

// A signature after a block: "——来宾市兴宾区政协主席 ×××（2024年1月，在…会议上）",
// a line opening with —— that names a committee and holds a date.
const Mention* SignatureOf(const Document& doc, const Line& l) {
  const std::string_view t = Trim(std::string_view(doc.text).substr(l.begin, l.end - l.begin));
  if (!StartsWith(t, "——") || !FirstFullDate(t).year) return nullptr;
  for (const Mention& m : l.mentions) {
    if (m.place >= 0) return &m;
  }
  return nullptr;
}

// For each line, the signature that governs it when blocks are signed at
// their end (a compilation of excerpts, each followed by its speaker and
// date): the lines from the block's start (after a rule line or the
// previous signature) to its signature. Only when the document has two or
// more signatures, each closing a block that names no other place's
// committee before it; else every entry is null.
std::vector<const Mention*> TrailingAttributions(const Document& doc, const std::vector<Line>& lines) {
  std::vector<const Mention*> out(lines.size(), nullptr);
  const std::string_view text = doc.text;
  std::vector<size_t> signed_at;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (SignatureOf(doc, lines[i])) signed_at.push_back(i);
  }
  if (signed_at.size() < 2) return out;
  for (size_t k = 0; k < signed_at.size(); ++k) {
    const size_t end = signed_at[k];
    const Mention* sig = SignatureOf(doc, lines[end]);
    size_t begin = end;
    while (begin > 0) {
      const size_t prev = begin - 1;
      const std::string_view t = Trim(text.substr(lines[prev].begin, lines[prev].end - lines[prev].begin));
      if (IsRuleLine(t) || (k > 0 && prev == signed_at[k - 1])) break;
      begin = prev;
    }
    if (k == 0 && begin == 0) return std::vector<const Mention*>(lines.size(), nullptr);  // no block boundary
    for (size_t i = begin; i < end; ++i) {
      for (const Mention& m : lines[i].mentions) {
        if (m.strength != Strength::kMention && m.place != sig->place) {
          return std::vector<const Mention*>(lines.size(), nullptr);  // another place governs part of it
        }
      }
    }
    for (size_t i = begin; i <= end; ++i) out[i] = sig;
  }
  return out;
}

// The signature that closes the block holding line i (the next one).
std::string_view AttributionLine(const Document& doc, const std::vector<Line>& lines, size_t i) {
  for (size_t k = i; k < lines.size(); ++k) {
    if (SignatureOf(doc, lines[k])) {
      return Trim(std::string_view(doc.text).substr(lines[k].begin, lines[k].end - lines[k].begin));
    }
  }
  return {};
}

// The place a speech given at a meeting of another committee (——在嘉兴市政协
// 系统…交流会上的发言) speaks for: the one within the host's place whose name
// (short or full) the speech prints most, at least twice and more than any
// other; -1 when there is no such speech or no such place.
constexpr size_t kSpeakerMinMentions = 2;
int SpeakerAtMeeting(const Document& doc, const std::vector<Line>& lines, const Gazetteer& g) {
  int host = -1;
  for (const Line& l : lines) {
    for (const Mention& m : l.mentions) {
      if (m.venue && m.place >= 0) host = m.place;
    }
  }
  if (host < 0) return -1;
  const std::string_view text = doc.text;
  std::map<int, size_t> votes;
  for (const Line& l : lines) {
    for (size_t i = l.begin; i < l.end; i += Utf8Length(static_cast<unsigned char>(text[i]))) {
      size_t end = 0;
      std::vector<int> all;
      const int p = g.MatchNameStartingAt(text, i, &end, &all);
      if (p < 0 || p == host || all.size() > 1 || !g.IsWithin(p, host)) continue;
      ++votes[p];
      i = end - 1;
    }
  }
  int best = -1;
  size_t most = 0;
  bool tie = false;
  for (const auto& [p, n] : votes) {
    if (n > most) {
      best = p, most = n, tie = false;
    } else if (n == most) {
      tie = true;
    }
  }
  return most >= kSpeakerMinMentions && !tie ? best : -1;
}

// The one place a local outlet's masthead or footer names (今日竹山, 版权所有：
// 竹山县融媒体中心) at the level `level` (县), looked for in the first two and
// last three lines; -1 when none or several.
int MastheadPlace(const Document& doc, const std::vector<Line>& lines, const Gazetteer& g, std::string_view level) {
  const std::string_view text = doc.text;
  int found = -1;
  const auto scan = [&](const Line& l) {
    // A masthead or footer is a line of labels, not a paragraph.
    const std::string_view t = text.substr(l.begin, l.end - l.begin);
    if (Contains(t, "。") || CountChars(t) > 60) return true;
    for (size_t i = l.begin; i < l.end; i += Utf8Length(static_cast<unsigned char>(text[i]))) {
      size_t end = 0;
      std::vector<int> all;
      const int p = g.MatchNameStartingAt(text, i, &end, &all);
      if (p < 0) continue;
      // Past the whole name, so that no shorter one inside it (南县 in 滦南县) is read.
      const size_t name_end = end;
      if (all.size() > 1 || LevelChar(g.places()[p].name_zh) != level) {
        i = name_end - 1;
        continue;
      }
      if (found >= 0 && found != p) return false;
      found = p;
      i = name_end - 1;
    }
    return true;
  };
  for (size_t k = 0; k < lines.size(); ++k) {
    if (k >= 2 && k + 3 < lines.size()) continue;
    if (!scan(lines[k])) return -1;
  }
  return found;
}

// A local outlet's story (竹山's paper: 孝感市政协考察我县…) speaks of its own
// place as 我县 and of its committee as 县政协: the paragraphs that do are the
// masthead place's, not the visiting committee's of another level.
void GiveOwnLinesToTheMasthead(const Document& doc, const std::vector<Line>& lines, const Gazetteer& g,
                               std::vector<Section>* sections) {
  const std::string_view text = doc.text;
  constexpr std::string_view kWe = "我";
  if (!ContainsBytes(text, kWe)) return;
  for (std::string_view level : {"县", "区", "市", "旗"}) {
    const std::string own = std::string(kWe) + std::string(level);
    if (!Contains(text, own)) continue;
    const int place = MastheadPlace(doc, lines, g, level);
    if (place < 0) continue;
    const std::string& code = g.places()[place].code;
    Section* home = nullptr;
    for (Section& s : *sections) {
      if (s.code == code) home = &s;
    }
    std::vector<std::pair<size_t, size_t>> moved;
    for (Section& s : *sections) {
      if (&s == home || s.unlisted || LevelChar(s.name_zh) == level) continue;
      std::vector<std::pair<size_t, size_t>> keep;
      for (const auto& range : s.ranges) {
        const std::string_view line = text.substr(range.first, range.second - range.first);
        if (Contains(line, own) || CommitteeByLevel(line, g.places()[place].name_zh)) {
          moved.push_back(range);
        } else {
          keep.push_back(range);
        }
      }
      s.ranges = std::move(keep);
    }
    if (moved.empty()) continue;
    if (!home) {
      Section s;
      s.code = code;
      s.name_zh = g.places()[place].name_zh;
      sections->push_back(std::move(s));
      home = &sections->back();
    }
    home->ranges.insert(home->ranges.end(), moved.begin(), moved.end());
    home->reason += std::string(home->reason.empty() ? "" : "; ") + "the outlet's own place (" + own +
                    ", named in its masthead or footer)";
  }
}

// The one place of `level` (市, 县 …) the text names bare, when every name of
// that level it prints is that place's and it is named twice, or once with a
// place within it (融水、融安两县 … 柳州); -1 otherwise. Sets *times.
int OnlyPlaceOfLevelNamed(std::string_view text, const Gazetteer& g, std::string_view level, int* times) {
  int found = -1, count = 0;
  std::vector<int> others;  // places of other levels named
  for (size_t i = 0; i < text.size(); i += Utf8Length(static_cast<unsigned char>(text[i]))) {
    size_t end = 0;
    std::vector<int> all;
    const int p = g.MatchNameStartingAt(text, i, &end, &all);
    if (p < 0) continue;
    if (all.size() == 1 && LevelChar(g.places()[p].name_zh) == level) {
      if (found >= 0 && found != p) return -1;
      found = p;
      ++count;
    } else if (all.size() == 1) {
      others.push_back(p);
    }
    i = end - 1;  // past the whole name (南县 in 滦南县)
  }
  if (found < 0) return -1;
  const bool holds_named = std::any_of(others.begin(), others.end(), [&](int o) { return g.IsWithin(o, found); });
  *times = count;
  return count >= 2 || holds_named ? found : -1;
}

// The section of `place` among *added, appended (with `reason`) when there
// is none. The pointer is valid until *added grows.
Section* SectionOf(const Place& place, const std::string& reason, std::vector<Section>* added) {
  for (Section& a : *added) {
    if (a.code == place.code) return &a;
  }
  Section a;
  a.code = place.code;
  a.name_zh = place.name_zh;
  a.reason = reason;
  added->push_back(std::move(a));
  return &added->back();
}

// Sections split off others' passages, added to *sections: the passages of
// one whose place already has a section join it.
void MergeSections(std::vector<Section> added, std::vector<Section>* sections) {
  for (Section& a : added) {
    bool merged = false;
    for (Section& s : *sections) {
      if (s.code != a.code) continue;
      s.ranges.insert(s.ranges.end(), a.ranges.begin(), a.ranges.end());
      merged = true;
    }
    if (!merged) sections->push_back(std::move(a));
  }
}

using Ranges = std::vector<std::pair<size_t, size_t>>;

// Calls split(s, place, range, &keep, &added) for every passage range of each
// section whose place is in the table: split puts what stays with s in keep and
// gives the rest to other places' sections in added (SectionOf), which then
// join *sections (MergeSections).
template <typename Split>
void SplitPassages(const Gazetteer& g, std::vector<Section>* sections, Split split) {
  std::vector<Section> added;
  for (Section& s : *sections) {
    const int place = g.FindByCode(s.code);
    if (place < 0) continue;
    Ranges keep;
    for (const auto& range : s.ranges) split(s, place, range, &keep, &added);
    s.ranges = std::move(keep);
  }
  MergeSections(std::move(added), sections);
}

// 以袁州区为例，目前全区346名…: the rest of the paragraph after a place
// within the passage's, introduced as an example, is that place's.
void GiveExamplesToTheirPlaces(const Document& doc, const Gazetteer& g, std::vector<Section>* sections) {
  const std::string_view text = doc.text;
  constexpr std::string_view kFor = "以", kExample = "为例";
  SplitPassages(g, sections, [&](const Section& s, int outer, const std::pair<size_t, size_t>& range, Ranges* keep,
                                 std::vector<Section>* added) {
    const std::string_view line = text.substr(range.first, range.second - range.first);
    // From each 为例 (rare) back to the name before it, then to 以 (common).
    for (size_t ex = FindBytes(line, kExample); ex != std::string_view::npos; ex = FindBytes(line, kExample, ex + 1)) {
      const size_t ne = range.first + ex;
      size_t nb = 0;
      const int p = g.MatchNameEndingAt(text, ne, &nb);
      if (p < 0 || nb < range.first + kFor.size() || text.substr(nb - kFor.size(), kFor.size()) != kFor ||
          !g.IsWithin(p, outer)) {
        continue;
      }
      Section* inner = SectionOf(g.places()[p],
                                 "an example in " + s.name_zh + "'s passage (以" + g.places()[p].name_zh + "为例)",
                                 added);
      // The example's part starts after 为例: read as the example's own
      // text, its figures are no longer someone else's (family elsewhere).
      inner->ranges.emplace_back(ne + kExample.size(), range.second);
      keep->emplace_back(range.first, ne + kExample.size());
      return;
    }
    keep->push_back(range);
  });
}

// 在梁溪区，考察组参观了…: a paragraph that opens by placing itself in a
// place within the passage's (a visit, a tour of the districts) is that
// place's, to the end of the paragraph.
void GiveLocatedParagraphsToTheirPlaces(const Document& doc, const Gazetteer& g, std::vector<Section>* sections) {
  const std::string_view text = doc.text;
  constexpr std::string_view kIn = "在";
  SplitPassages(g, sections, [&](const Section& s, int outer, const std::pair<size_t, size_t>& range, Ranges* keep,
                                 std::vector<Section>* added) {
    size_t from = range.first;  // what is not yet given away
    for (size_t at = range.first; at < range.second;) {
      size_t line_end = text.find('\n', at);
      if (line_end == std::string_view::npos || line_end > range.second) line_end = range.second;
      size_t b = at;
      while (b < line_end && (text[b] == ' ' || text[b] == '\t')) ++b;
      size_t ne = 0;
      const int p = StartsWith(text.substr(b), kIn) ? g.MatchNameStartingAt(text, b + kIn.size(), &ne) : -1;
      if (p >= 0 && p != outer && g.IsWithin(p, outer) &&
          (StartsWith(text.substr(ne), "，") || StartsWith(text.substr(ne), ","))) {
        if (at > from) keep->emplace_back(from, at);
        SectionOf(g.places()[p], "a paragraph of " + s.name_zh + "'s passage set in " + g.places()[p].name_zh +
                                     " (在" + g.places()[p].name_zh + "，)",
                  added)
            ->ranges.emplace_back(at, line_end);
        from = line_end;
      }
      at = line_end + 1;
    }
    if (from < range.second) keep->emplace_back(from, range.second);
  });
}

// 统计数据显示，去年，宜春共有2135名市县两级政协委员，参与…1332次: in a
// county's or district's passage, a sentence whose clause opens with the
// name of the city it lies within speaks of the city, the whole sentence. That part goes to the city (a section of its own when the
// document has none), so that the city's figure is never the county's.
void GiveParentSentencesToTheParent(const Document& doc, const Gazetteer& g, std::vector<Section>* sections) {
  const std::string_view text = doc.text;
  SplitPassages(g, sections, [&](const Section& s, int inner, const std::pair<size_t, size_t>& range, Ranges* keep,
                                 std::vector<Section>* added) {
    const std::string& level = g.places()[inner].level;
    const int parent = g.Parent(inner);
    if (parent < 0 || (level != "county" && level != "county_city" && level != "district" && level != "banner")) {
      keep->push_back(range);
      return;
    }
    size_t cut = std::string_view::npos, cut_end = range.second;
    for (size_t at = range.first; at < range.second && cut == std::string_view::npos;) {
      const bool clause_start = at == range.first || ClauseStopAt(text, PrevCharStart(text, at)) > 0;
      size_t ne = 0;
      size_t next_end = 0;
      // Not 宜春市政协 (a mention segmentation reads) nor 西宁市城西区 (the
      // city naming the place within it).
      // 江西宜春共有…: the province may stand before the city's name.
      if (clause_start && g.MatchNameStartingAt(text, SkipParentName(text, at, range.second, g), &ne) == parent &&
          text.compare(ne, kZhengxie.size(), kZhengxie) != 0 && g.MatchNameStartingAt(text, ne, &next_end) < 0) {
        // From the sentence's start when what opens it names no committee
        // and not the county (统计数据显示，去年，): that opening dates it.
        const size_t sb = SentenceBegin(text, at, range.first);
        const std::string_view opening = text.substr(sb, at - sb);
        cut = Contains(opening, kZhengxie) || Contains(opening, ShortPlaceName(s.name_zh)) ? at : sb;
        cut_end = SentenceEnd(text, at, range.second);
        while (cut_end < range.second && SentenceStopAt(text, cut_end) > 0) cut_end += SentenceStopAt(text, cut_end);
      }
      size_t len = 0;
      DecodeUtf8(text, at, &len);
      at += len;
    }
    if (cut == std::string_view::npos) {
      keep->push_back(range);
      return;
    }
    if (cut > range.first) keep->emplace_back(range.first, cut);
    if (cut_end < range.second) keep->emplace_back(cut_end, range.second);
    SectionOf(g.places()[parent], "a sentence of " + s.name_zh + "'s passage that speaks of its city", added)
        ->ranges.emplace_back(cut, cut_end);
  });
}

}  // namespace

Result<std::vector<Section>> SegmentDocument(const Document& doc, const Gazetteer& g, const DocumentHints& hints,
                                             std::string* note, Diagnostics* warnings) {
  const std::string doc_title = TitleLines(doc.text);
  std::vector<std::string> ambiguities;
  int ambiguous_mentions = 0;
  std::vector<Line> lines = SplitLines(doc, NameContext{g, doc_title, &ambiguities, &ambiguous_mentions});
  // A title's opening name stands for the place only where no committee is
  // named anywhere else.
  bool committee_named = ambiguous_mentions > 0;
  for (const Line& l : lines) {
    for (const Mention& m : l.mentions) committee_named = committee_named || !m.title_name_only;
  }
  if (committee_named) {
    for (Line& l : lines) {
      l.mentions.erase(std::remove_if(l.mentions.begin(), l.mentions.end(),
                                      [](const Mention& m) { return m.title_name_only; }),
                       l.mentions.end());
    }
  }
  if (warnings && hints.city.empty()) {  // the manifest's city decides every name
    for (const std::string& a : ambiguities) warnings->push_back({DiagnosticKind::kAmbiguousPlace, doc.name, 0, "", a});
  }
  std::vector<Section> sections;
  std::map<std::string, size_t> by_code;
  std::vector<int> section_place;  // each section's place in `g`, -1 when unlisted
  auto section_for = [&](const Mention& m, size_t line_no) -> size_t {
    const std::string code = m.place >= 0 ? g.places()[m.place].code : UnlistedPlaceCode(m.name);
    auto it = by_code.find(code);
    if (it != by_code.end()) return it->second;
    Section s;
    s.code = code;
    s.name_zh = m.name;
    s.unlisted = m.place < 0;
    s.reason = std::string(StrengthName(m.strength)) + " at line " +
               std::to_string(doc.LineOf(doc.OriginalIndex(lines[line_no].begin)));
    sections.push_back(std::move(s));
    section_place.push_back(m.place);
    by_code[code] = sections.size() - 1;
    return sections.size() - 1;
  };

  if (!hints.city.empty()) {
    int place = g.FindByCode(hints.city);
    if (place < 0) {
      const std::vector<int>& named = g.FindAllByName(hints.city);
      if (named.size() > 1) {
        std::string codes;
        for (int i : named) codes += " " + g.places()[i].code;
        return Status::InvalidArgument("city '" + hints.city + "' names several places (" + codes.substr(1) +
                                       "): give its code");
      }
      if (!named.empty()) place = named.front();
    }
    if (place < 0) return Status::InvalidArgument("city '" + hints.city + "' is in no places table");
    Section s;
    s.code = g.places()[place].code;
    s.name_zh = g.places()[place].name_zh;
    s.reason = "manifest.csv names the city";
    for (const Line& l : lines) {
      if (!l.caption) s.ranges.emplace_back(l.begin, l.end);
      for (const Mention& m : l.mentions) {
        if (m.place == place && (m.strength == Strength::kTitle) && s.title.empty()) {
          s.title = std::string(Trim(std::string_view(doc.text).substr(l.begin, l.end - l.begin)));
        }
      }
    }
    sections.push_back(std::move(s));
  } else {
    std::vector<size_t> pending;
    long current = -1;
    const std::vector<const Mention*> attributed = TrailingAttributions(doc, lines);
    for (size_t i = 0; i < lines.size(); ++i) {
      const Line& l = lines[i];
      if (attributed[i]) {
        // A block signed at its end: its lines are the signer's.
        current = static_cast<long>(section_for(*attributed[i], i));
        Section& s = sections[current];
        if (s.title.empty()) {
          s.title = std::string(AttributionLine(doc, lines, i));
          s.reason = "the signature closing its block (" + s.title + ")";
        }
        if (!l.caption) s.ranges.emplace_back(l.begin, l.end);
        continue;
      }
      long aside_of = -1;  // the section the next line returns to
      for (const Mention& m : l.mentions) {
        if (m.strength == Strength::kMention) continue;
        const long before = current;
        current = static_cast<long>(section_for(m, i));
        // 湖北省政协2019年…启动试点 in 黄石市's passage: a paragraph whose
        // subject is a place containing the passage's is an aside; the lines
        // after it are the passage's again.
        if (m.strength == Strength::kSubject && before >= 0 && before != current && m.place >= 0 &&
            section_place[before] >= 0 && g.IsWithin(section_place[before], m.place)) {
          aside_of = before;
        }
        Section& s = sections[current];
        if (s.title.empty() && (m.strength == Strength::kTitle || m.strength == Strength::kSpeaker)) {
          s.title = std::string(Trim(std::string_view(doc.text).substr(l.begin, l.end - l.begin)));
        }
        break;
      }
      if (l.caption) continue;
      if (current < 0) {
        pending.push_back(i);
      } else {
        sections[current].ranges.emplace_back(l.begin, l.end);
      }
      if (aside_of >= 0) current = aside_of;
    }
    // With no section found: the whole text is `place`'s, for `reason`.
    const auto adopt = [&](int place, std::string reason) {
      Mention m;
      m.place = place;
      m.name = g.places()[place].name_zh;
      section_for(m, 0);
      sections[0].reason = std::move(reason);
      for (size_t i : pending) sections[0].ranges.emplace_back(lines[i].begin, lines[i].end);
      pending.clear();
    };
    if (sections.empty()) {
      // A speech at another committee's meeting: the place within it that
      // the speech names most.
      if (const int speaker = SpeakerAtMeeting(doc, lines, g); speaker >= 0) {
        adopt(speaker, "the speaker at a meeting of the committee above it, named most in the speech");
      }
    }
    if (sections.empty() && ambiguous_mentions == 0) {
      // A local outlet's story (今日惠民: 县政协：“微协商”…) that names no
      // committee but speaks of its own by level is its masthead place's.
      for (std::string_view level : {"县", "区", "市", "旗"}) {
        const int own = MastheadPlace(doc, lines, g, level);
        if (own < 0 || !CommitteeByLevel(doc.text, g.places()[own].name_zh)) continue;
        adopt(own, "the outlet's own place, named in its masthead or footer; its committee called " +
                       std::string(level) + "政协");
        break;
      }
    }
    if (sections.empty() && ambiguous_mentions == 0) {
      // A speech by 市政协负责同志 that names no committee of its own but its
      // city, bare (把柳州的…建设得更好), beside places within it.
      bool any_committee = false;
      for (const Line& l : lines) any_committee = any_committee || !l.mentions.empty();
      for (std::string_view level : {"市", "县", "区", "州", "旗"}) {
        int times = 0;
        const int own = any_committee ? -1 : OnlyPlaceOfLevelNamed(doc.text, g, level, &times);
        if (own < 0 || !CommitteeByLevel(doc.text, g.places()[own].name_zh)) continue;
        adopt(own, "the only " + std::string(level) + " the text names (" +
                       (times == 1 ? std::string("once, with places within it") : std::to_string(times) + " times") +
                       "), its committee called " + std::string(level) + "政协");
        break;
      }
    }
    if (sections.empty()) {
      // No title, speaker or subject line: the committee mentioned most, if any.
      std::map<int, int> votes;
      for (const Line& l : lines) {
        for (const Mention& m : l.mentions) {
          if (m.place >= 0 && !m.venue) ++votes[m.place];
        }
      }
      if (votes.empty()) {
        *note = "no committee of a known place is named (title, speaker line or 'X市政协'); add the city to "
                "manifest.csv";
        return sections;
      }
      const auto best = std::max_element(votes.begin(), votes.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
      // A committee whose name is ambiguous, named as often as the best
      // known one, may be the document's own: a place named in passing
      // (与苇门县政协联合开展…) is no stand-in for it.
      if (ambiguous_mentions >= best->second) {
        *note = "the committee named most often names several places (see the warning); add the city to "
                "manifest.csv";
        return sections;
      }
      Mention m;
      m.place = best->first;
      m.name = g.places()[m.place].name_zh;
      section_for(m, 0);
      sections[0].reason = "the committee named most often (" + std::to_string(best->second) + " times)";
    }
    if (!pending.empty()) {
      // Text before the first anchor: a title at the top, or titles the layout
      // moved to the end. Give it to the reporting place it names most.
      size_t winner = 0;
      size_t best = 0;
      for (size_t s = 0; s < sections.size(); ++s) {
        if (sections[s].unlisted) continue;
        const int place = g.FindByCode(sections[s].code);
        const std::string short_name = ShortPlaceName(g.places()[place].name_zh);
        size_t votes = 0;
        for (size_t i : pending) {
          votes += CountOccurrences(std::string_view(doc.text).substr(lines[i].begin, lines[i].end - lines[i].begin),
                                    short_name);
        }
        if (votes > best) {
          best = votes;
          winner = s;
        }
      }
      auto& ranges = sections[winner].ranges;
      std::vector<std::pair<size_t, size_t>> front;
      for (size_t i : pending) {
        // In a compilation, a preface that names none of its places (背景：
        // 2019年，省政协在全省16个县…试点) is nobody's: its sentences stay out.
        const std::string_view t = std::string_view(doc.text).substr(lines[i].begin, lines[i].end - lines[i].begin);
        if (sections.size() > 1 && best == 0 && Contains(t, "。")) continue;
        front.emplace_back(lines[i].begin, lines[i].end);
      }
      ranges.insert(ranges.begin(), front.begin(), front.end());
      sections[winner].reason += best ? "; the untitled opening names it " + std::to_string(best) + " times"
                                      : "; the untitled opening comes before its title";
    }
  }

  if (hints.city.empty()) {
    GiveCityLinesToTheCity(doc, g, &sections);
    GiveOwnLinesToTheMasthead(doc, lines, g, &sections);
    GiveExamplesToTheirPlaces(doc, g, &sections);
    GiveLocatedParagraphsToTheirPlaces(doc, g, &sections);
    GiveParentSentencesToTheParent(doc, g, &sections);
  }

  // Read only when no manifest gives the period.
  const DocumentDate date = hints.year > 0 ? DocumentDate{} : FindDocumentDate(doc.text);
  const int file_year = hints.year > 0 ? 0 : FileNameYear(doc.name);
  for (Section& s : sections) {
    std::sort(s.ranges.begin(), s.ranges.end());
    if (hints.year > 0) {
      const int years = hints.years > 0 ? hints.years : 1;
      s.period = {Period::Span(hints.year, years), "manifest.csv"};
      s.manifest_period = true;
    } else {
      const std::string body = SectionText(doc, s);
      // A block signed with its date (——…主席 ×××（2024年1月，在…上）) was written then.
      DocumentDate own = date;
      if (const PrintedDate d = FirstFullDate(s.title); d.year && StartsWith(s.title, "——") &&
                                                        s.reason.rfind("the signature closing", 0) == 0) {
        own = {d.year, d.month, "signature: " + s.title};
      }
      // In a compilation, a dateline right under a passage's heading
      // (■ 奉化区  …\n（2023年2月）) dates that passage.
      if (sections.size() > 1 && !s.title.empty()) {
        bool after_heading = false;
        ForEachTrimmedLine(body, [&](std::string_view l) {
          if (!after_heading) {
            after_heading = l == Trim(s.title);
            return false;
          }
          if (const PrintedDate d = DateLineDate(l); d.year) own = {d.year, d.month, "dateline under its heading: " +
                                                                                      std::string(l)};
          return true;
        });
      }
      s.period = FindPeriod({s.title, doc_title, body, own, file_year});
      s.date = own.known() ? own : DocumentDate{file_year, 0, "the file name"};
    }
  }
  return sections;
}

}  // namespace peercard
