#include "render/render_card.h"

#include <algorithm>
#include <cmath>

#include "render/card_parts.h"
#include "render/card_points.h"
#include "render/render_labels.h"
#include "draw/text_fit.h"
#include "base/join.h"

namespace peercard {

namespace {

// "白银、定西、嘉峪关…": the peer group's places by short name, this one
// first.
std::string MemberList(const Templates& t, const PlaceView& v) {
  std::string out = ShortPlaceName(PlaceName(t, v.name_zh, v.name_en));
  for (const PeerMember& m : v.peer_members) {
    if (m.city != v.city) out += t.Text("points.list_sep") + ShortPlaceName(PlaceName(t, m.name_zh, m.name_en));
  }
  return out;
}

}  // namespace

void DrawHeader(PageFlow& f, const PlaceView& v) {
  const Templates& t = f.t;
  const double meta_pt = t.Num("card.header.meta_pt"), title_pt = t.Num("card.header.title_pt");
  const double year_pt = t.Num("card.header.year_pt");
  const std::string title = t.Text("card.title");
  const std::string year = t.Fill("card.year", {{"year", v.year > 0 ? std::to_string(v.year) : "—"}});
  const std::string name = PlaceTitle(t, v.name_zh, v.name_en);
  const double right_w = std::max(f.m.Width(title, title_pt), f.m.Width(year, year_pt));  // beside the name
  const double name_room = f.width - right_w - 14;
  // A long name is set smaller before it is ever cut.
  const double full_pt = t.Num("card.header.name_pt"), full_w = f.m.Width(name, full_pt);
  const double name_pt = full_w <= name_room ? full_pt : std::max(full_pt * 0.6, full_pt * name_room / full_w);
  const double line = meta_pt + 4.5;
  const TextStyle key{meta_pt, FontWeight::kBold, 0}, val{meta_pt, FontWeight::kRegular, 0.15};
  const std::string label_gap = "  ";
  const double key_w = std::max({f.m.Width(t.Text("card.peer_group") + label_gap, meta_pt),
                                 f.m.Width(t.Text("card.peer_members") + label_gap, meta_pt),
                                 f.m.Width(t.Text("card.sources") + label_gap, meta_pt)});
  const auto members = WrapText(f.m, MemberList(t, v), meta_pt, f.width - key_w, 2);
  // Reports are cited by title (《…》) where one was found: two lines at most.
  const std::string joined = Join(v.sources, t.Text("points.list_sep"));
  const auto sources = WrapText(f.m, joined.empty() ? t.Text("card.no_sources") : joined, meta_pt, f.width - key_w, 2);
  const bool few = v.peer_n < 3;
  const double h = name_pt + 8 + (1 + members.size() + sources.size()) * line + (few ? line + 4 : 0) + 4;
  const Box b = f.Take(h);
  f.d->AddRegion("header", b);
  double y = b.y + name_pt;
  f.d->Text(b.x, y, FitText(f.m, name, name_pt, name_room), {name_pt, FontWeight::kBold, 0});
  f.d->Text(b.right() - f.m.Width(title, title_pt), b.y + title_pt, title, {title_pt, FontWeight::kRegular, 0.35});
  f.d->Text(b.right() - f.m.Width(year, year_pt), b.y + title_pt + year_pt + 3, year, {year_pt, FontWeight::kBold, 0});
  y += 8 + meta_pt;
  // The data's years and the date at the right, under the year: the row
  // beside them is cut short of them.
  const std::string dated = t.Fill("card.dated", {{"years", YearsLabel(t, v.first_year, v.last_year)},
                                                  {"date", LongDate(t, f.ctx.creation_time)}});
  const double dated_w = f.m.Width(dated, meta_pt), dated_y = b.y + title_pt + year_pt + meta_pt + 8;
  f.d->Text(b.right() - dated_w, dated_y, dated, {meta_pt, FontWeight::kRegular, 0.35});
  const auto row = [&](const std::string& k, const std::vector<std::string>& lines) {
    f.d->Text(b.x, y, k, key);
    for (const std::string& l : lines) {
      const bool beside = std::abs(y - dated_y) < meta_pt + 3;
      PutRuns(f.d, b.x + key_w, y, {{l, val}}, b.w - key_w - (beside ? dated_w + 12 : 0));
      y += line;
    }
  };
  row(t.Text("card.peer_group"),
      {PeerGroupLabel(t, v.peer_group) + "  ·  " +
       t.Fill("card.peer_count", {{"places", std::to_string(v.peer_places)}, {"n", std::to_string(v.peer_n)}})});
  row(t.Text("card.peer_members"), members);
  row(t.Text("card.sources"), sources);
  if (few) {
    const Box banner{b.x, y - meta_pt - 1, b.w, meta_pt + 6};
    f.d->Rect(banner, 0.88, {0.6, 0, 0});
    PutRuns(f.d, b.x + 4, y + 2, {{t.Text("card.few_peers"), {meta_pt, FontWeight::kBold, 0}}}, b.w - 8);
  }
  f.d->Line({b.x, b.bottom() - 2}, {b.right(), b.bottom() - 2}, {1.4, 0, 0});
}

void DrawOverview(PageFlow& f, const PlaceView& v) {
  const Templates& t = f.t;
  const double left_w = f.width * t.Num("card.overview.split");
  const double points_pt = t.Num("card.overview.points_pt"), text_pt = t.Num("card.overview.text_pt");
  const double heading_pt = t.Num("card.overview.heading_pt"), leading = points_pt * 1.5;
  // 要点: each sentence a paragraph after a bullet.
  const double bullet_w = points_pt * 0.9;
  std::vector<std::vector<std::string>> points;
  size_t point_lines = 0;
  for (const std::string& p : KeyPoints(v, t, f.nt)) {
    points.push_back(WrapText(f.m, p, points_pt, left_w - 12 - bullet_w, 4));
    point_lines += points.back().size();
  }
  const double points_h = heading_pt + 6 + point_lines * leading + points.size() * 2;
  // The right column: three lines, then the z profile at 11 pt a row.
  const double line = text_pt + 4.5;
  const double profile_h = v.indicators.size() * 11.0 + 2 * t.Num("card.chart.label_pt") + 10;
  const double right_h = heading_pt + 3 * line + profile_h;
  const Box b = f.Take(std::max({points_h + 4, right_h, t.Num("card.overview.min_height")}));
  const Box left{b.x, b.y, left_w - 12, b.h}, right{b.x + left_w, b.y, b.w - left_w, b.h};
  f.d->AddRegion("key_points", left);
  double y = b.y + heading_pt;
  f.d->Text(left.x, y, t.Text("points.title"), {heading_pt, FontWeight::kBold, 0});
  y += 6;
  for (const auto& lines : points) {
    y += 2;
    f.d->Rect({left.x + 0.5, y + leading - points_pt * 0.95, points_pt * 0.32, points_pt * 0.32}, 0, {0, 0, 0});
    for (const std::string& l : lines) {
      y += leading;
      f.d->Text(left.x + bullet_w, y - (leading - points_pt) * 0.5, l, {points_pt, FontWeight::kRegular, 0});
    }
  }
  // The right column: the composite rank, strength and weakness, the z profile.
  const ComparisonRow* any = v.indicators.empty() ? nullptr : v.indicators.front().row;
  const TextStyle text{text_pt, FontWeight::kRegular, 0}, strong{text_pt, FontWeight::kBold, 0};
  const TextStyle grey{text_pt, FontWeight::kRegular, 0.35};
  y = right.y + heading_pt;
  const bool has = any && std::isfinite(any->composite) && any->composite_rank > 0;
  if (has) {
    std::vector<Run> rank{
        {t.Fill("overview.rank", {{"rank", std::to_string(any->composite_rank)}, {"n", std::to_string(v.composite_n)}}),
         {heading_pt, FontWeight::kBold, 0}}};
    // The interval beside the rank where it fits, else first on the next
    // line in place of the composite's gloss (the method notes give it).
    std::vector<Run> second{{t.Text("overview.composite") + " ", grey}, {f.nt.Signed(any->composite, 2), strong}};
    if (any->rank_p05 > 0 && any->rank_p95 > 0 && any->rank_p05 != any->rank_p95) {
      const Run interval{t.Fill("overview.rank_interval",
                                {{"lo", std::to_string(any->rank_p05)}, {"hi", std::to_string(any->rank_p95)}}),
                         grey};
      if (f.m.Width(rank[0].text, heading_pt) + f.m.Width(interval.text, text_pt) <= right.w) {
        rank.push_back(interval);
      } else {
        second.insert(second.begin(), {interval.text + "  ", grey});
      }
    }
    if (second.size() == 2) second.push_back({"（" + t.Text("overview.composite_hint") + "）", grey});
    second.push_back({"  " + t.Fill("overview.coverage", {{"k", std::to_string(any->composite_k)},
                                                          {"m", std::to_string(any->composite_m)}}),
                      grey});
    PutRuns(f.d, right.x, y, rank, right.w);
    y += line;
    PutRuns(f.d, right.x, y, second, right.w);
  } else {
    const std::string why =
        any && !any->composite_reason.empty() ? t.Reason(any->composite_reason) : t.Text("overview.no_composite");
    PutRuns(f.d, right.x, y, {{why, text}}, right.w);
  }
  y += line;
  const auto best_worst = [&](const char* key, const char* none_key, int i) {
    std::vector<Run> runs{{t.Text(key) + "  ", strong}};
    if (i < 0) {
      runs.push_back({t.Text(none_key), grey});
    } else {
      const IndicatorView& iv = v.indicators[i];
      runs.push_back({IndicatorName(t, iv.spec) + "  ", text});
      runs.push_back({t.Fill("overview.percentile", {{"p", f.nt.Integer(iv.row->percentile)}}), strong});
    }
    PutRuns(f.d, right.x, y, runs, right.w);
    y += line;
  };
  if (v.peer_n >= 3) {
    best_worst("overview.strength", "overview.no_strength", v.strongest);
    best_worst("overview.weakness", "overview.no_weakness", v.weakest);
  }
  std::vector<ProfileRow> rows;
  for (const IndicatorView& iv : v.indicators) {
    rows.push_back(
        {IndicatorName(t, iv.spec), iv.row->z, iv.has_value() ? t.Text("overview.no_z") : t.Text("tile.not_disclosed")});
  }
  const Box profile{right.x, y - text_pt + 2, right.w, right.bottom() - (y - text_pt + 2)};
  f.d->AddRegion("composite", {right.x, right.y, right.w, profile.y - right.y});
  f.d->AddRegion("z_profile", profile);
  ChartText ct{t.Num("card.chart.label_pt"), t.Num("card.chart.value_pt"), t.Text("overview.profile_caption"), "",
               t.Text("overview.profile_empty"), false, ""};
  DrawZProfile(f.d, f.nt, profile, rows, ct);
}

namespace {

Drawing LayoutWithRows(const PlaceView& view, const RenderContext& ctx, double row_height) {
  Drawing d(ctx.measure);
  const Templates& t = ctx.templates;
  const std::string year = view.year > 0 ? std::to_string(view.year) : "";
  const std::string name = PlaceName(t, view.name_zh, view.name_en);
  d.SetInfo({t.Fill("doc.card_title", {{"name", name}, {"year", year}}),
             t.Fill("doc.card_subject", {{"name", name}, {"year", year}}),
             t.Text("doc.author"), ctx.creation_time});
  PageFlow f(&d, ctx, "card", PlaceTitle(t, view.name_zh, view.name_en) + "  " + t.Text("card.continued"));
  DrawHeader(f, view);
  f.Skip(t.Num("card.section.gap"));
  DrawOverview(f, view);
  f.Skip(t.Num("card.section.gap"));
  for (const IndicatorView& iv : view.indicators) {
    DrawIndicatorRow(f, view, iv, row_height);
    f.Skip(t.Num("card.row.gap"));
  }
  f.Skip(t.Num("card.section.gap"));
  DrawEvidence(f, view);
  f.Skip(t.Num("card.section.gap"));
  DrawNotes(f, view);
  return d;
}

}  // namespace

// A card that spills onto a second page is laid out again with compact rows:
// one printed page is worth a few points of chart height.
Drawing LayoutCardPages(const PlaceView& view, const RenderContext& ctx) {
  const Templates& t = ctx.templates;
  Drawing d = LayoutWithRows(view, ctx, t.Num("card.row.height"));
  if (d.page_count() > 1 && t.Num("card.row.height_compact") < t.Num("card.row.height")) {
    Drawing compact = LayoutWithRows(view, ctx, t.Num("card.row.height_compact"));
    if (compact.page_count() < d.page_count()) return compact;
  }
  return d;
}

Drawing LayoutCard(const PlaceView& view, const RenderContext& ctx) {
  Drawing d = LayoutCardPages(view, ctx);
  DrawFooters(&d, ctx, "card", "card.footer");
  return d;
}

}  // namespace peercard
