#include "render/render_card.h"

#include <cmath>

#include "render/card_parts.h"
#include "render/render_labels.h"
#include "draw/text_fit.h"

namespace peercard {

void DrawHeader(PageFlow& f, const PlaceView& v) {
  const Templates& t = f.t;
  const double en_pt = t.Num("card.header.name_en_pt");
  const double meta_pt = t.Num("card.header.meta_pt"), title_pt = t.Num("card.header.title_pt");
  const double year_pt = t.Num("card.header.year_pt");
  const std::string title = t.Text("card.title");
  const std::string year = t.Fill("card.year", {{"year", v.year > 0 ? std::to_string(v.year) : "—"}});
  const double right_w = std::max(f.m.Width(title, title_pt), f.m.Width(year, year_pt));
  const double name_room = f.width - right_w - 14;
  // A long name is set smaller before it is ever cut.
  const double full_pt = t.Num("card.header.name_pt"), full_w = f.m.Width(v.name_zh, full_pt);
  const double name_pt = full_w <= name_room ? full_pt : std::max(full_pt * 0.6, full_pt * name_room / full_w);
  const double zh_w = std::min(f.m.Width(v.name_zh, name_pt), name_room);
  const bool en_inline = zh_w + 8 + f.m.Width(v.name_en, en_pt) <= name_room;
  // A second line for the English name clears the Chinese name's descent.
  const double en_line = name_pt * f.m.Descent() + en_pt * f.m.Ascent() + 2;
  const double h = name_pt + 6 + (en_inline || v.name_en.empty() ? 0 : en_line) + 2 * (meta_pt + 4) + 6;
  const Box b = f.Take(h);
  f.d->AddRegion("header", b);
  double y = b.y + name_pt;
  f.d->Text(b.x, y, FitText(f.m, v.name_zh, name_pt, name_room), {name_pt, FontWeight::kBold, 0});
  f.d->Text(b.right() - f.m.Width(title, title_pt), b.y + title_pt, title, {title_pt, FontWeight::kRegular, 0.35});
  f.d->Text(b.right() - f.m.Width(year, year_pt), b.y + title_pt + year_pt + 3, year, {year_pt, FontWeight::kBold, 0});
  if (en_inline) {
    f.d->Text(b.x + zh_w + 8, y, v.name_en, {en_pt, FontWeight::kRegular, 0.25});
  } else if (!v.name_en.empty()) {
    y += en_line;
    f.d->Text(b.x, y, FitText(f.m, v.name_en, en_pt, name_room), {en_pt, FontWeight::kRegular, 0.25});
  }
  y += meta_pt + 8;
  const TextStyle key{meta_pt, FontWeight::kBold, 0}, val{meta_pt, FontWeight::kRegular, 0.15};
  PutRuns(
      f.d, b.x, y,
      {{t.Text("card.peer_group") + "  ", key},
       {PeerGroupLabel(t, v.peer_group) + "  ·  ", val},
       {t.Fill("card.peer_count", {{"places", std::to_string(v.peer_places)}, {"n", std::to_string(v.peer_n)}}), val}},
      b.w);
  y += meta_pt + 4;
  std::string sources;
  for (const auto& s : v.sources) sources += (sources.empty() ? "" : "; ") + s;
  PutRuns(f.d, b.x, y,
          {{t.Text("card.sources") + "  ", key}, {sources.empty() ? t.Text("card.no_sources") : sources, val}}, b.w);
  f.d->Line({b.x, b.bottom() - 2}, {b.right(), b.bottom() - 2}, {1.4, 0, 0});
}

void DrawOverview(PageFlow& f, const PlaceView& v) {
  const Templates& t = f.t;
  const Box b = f.Take(t.Num("card.overview.height"));
  const double left_w = b.w * t.Num("card.overview.split");
  const Box left{b.x, b.y, left_w - 8, b.h}, right{b.x + left_w + 4, b.y, b.w - left_w - 4, b.h};
  f.d->AddRegion("composite", left);
  f.d->AddRegion("z_profile", right);
  const ComparisonRow* any = v.indicators.empty() ? nullptr : v.indicators.front().row;
  const double text_pt = t.Num("card.overview.text_pt"), value_pt = t.Num("card.overview.value_pt");
  const TextStyle label{text_pt, FontWeight::kRegular, 0.35}, text{text_pt, FontWeight::kRegular, 0};
  const TextStyle strong{text_pt, FontWeight::kBold, 0};
  double y = b.y + text_pt;
  f.d->Text(left.x, y, t.Text("overview.composite"), label);
  y += value_pt + 4;
  const bool has = any && std::isfinite(any->composite);
  PutRuns(f.d, left.x, y,
          {{has ? f.nt.Signed(any->composite, 2) : "\u2014", {value_pt, FontWeight::kBold, 0}},
           {"  " + t.Text("overview.composite_hint"), label}},
          left.w);
  const double line = text_pt + 5;
  y += line + 2;
  if (has) {
    const std::string n = std::to_string(v.composite_n);
    std::vector<Run> rank{{t.Fill("overview.rank", {{"rank", std::to_string(any->composite_rank)}, {"n", n}}), strong}};
    if (any->rank_p05 > 0 && any->rank_p95 > 0) {
      rank.push_back({"  " + t.Fill("overview.rank_interval",
                                    {{"lo", std::to_string(any->rank_p05)}, {"hi", std::to_string(any->rank_p95)}}),
                      text});
    }
    PutRuns(f.d, left.x, y, rank, left.w);
  } else {
    const std::string why =
        any && !any->composite_reason.empty() ? t.Reason(any->composite_reason) : t.Text("overview.no_composite");
    PutRuns(f.d, left.x, y, {{why, text}}, left.w);
  }
  y += line;
  if (any) {
    PutRuns(f.d, left.x, y,
            {{t.Fill("overview.coverage",
                     {{"k", std::to_string(any->composite_k)}, {"m", std::to_string(any->composite_m)}}),
              text}},
            left.w);
  }
  y += line;
  const auto best_worst = [&](const char* key, const char* none_key, int i) {
    std::vector<Run> runs{{t.Text(key) + "  ", strong}};
    if (i < 0) {
      runs.push_back({t.Text(none_key), text});
    } else {
      const IndicatorView& iv = v.indicators[i];
      runs.push_back({iv.spec.label_zh + "  ", text});
      runs.push_back({t.Fill("overview.percentile", {{"p", f.nt.Integer(iv.row->percentile)}}), strong});
    }
    PutRuns(f.d, left.x, y, runs, left.w);
    y += line;
  };
  if (v.peer_n >= 3 || v.strongest >= 0) {
    best_worst("overview.strength", "overview.no_strength", v.strongest);
    best_worst("overview.weakness", "overview.no_weakness", v.weakest);
  } else {
    for (const auto& l : WrapText(f.m, t.Text("overview.few_peers"), text_pt, left.w, 2)) {
      f.d->Text(left.x, y, l, {text_pt, FontWeight::kRegular, 0.2});
      y += line;
    }
  }
  std::vector<ProfileRow> rows;
  for (const IndicatorView& iv : v.indicators) {
    rows.push_back(
        {iv.spec.label_zh, iv.row->z, iv.has_value() ? t.Text("overview.no_z") : t.Text("tile.not_disclosed")});
  }
  ChartText ct{t.Num("card.chart.label_pt"), t.Num("card.chart.value_pt"), t.Text("overview.profile_caption"), "",
               t.Text("overview.profile_empty")};
  DrawZProfile(f.d, f.nt, right, rows, ct);
}

namespace {

Drawing LayoutWithRows(const PlaceView& view, const RenderContext& ctx, double row_height) {
  Drawing d(ctx.measure);
  const Templates& t = ctx.templates;
  const std::string year = view.year > 0 ? std::to_string(view.year) : "";
  d.SetInfo({t.Fill("doc.card_title", {{"name", view.name_zh}, {"year", year}}),
             t.Fill("doc.card_subject", {{"name", view.name_en.empty() ? view.city : view.name_en}, {"year", year}}),
             t.Text("doc.author"), ctx.creation_time});
  PageFlow f(&d, ctx, "card", view.name_zh + " " + view.name_en + "  " + t.Text("card.continued"));
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
  DrawFooters(&d, ctx, "card", "card.footer");
  return d;
}

}  // namespace

// A card that spills onto a second page is laid out again with compact rows:
// one printed page is worth a few points of chart height.
Drawing LayoutCard(const PlaceView& view, const RenderContext& ctx) {
  const Templates& t = ctx.templates;
  Drawing d = LayoutWithRows(view, ctx, t.Num("card.row.height"));
  if (d.page_count() > 1 && t.Num("card.row.height_compact") < t.Num("card.row.height")) {
    Drawing compact = LayoutWithRows(view, ctx, t.Num("card.row.height_compact"));
    if (compact.page_count() < d.page_count()) return compact;
  }
  return d;
}

}  // namespace peercard
