#include "render/render_summary.h"

#include <algorithm>
#include <cmath>
#include <ctime>

#include "render/render_labels.h"
#include "render/summary_parts.h"
#include "draw/text_fit.h"

namespace peercard {

namespace {

const ComparisonRow* AnyRow(const PlaceView& v) { return v.indicators.empty() ? nullptr : v.indicators.front().row; }

void DrawCover(PageFlow& f, const SummaryModel& s) {
  const Templates& t = f.t;
  const double title_pt = t.Num("summary.cover.title_pt"), text_pt = t.Num("summary.cover.text_pt");
  const double line = text_pt * 1.6;
  std::string indicators;
  for (const IndicatorSpec& spec : s.indicators) {
    indicators += (indicators.empty() ? "" : t.Text("points.list_sep")) + IndicatorTitle(t, spec);
  }
  const auto ind_lines = WrapText(f.m, indicators, text_pt, f.width - 90, 3);
  const double h = title_pt + 30 + (3 + ind_lines.size()) * line + 14;
  const Box b = f.Take(h);
  f.d->AddRegion("cover", b);
  f.d->Bookmark(t.Text("summary.cover.bookmark"), 0, b.y);
  double y = b.y + title_pt;
  PutRuns(f.d, b.x, y,
          {{t.Text("summary.cover.title"), {title_pt, FontWeight::kBold, 0}}},
          b.w);
  y += title_pt * 0.7 + 12;
  const std::string year = s.year > 0 ? std::to_string(s.year) : "—";
  f.d->Text(b.x, y, t.Fill("card.year", {{"year", year}}), {title_pt * 0.65, FontWeight::kBold, 0});
  y += line + 4;
  const TextStyle key{text_pt, FontWeight::kBold, 0}, val{text_pt, FontWeight::kRegular, 0.1};
  const auto row = [&](const std::string& k, const std::string& v) {
    f.d->Text(b.x, y, k, key);
    f.d->Text(b.x + 90, y, v, val);
    y += line;
  };
  std::string groups;
  for (const std::string& g : s.peer_groups) groups += (groups.empty() ? "" : "；") + PeerGroupLabel(t, g);
  row(t.Text("card.peer_group"), FitText(f.m, groups, text_pt, b.w - 90));
  row(t.Text("summary.cover.places"), t.Fill("summary.cover.places_n", {{"n", std::to_string(s.places.size())}}));
  for (size_t i = 0; i < ind_lines.size(); ++i) {
    if (i == 0) f.d->Text(b.x, y, t.Text("summary.cover.indicators"), key);
    f.d->Text(b.x + 90, y, ind_lines[i], val);
    y += line;
  }
  row(t.Text("summary.cover.generated"), LongDate(t, f.ctx.creation_time));
  f.d->Line({b.x, b.bottom() - 3}, {b.right(), b.bottom() - 3}, {1.4, 0, 0});
}

void DrawLeagueTable(PageFlow& f, const SummaryModel& s) {
  const Templates& t = f.t;
  f.d->AddRegion("league", SectionTitle(f, "summary.league.title", "summary.league.hint"));
  const double size = t.Num("summary.table.text_pt"), row_h = t.Num("summary.table.row_h");
  const double c_rank = 46, c_place = t.Num("summary.league.place_width"), c_comp = 56, c_cov = 56;
  const double c_int = f.width - c_rank - c_place - c_comp - c_cov;
  const TextStyle head{size, FontWeight::kBold, 0.25}, text{size, FontWeight::kRegular, 0};
  const auto header = [&]() {
    const Box h = f.Take(row_h);
    double x = h.x;
    for (const auto& [key, w] : std::vector<std::pair<const char*, double>>{{"summary.league.rank", c_rank},
                                                                            {"summary.league.place", c_place},
                                                                            {"summary.league.composite", c_comp},
                                                                            {"summary.league.interval", c_int},
                                                                            {"summary.league.coverage", c_cov}}) {
      f.d->Text(x, h.y + size + 2, FitText(f.m, t.Text(key), size, w - 4), head);
      x += w;
    }
    f.d->Line({h.x, h.bottom()}, {h.right(), h.bottom()}, {0.6, 0, 0});
  };
  header();
  const int n = static_cast<int>(s.places.size());
  for (int i = 0; i < n; ++i) {
    const PlaceView& v = s.places[i];
    if (f.Remaining() < row_h * (s.peer_groups.size() > 1 ? 2 : 1)) {
      f.NewPage();
      header();
    }
    // Ranks count within a peer group: with several groups, each gets a heading.
    if (s.peer_groups.size() > 1 && (i == 0 || s.places[i - 1].peer_group != v.peer_group)) {
      const Box g = f.Take(row_h);
      f.d->Text(g.x + 2, g.y + size + 3, PeerGroupLabel(t, v.peer_group), {size + 0.5, FontWeight::kBold, 0.2});
    }
    const Box r = f.Take(row_h);
    if (i % 2 == 1) f.d->Rect(r, 0.94, {0, 0, 0});
    if (v.city == s.focus) MarkFocusRow(f.d, r);
    f.d->Bookmark(PlaceTitle(t, v.name_zh, v.name_en), 1, r.y);
    const double base = r.y + size + 2.5;
    const ComparisonRow* any = AnyRow(v);
    const bool has = any && std::isfinite(any->composite);
    double x = r.x;
    f.d->Text(x + 2, base, has ? std::to_string(any->composite_rank) : "\u2014", {size, FontWeight::kBold, 0});
    x += c_rank;
    PutRuns(f.d, x, base,
            {{PlaceTitle(t, v.name_zh, v.name_en), {size, FontWeight::kBold, 0}}},
            c_place - 6);
    x += c_place;
    f.d->Text(x, base, has ? f.nt.Signed(any->composite, 2) : "\u2014", text);
    x += c_comp;
    if (has && any->rank_p05 > 0 && any->rank_p95 > 0) {
      const std::string range = any->rank_p05 == any->rank_p95
                                    ? std::to_string(any->rank_p05)
                                    : std::to_string(any->rank_p05) + "\u2013" + std::to_string(any->rank_p95);
      f.d->Text(x, base, range, text);
      // The interval on a 1..n rank axis: where the place could stand.
      const double a0 = x + 40, a1 = x + c_int - 10, cy = r.y + row_h / 2;
      const int ranked = std::max(v.composite_n, any->rank_p95);
      const auto px = [&](double rank) { return a0 + (rank - 1) / std::max(1, ranked - 1) * (a1 - a0); };
      f.d->Line({a0, cy}, {a1, cy}, {0.3, 0.75, 0});
      f.d->Line({px(any->rank_p05), cy}, {px(any->rank_p95), cy}, {2.2, 0.35, 0});
      f.d->Marker({px(any->composite_rank), cy}, 4, MarkerShape::kDiamond, 0, {0.4, 0, 0});
    } else if (any && !has) {
      f.d->Text(x, base,
                FitText(f.m,
                        any->composite_reason.empty() ? t.Text("overview.no_composite")
                                                      : t.Reason(any->composite_reason),
                        size - 0.5, c_int - 6),
                {size - 0.5, FontWeight::kRegular, 0.35});
    }
    x += c_int;
    if (any) f.d->Text(x, base, std::to_string(any->composite_k) + "/" + std::to_string(any->composite_m), text);
  }
}

// The method page, in plain words: what is counted, how values are put on
// one scale, what z, the percentile and the rank interval mean, how missing
// and qualified values are treated; then the data's quality in numbers.
void DrawSummaryNotes(PageFlow& f, const SummaryModel& s, const RenderInput& in) {
  const Templates& t = f.t;
  f.NewPage();
  f.d->AddRegion("notes", SectionTitle(f, "summary.notes.title", ""));
  const double size = t.Num("summary.notes.text_pt"), line_h = size * 1.5;
  int exact = 0, at_least = 0, approx = 0, at_most = 0, reviewed = 0, missing = 0, stand_ins = 0;
  bool few = false;
  std::string no_pop;
  for (const PlaceView& v : s.places) {
    for (const IndicatorView& iv : v.indicators) {
      if (!iv.has_value()) {
        ++missing;
        continue;
      }
      const Qualifier q = iv.row->qualifier;
      ++(q == Qualifier::kExact     ? exact
         : q == Qualifier::kAtLeast ? at_least
         : q == Qualifier::kApprox  ? approx
                                    : at_most);
      if (iv.row->reviewed) ++reviewed;
      if (iv.stands_in()) ++stand_ins;
      if (iv.row->peer.n < 3) few = true;
    }
    if (!v.place || v.place->population_2020 <= 0) {
      no_pop += (no_pop.empty() ? "" : t.Text("points.list_sep")) + PlaceName(t, v.name_zh, v.name_en);
    }
  }
  const IntervalRule rule = in.catalogue.empty() ? IntervalRule{} : in.catalogue.front().interval;
  std::string counted;
  for (const IndicatorSpec& spec : s.indicators) {
    counted += (counted.empty() ? "" : t.Text("points.list_sep")) + IndicatorName(t, spec) +
               (UnitName(t, spec).empty() ? "" : "（" + UnitName(t, spec) + "）");
  }
  const std::string basis = BasisLabel(
      t, s.places.empty() || s.places[0].indicators.empty() ? "per_10k" : s.places[0].indicators[0].row->basis);
  std::vector<std::string> paragraphs = {
      t.Fill("summary.notes.counted", {{"places", std::to_string(s.places.size())},
                                       {"year", std::to_string(s.year)},
                                       {"k", std::to_string(s.indicators.size())},
                                       {"list", counted}}),
      t.Fill("summary.notes.normalised", {{"basis", basis}}),
      t.Text("summary.notes.scores"),
      t.Text("summary.notes.composite"),
      t.Text("summary.notes.missing"),
      IntervalRuleText(t, rule),
      t.Fill("summary.notes.quality", {{"values", std::to_string(exact + at_least + approx + at_most)},
                                       {"exact", std::to_string(exact)},
                                       {"at_least", std::to_string(at_least)},
                                       {"approx", std::to_string(approx)},
                                       {"at_most", std::to_string(at_most)},
                                       {"reviewed", std::to_string(reviewed)},
                                       {"missing", std::to_string(missing)}})};
  if (stand_ins > 0) {
    paragraphs.push_back(t.Fill("summary.notes.stand_ins", {{"n", std::to_string(stand_ins)},
                                                             {"year", std::to_string(s.year)}}));
  }
  if (!no_pop.empty()) paragraphs.push_back(t.Fill("summary.notes.no_population", {{"list", no_pop}}));
  if (few) paragraphs.push_back(t.Text("notes.few_peers"));
  for (const std::string& p : paragraphs) {
    const auto lines = WrapText(f.m, p, size, f.width, 8);
    const Box b = f.Take(lines.size() * line_h + 5);
    double y = b.y + size;
    for (const auto& l : lines) {
      f.d->Text(b.x, y, l, {size, FontWeight::kRegular, 0.1});
      y += line_h;
    }
  }
}

}  // namespace

Drawing LayoutSummaryPages(const RenderInput& in, const RenderContext& ctx, const SummaryOptions& options) {
  const SummaryModel s = BuildSummaryModel(in, options.focus);
  const Templates& t = ctx.templates;
  Drawing d(ctx.measure);
  const std::string year = s.year > 0 ? std::to_string(s.year) : "";
  d.SetInfo(
      {t.Fill("doc.summary_title", {{"year", year}}),
       t.Fill("doc.summary_subject",
              {{"group", s.peer_groups.empty() ? "" : PeerGroupLabel(t, s.peer_groups.front())}, {"year", year}}),
       t.Text("doc.author"), ctx.creation_time});
  PageFlow f(&d, ctx, "summary", t.Fill("doc.summary_title", {{"year", year}}));
  if (options.cover) {
    DrawCover(f, s);
    f.Skip(t.Num("summary.section.gap"));
  }
  DrawLeagueTable(f, s);
  f.Skip(t.Num("summary.section.gap"));
  DrawHeatMap(f, s);
  f.Skip(t.Num("summary.section.gap"));
  DrawIndicatorCharts(f, s);
  f.Skip(t.Num("summary.section.gap"));
  DrawYearsTable(f, s);
  f.Skip(t.Num("summary.section.gap"));
  DrawCoverage(f, s);
  f.Skip(t.Num("summary.section.gap"));
  DrawSummaryNotes(f, s, in);
  return d;
}

Drawing LayoutSummary(const RenderInput& in, const RenderContext& ctx, const SummaryOptions& options) {
  Drawing d = LayoutSummaryPages(in, ctx, options);
  DrawFooters(&d, ctx, "summary", "summary.footer");
  return d;
}

}  // namespace peercard
