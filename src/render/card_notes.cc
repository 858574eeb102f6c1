// The lower part of a card: the evidence table (each number with the
// sentence it was read from, its file and line) and the notes.
#include <algorithm>
#include <cmath>
#include <vector>

#include "render/card_parts.h"
#include "draw/text_fit.h"
#include "base/join.h"

namespace peercard {

namespace {

// n (1 ≤ n < 10^8) in Chinese numerals as reports write them: 一千一百,
// 八百五十, 一万零五百, 十二 (and 一十二 inside a larger number).
std::string ChineseNumerals(long long n) {
  static const char* const kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  static const char* const kUnits[] = {"千", "百", "十", ""};
  const auto below_10000 = [&](long long v, bool leading) {
    std::string out;
    bool zero = false;
    for (int i = 0, div = 1000; i < 4; ++i, div /= 10) {
      const int d = static_cast<int>(v / div % 10);
      if (d == 0) {
        zero = !out.empty();
        continue;
      }
      if (zero) out += kDigits[0];
      zero = false;
      if (!(leading && out.empty() && d == 1 && i == 2)) out += kDigits[d];  // 十二, not 一十二
      out += kUnits[i];
    }
    return out;
  };
  if (n < 10000) return below_10000(n, true);
  const long long rest = n % 10000;
  return below_10000(n / 10000, true) + "万" + (rest > 0 && rest < 1000 ? kDigits[0] : "") +
         (rest > 0 ? below_10000(rest, false) : "");
}

}  // namespace

namespace {

// True when text[at] begins a digit or a Chinese numeral: what may not touch
// a number found inside a longer one (100 in 1100, 一百 in 一百二十).
bool NumeralAt(const std::string& text, size_t at) {
  if (at >= text.size()) return false;
  const char c = text[at];
  if (c >= '0' && c <= '9') return true;
  for (const char* n : {"０", "１", "２", "３", "４", "５", "６", "７", "８", "９", "零", "一", "二", "三", "四",
                        "五", "六", "七", "八", "九", "十", "百", "千", "万", "两"}) {
    if (text.compare(at, std::char_traits<char>::length(n), n) == 0) return true;
  }
  return false;
}

// The last character's start before `at`.
size_t CharBefore(const std::string& text, size_t at) {
  size_t b = at - 1;
  while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  return b;
}

}  // namespace

TextSpan NumberSpan(const std::string& sentence, double value) {
  TextSpan best;
  if (!std::isfinite(value) || value != std::floor(value) || std::fabs(value) > 1e15) return best;
  const std::string plain = std::to_string(static_cast<long long>(value));
  std::string grouped = plain;
  for (int i = static_cast<int>(grouped.size()) - 3; i > 0; i -= 3) grouped.insert(i, ",");
  // Reports print digits full-width as often as not (１３２０余件, １，３２０).
  const auto full_width = [](const std::string& ascii) {
    std::string out;
    for (char c : ascii) {
      if (c == ',') {
        out += "\xEF\xBC\x8C";  // ，
      } else {
        out += "\xEF\xBC";
        out += static_cast<char>(0x90 + (c - '0'));  // ０ is U+FF10
      }
    }
    return out;
  };
  std::vector<std::string> forms = {plain, grouped, full_width(plain), full_width(grouped)};
  if (value >= 1 && value < 1e8) {
    std::string zh = ChineseNumerals(static_cast<long long>(value));
    forms.push_back(zh);
    if (zh.rfind("二", 0) == 0 && zh.size() > 3) forms.push_back("两" + zh.substr(3));  // 两千, 两万
  }
  for (const std::string& s : forms) {
    for (size_t at = sentence.find(s); at != std::string::npos && at < best.offset; at = sentence.find(s, at + 1)) {
      const bool alone = (at == 0 || !NumeralAt(sentence, CharBefore(sentence, at))) &&
                         !NumeralAt(sentence, at + s.size());
      if (alone) {
        best = {at, s.size()};
        break;
      }
    }
  }
  return best;
}

size_t NumberOffset(const std::string& sentence, double value) {
  const TextSpan span = NumberSpan(sentence, value);
  return span.offset == std::string::npos ? 0 : span.offset;
}

namespace {

std::string FileAndLine(const PageFlow& f, const IndicatorView& iv, double width, double size) {
  std::string doc = iv.evidence ? iv.evidence->doc : iv.row->doc;
  if (doc.empty()) return "";
  // Where a reader finds the figure: a PDF's page (p. 3), else the line
  // (for a Word file, the paragraph).
  const std::string line = !iv.evidence                 ? ""
                           : iv.evidence->page > 0      ? " p." + std::to_string(iv.evidence->page)
                           : iv.evidence->line > 0      ? ":" + std::to_string(iv.evidence->line)
                                                        : "";
  if (f.m.Width(doc + line, size) > width) {
    const size_t slash = doc.find_last_of('/');
    if (slash != std::string::npos) doc = "\u2026/" + doc.substr(slash + 1);
  }
  return FitText(f.m, doc, size, width - f.m.Width(line, size)) + line;
}

void Paragraph(PageFlow& f, const std::string& text, double size, int max_lines) {
  const double line_h = size * f.t.Num("card.notes.leading");
  const auto lines = WrapText(f.m, text, size, f.width, max_lines);
  const Box b = f.Take(lines.size() * line_h);
  double y = b.y + size;
  for (const auto& l : lines) {
    f.d->Text(b.x, y, l, {size, FontWeight::kRegular, 0.1});
    y += line_h;
  }
}

// The indicators of `v` in rows of the evidence table: one row per
// indicator, except that indicators read from the same sentence (开展协商活动
// 1236场次，推动解决1100多个问题) share one, in the order of the first. A
// reviewed value keeps a row of its own, to carry its mark.
std::vector<std::vector<const IndicatorView*>> EvidenceGroups(const PlaceView& v) {
  std::vector<std::vector<const IndicatorView*>> groups;
  for (const IndicatorView& iv : v.indicators) {
    const Observation* e = iv.has_value() && !iv.row->reviewed ? iv.evidence : nullptr;
    auto same = groups.end();
    if (e && !e->evidence.empty()) {
      same = std::find_if(groups.begin(), groups.end(), [&](const auto& g) {
        const Observation* o = g.front()->evidence;
        return g.front()->has_value() && !g.front()->row->reviewed && o && o->doc == e->doc && o->line == e->line &&
               o->evidence == e->evidence;
      });
    }
    if (same != groups.end()) {
      same->push_back(&iv);
    } else {
      groups.push_back({&iv});
    }
  }
  return groups;
}

// True when `value` is printed in `text` (NumberOffset's 0 also means "not
// found", so the text is searched behind a mark).
bool PrintsNumber(const std::string& text, double value) { return NumberOffset("\x01" + text, value) > 0; }

// The part of `s` a row shows: around the first indicator's number, as many
// characters as fit the row's lines (two, and one more per indicator beyond
// the first), keeping every indicator's number in view when it can.
std::vector<std::string> SentenceWindow(const PageFlow& f, const std::string& s,
                                        const std::vector<const IndicatorView*>& group, size_t max_chars,
                                        double width, double size) {
  const size_t max_lines = std::min<size_t>(group.size() + 1, 4);
  size_t at = NumberOffset(s, group.front()->row->value);
  for (const IndicatorView* iv : group) at = std::min(at, NumberOffset(s, iv->row->value));
  std::vector<std::string> lines;
  for (size_t chars = max_chars * (max_lines / 2 + max_lines % 2);; chars -= std::min<size_t>(chars, 6)) {
    const std::string cut = CutAround(s, at, std::max<size_t>(chars, 12));
    lines = WrapText(f.m, cut, size, width, static_cast<int>(max_lines) + 1);
    bool all = true;
    for (const IndicatorView* iv : group) all = all && PrintsNumber(cut, iv->row->value);
    if ((lines.size() <= max_lines && all) || chars <= 12) break;
  }
  lines.resize(std::min(lines.size(), max_lines));
  return lines;
}

}  // namespace

void DrawEvidence(PageFlow& f, const PlaceView& v) {
  const Templates& t = f.t;
  const double size = t.Num("card.evidence.text_pt"), title_pt = t.Num("card.evidence.title_pt");
  const double line_h = size * t.Num("card.notes.leading");
  const double c1 = t.Num("card.evidence.indicator_width"), c2 = t.Num("card.evidence.value_width");
  const double c4 = t.Num("card.evidence.source_width"), c3 = f.width - c1 - c2 - c4;
  const Box head = f.Take(title_pt + 6 + line_h + 2);
  f.d->AddRegion("evidence", head);
  PutRuns(f.d, head.x, head.y + title_pt,
          {{t.Text("evidence.title") + "  ", {title_pt, FontWeight::kBold, 0}},
           {t.Text("evidence.hint"), {size, FontWeight::kRegular, 0.35}}},
          head.w);
  const TextStyle grey{size, FontWeight::kRegular, 0.35}, text{size, FontWeight::kRegular, 0};
  const double hy = head.y + title_pt + 6 + size;
  f.d->Text(head.x, hy, t.Text("evidence.indicator"), grey);
  f.d->Text(head.x + c1, hy, t.Text("evidence.value"), grey);
  f.d->Text(head.x + c1 + c2, hy, t.Text("evidence.sentence"), grey);
  f.d->Text(head.x + c1 + c2 + c3, hy, t.Text("evidence.source"), grey);
  f.d->Line({head.x, head.bottom() - 1}, {head.right(), head.bottom() - 1}, {0.5, 0, 0});
  const size_t max_chars = static_cast<size_t>(t.Num("card.evidence.max_chars"));
  for (const std::vector<const IndicatorView*>& group : EvidenceGroups(v)) {
    const IndicatorView& first = *group.front();
    std::vector<std::string> sentence;
    if (!first.has_value()) {
      sentence = {t.Text("evidence.missing")};
    } else if (!first.evidence || first.evidence->evidence.empty()) {
      sentence = {t.Text("evidence.no_sentence")};
    } else {
      sentence = SentenceWindow(f, first.evidence->evidence, group, max_chars, c3 - 6, size);
    }
    std::vector<std::string> labels, value;
    for (const IndicatorView* iv : group) {
      labels.push_back(IndicatorName(t, iv->spec));
      value.push_back(iv->has_value() ? WithUnit(t, QualifiedNumber(f.nt, t, iv->row->value, iv->row->qualifier),
                                                 UnitName(t, iv->spec))
                                      : t.Text("tile.not_disclosed"));
    }
    if (group.size() == 1 && first.row->reviewed) value.push_back(t.Text("tile.reviewed"));
    const size_t lines = std::max({sentence.size(), value.size(), labels.size()});
    const Box row = f.Take(lines * line_h + 3);
    const double y = row.y + size + 1.5;
    for (size_t i = 0; i < labels.size(); ++i) {
      f.d->Text(row.x, y + i * line_h, FitText(f.m, labels[i], size, c1 - 6), text);
    }
    for (size_t i = 0; i < value.size(); ++i) {
      const bool figure = i < group.size();
      f.d->Text(row.x + c1, y + i * line_h, FitText(f.m, value[i], size, c2 - 6),
                figure ? TextStyle{size, FontWeight::kBold, 0} : grey);
    }
    // Each figure the row is about is set in bold where its line prints it.
    const TextStyle bold{size, FontWeight::kBold, 0};
    for (size_t i = 0; i < sentence.size(); ++i) {
      const std::string& line = sentence[i];
      std::vector<TextSpan> spans;
      for (const IndicatorView* iv : group) {
        if (iv->has_value() && first.evidence) {
          if (const TextSpan sp = NumberSpan(line, iv->row->value); sp.offset != std::string::npos) spans.push_back(sp);
        }
      }
      std::sort(spans.begin(), spans.end(), [](const TextSpan& a, const TextSpan& b) { return a.offset < b.offset; });
      std::vector<Run> runs;
      size_t at = 0;
      for (const TextSpan& sp : spans) {
        if (sp.offset < at) continue;  // overlapping figures: the first wins
        if (sp.offset > at) runs.push_back({line.substr(at, sp.offset - at), text});
        runs.push_back({line.substr(sp.offset, sp.length), bold});
        at = sp.offset + sp.length;
      }
      if (at < line.size()) runs.push_back({line.substr(at), first.has_value() ? text : grey});
      PutRuns(f.d, row.x + c1 + c2, y + i * line_h, runs, c3);
    }
    f.d->Text(row.x + c1 + c2 + c3, y, FileAndLine(f, first, c4, size), grey);
    f.d->Line({row.x, row.bottom()}, {row.right(), row.bottom()}, {0.3, 0.7, 0});
  }
}

void DrawNotes(PageFlow& f, const PlaceView& v) {
  const Templates& t = f.t;
  const double size = t.Num("card.notes.text_pt"), title_pt = t.Num("card.evidence.title_pt");
  // The heading keeps its first lines with it.
  if (f.Remaining() < title_pt + 5 + 3 * size * t.Num("card.notes.leading")) f.NewPage();
  const Box head = f.Take(title_pt + 5);
  f.d->AddRegion("notes", head);
  f.d->Text(head.x, head.y + title_pt, t.Text("notes.title"), {title_pt, FontWeight::kBold, 0});
  const std::string basis = v.indicators.empty() ? "per_10k" : v.indicators.front().row->basis;
  Paragraph(f, t.Fill("notes.method", {{"basis", BasisLabel(t, basis)}}), size, 4);
  // The interval rule, where the card shows an interval (余, 约, 不足).
  bool qualified = false;
  for (const IndicatorView& iv : v.indicators) {
    for (const PeerValue& p : iv.peers) qualified = qualified || p.low < p.high;
  }
  const IntervalRule rule = v.indicators.empty() ? IntervalRule{} : v.indicators.front().spec.interval;
  if (qualified) {
    Paragraph(f,
              IntervalRuleText(t, rule),
              size, 3);
  }
  std::vector<std::string> missing, reviewed, stand_ins;
  for (const IndicatorView& iv : v.indicators) {
    const std::string label = IndicatorName(t, iv.spec);
    if (!iv.has_value()) missing.push_back(label);
    if (iv.stands_in()) stand_ins.push_back(label + "（" + PeriodLabel(t, iv.row->period) + "）");
    if (!iv.row->reviewed) continue;
    // The reviewer's reason beside the indicator: what a reader of 已复核 asks.
    const std::string reason = iv.evidence ? iv.evidence->review_reason : "";
    reviewed.push_back(reason.empty() ? label : label + "（" + reason + "）");
  }
  if (!missing.empty()) Paragraph(f, t.Fill("notes.missing", {{"list", Join(missing, t.Text("points.list_sep"))}}), size, 3);
  if (!reviewed.empty()) Paragraph(f, t.Fill("notes.reviewed", {{"list", Join(reviewed, t.Text("points.list_sep"))}}), size, 3);
  if (!stand_ins.empty()) {
    Paragraph(f, t.Fill("notes.stand_in", {{"list", Join(stand_ins, t.Text("points.list_sep"))}, {"year", std::to_string(v.year)}}), size,
              3);
  }
  if (v.peer_n < 3) Paragraph(f, t.Text("notes.few_peers"), size, 3);
  if (v.place && v.place->population_2020 > 0) {
    Paragraph(f, t.Fill("notes.population", {{"pop", f.nt.Integer(v.place->population_2020)}}), size, 2);
  } else {
    Paragraph(f, t.Text("notes.no_population"), size, 2);
  }
}

}  // namespace peercard
