// One row of the card per indicator: the tile with the value and where it
// stands, the sorted chart of all peers, and the trend.
#include <cmath>

#include "render/card_parts.h"
#include "render/card_points.h"
#include "draw/text_fit.h"
#include "base/join.h"

namespace peercard {

namespace {

struct TileStyle {
  double label_pt, value_pt, text_pt, pad;
};

// "每年 200", "每万人 6.83" …: the normalised values the indicator's metrics
// file asks for ("—" where one cannot be computed), then its ratio.
std::vector<std::string> NormalisedItems(const PageFlow& f, const IndicatorView& iv) {
  std::vector<std::string> items;
  for (const std::string& n : iv.spec.normalisations) {
    // A year's value per year is the value itself: said once.
    if (n == "per_year" && iv.row->period.years() == 1) continue;
    const double v = n == "per_year" ? iv.row->per_year : n == "per_10k" ? iv.row->per_10k : iv.row->per_township;
    // A rate of 1100余 is a lower bound too: it keeps the qualifier.
    items.push_back(f.t.Text("tile." + n) + " " +
                    (std::isfinite(v) ? QualifiedNumber(f.nt, f.t, v, iv.row->qualifier) : f.nt.Auto(v)));
  }
  if (!iv.row->ratio_id.empty() && std::isfinite(iv.row->ratio)) {
    for (const RatioSpec& r : iv.spec.ratios) {
      if (r.id == iv.row->ratio_id) {
        items.push_back((f.t.chinese() ? r.label_zh : r.label_en) + " " + f.nt.Fixed(iv.row->ratio, 2));
      }
    }
  }
  return items;
}

std::string RankLine(const PageFlow& f, const IndicatorView& iv) {
  const RankRange& r = iv.rank;
  if (r.rank <= 0 || r.n < 3) return "";  // 排名 1/1 says nothing: the card says why at the top
  std::string out = f.t.Fill("tile.rank", {{"rank", std::to_string(r.rank)}, {"n", std::to_string(r.n)}});
  if (r.best != r.worst) {
    out += f.t.Fill("tile.rank_interval", {{"best", std::to_string(std::min(r.best, r.rank))},
                                           {"worst", std::to_string(std::max(r.worst, r.rank))}});
  }
  return out;
}

std::string MedianLine(const PageFlow& f, const IndicatorView& iv) {
  std::string out;
  if (std::isfinite(iv.row->ratio_to_median)) {
    out = VsMedianText(f.t, f.nt, iv.row->ratio_to_median, "tile");
  }
  return out;
}

// Draws the tile in `b` (with `draw` false, only measures it) and returns
// the height its content needs, padding included: a row is made that tall
// when its own height is less, so that no line of a tile is dropped.
double DrawTile(PageFlow& f, const Box& b, const IndicatorView& iv, const TileStyle& s, bool draw) {
  Drawing scratch(f.m);
  if (!draw) scratch.BeginPage(b.right(), b.bottom() + 1);
  Drawing* d = draw ? f.d : &scratch;
  const ComparisonRow& row = *iv.row;
  d->Rect(b, -1, {0.5, 0.55, 0});
  const double x = b.x + s.pad, w = b.w - 2 * s.pad;
  double y = b.y + s.pad + s.label_pt;
  double label_w = w;
  if (row.reviewed) {
    const std::string tag = f.t.Text("tile.reviewed");
    const double tw = f.m.Width(tag, s.text_pt);
    const Box box{b.right() - s.pad - tw - 4, y - s.label_pt, tw + 4, s.text_pt + 2};
    d->Rect(box, 0.85, {0.6, 0, 0});
    d->Text(box.x + 2, box.y + s.text_pt - 0.5, tag, {s.text_pt, FontWeight::kBold, 0});
    label_w -= tw + 8;
  }
  // The bilingual edition's English goes below the Chinese when both do not fit.
  const std::string title = IndicatorTitle(f.t, iv.spec);
  if (f.m.Width(title, s.label_pt) <= label_w || f.t.language() != Language::kZhEn) {
    d->Text(x, y, FitText(f.m, title, s.label_pt, label_w), {s.label_pt, FontWeight::kBold, 0});
  } else {
    d->Text(x, y, FitText(f.m, iv.spec.label_zh, s.label_pt, label_w), {s.label_pt, FontWeight::kBold, 0});
    y += s.text_pt + 3;
    d->Text(x, y, FitText(f.m, iv.spec.label_en, s.text_pt, w), {s.text_pt, FontWeight::kRegular, 0.35});
  }
  y += s.value_pt + 5;
  const TextStyle text{s.text_pt, FontWeight::kRegular, 0}, grey{s.text_pt, FontWeight::kRegular, 0.35};
  std::vector<std::string> lines;
  if (iv.has_value()) {
    PutRuns(d, x, y,
            {{QualifiedNumber(f.nt, f.t, row.value, row.qualifier), {s.value_pt, FontWeight::kBold, 0}},
             {" " + UnitName(f.t, iv.spec), {s.text_pt + 1, FontWeight::kRegular, 0}},
             {"   " + PeriodLabel(f.t, row.period), grey}},
            w);
    const std::string change = ChangeText(f.t, f.nt, row, "tile");
    if (!change.empty()) {
      y += s.text_pt + 5;
      PutRuns(d, x, y,
              {{change, {s.text_pt, FontWeight::kBold, 0}},
               {f.t.Fill("tile.prev_value", {{"year", std::to_string(row.prev_year)},
                                             {"value", PrintedNumber(f.nt, f.t, row.prev_value)}}),
                grey}},
              w);
    }
    // The rates, then the standing (rank, percentile, against the median),
    // each group packed into as few lines as fit; z is the profile's, above.
    lines = PackItems(f.m, NormalisedItems(f, iv), "  ·  ", s.text_pt, w);
    std::vector<std::string> standing;
    for (std::string item : {RankLine(f, iv), MedianLine(f, iv)}) {
      if (!item.empty()) standing.push_back(std::move(item));
    }
    for (std::string& l : PackItems(f.m, standing, "  ·  ", s.text_pt, w)) lines.push_back(std::move(l));
    if (!row.reason.empty()) lines.push_back(f.t.Reason(row.reason));
    if (!row.trend_note.empty()) lines.push_back(f.t.Reason(row.trend_note));
  } else {
    PutRuns(d, x, y, {{f.t.Text("tile.not_disclosed"), {s.value_pt, FontWeight::kBold, 0.3}}}, w);
    lines.push_back(row.reason.empty() ? f.t.Text("tile.missing_default") : f.t.Reason(row.reason));
    if (!row.doc.empty()) lines.push_back(f.t.Text("card.sources") + " " + row.doc);
  }
  y += s.text_pt + 5;
  for (const std::string& line : lines) {
    if (line.empty()) continue;
    for (const std::string& l : WrapText(f.m, line, s.text_pt, w, 2)) {
      d->Text(x, y, l, iv.has_value() ? text : grey);
      y += s.text_pt + 3;
    }
  }
  return y - (s.text_pt + 3) + f.m.Descent() * s.text_pt + s.pad - b.y;
}

}  // namespace

void DrawIndicatorRow(PageFlow& f, const PlaceView& v, const IndicatorView& iv, double height) {
  const Templates& t = f.t;
  const TileStyle style{t.Num("card.row.label_pt"), t.Num("card.row.value_pt"), t.Num("card.row.text_pt"),
                        t.Num("card.row.pad")};
  const double label_pt = t.Num("card.chart.label_pt"), gap = t.Num("card.row.gap");
  const double tile_w = t.Num("card.row.tile_width"), trend_w = t.Num("card.row.trend_width");
  const double needs = DrawTile(f, {0, 0, tile_w, height}, iv, style, /*draw=*/false);
  const Box b = f.Take(std::max(height, std::ceil(needs)));
  const Box tile{b.x, b.y, tile_w, b.h};
  const double chart_x = tile.right() + gap;
  const double chart_w = b.right() - trend_w - gap - chart_x;
  std::vector<std::string> missing;
  if (iv.has_value() && !std::isfinite(iv.row->basis_value)) {
    missing.push_back(FitText(f.m, t.Text("chart.self_no_basis"), label_pt, chart_w));
  }
  if (!iv.missing_peers.empty()) {
    std::string names;
    names = Join(iv.missing_peers, t.Text("points.list_sep"));
    for (auto& l : WrapText(f.m, t.Fill("chart.missing_peers", {{"names", names}}), label_pt, chart_w, 2)) {
      missing.push_back(std::move(l));
    }
  }
  const double missing_h = missing.size() * (label_pt + 2.5);
  const Box chart{chart_x, b.y, chart_w, b.h - missing_h - (missing.empty() ? 0 : 2)};
  const Box trend{b.right() - trend_w, b.y, trend_w, b.h};
  f.d->AddRegion("tile:" + iv.spec.id, tile);
  f.d->AddRegion("chart:" + iv.spec.id, chart);
  f.d->AddRegion("trend:" + iv.spec.id, trend);
  DrawTile(f, tile, iv, style, /*draw=*/true);

  std::vector<Bar> bars;
  for (const PeerValue& p : iv.peers) {
    bars.push_back(
        {ShortPlaceName(PlaceName(t, p.name_zh, p.name_en)), p.value, p.low, p.high, p.city == v.city, ""});
  }
  ChartText ct{label_pt, t.Num("card.chart.value_pt"),
               t.Fill("chart.caption", {{"basis", BasisLabel(t, iv.row->basis)}, {"unit", UnitName(t, iv.spec)}}),
               t.Text("chart.median"), t.Text("chart.empty"), /*bar_names=*/true, ""};
  DrawSortedBars(f.d, f.nt, chart, bars, iv.row->peer.median, ct);
  double y = chart.bottom() + 2 + label_pt;
  for (const std::string& l : missing) {
    f.d->Text(chart.x, y, l, {label_pt, FontWeight::kRegular, 0.25});
    y += label_pt + 2.5;
  }
  const bool flow = iv.spec.kind == IndicatorKind::kFlow;
  const ChartText tt{label_pt, t.Num("card.chart.value_pt"),
                     t.Fill(flow ? "trend.caption_flow" : "trend.caption_stock", {{"unit", UnitName(t, iv.spec)}}), "",
                     t.Text("trend.empty"), false, ""};
  DrawTrend(f.d, f.nt, trend, iv.trend, tt);
}

}  // namespace peercard
