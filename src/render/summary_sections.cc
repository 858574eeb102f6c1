// The summary's tables and charts over all places: the heat map of
// percentile bands, one chart per indicator, and data coverage.
#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

#include "render/card_points.h"
#include "render/render_labels.h"
#include "render/summary_parts.h"
#include "draw/text_fit.h"

namespace peercard {

namespace {

// Grey of a percentile band's cell, from the top quarter (dark) to the
// bottom one (white); the band number is printed on it as well.
double BandGrey(int band) { return band == 1 ? 0.2 : band == 2 ? 0.45 : band == 3 ? 0.72 : 0.95; }

// The header row of a place × indicator table; returns the column width.
double MatrixHeader(PageFlow& f, const SummaryModel& s, double place_w) {
  const double size = f.t.Num("summary.table.text_pt");
  const double col_w = (f.width - place_w) / std::max<size_t>(1, s.indicators.size());
  const Box h = f.Take(2 * size + 8);
  f.d->Text(h.x, h.y + size + 1, f.t.Text("summary.league.place"), {size, FontWeight::kBold, 0.25});
  for (size_t i = 0; i < s.indicators.size(); ++i) {
    const double x = h.x + place_w + i * col_w;
    f.d->Text(x + 2, h.y + size + 1, FitText(f.m, IndicatorName(f.t, s.indicators[i]), size, col_w - 4),
              {size, FontWeight::kBold, 0});
    if (f.t.language() == Language::kZhEn) {
      f.d->Text(x + 2, h.y + 2 * size + 3, FitText(f.m, s.indicators[i].label_en, size, col_w - 4),
                {size, FontWeight::kRegular, 0.35});
    }
  }
  f.d->Line({h.x, h.bottom()}, {h.right(), h.bottom()}, {0.6, 0, 0});
  return col_w;
}

}  // namespace

void MarkFocusRow(Drawing* d, const Box& row) { d->Rect(row, -1, {1.2, 0, 0}); }

SummaryModel BuildSummaryModel(const RenderInput& in, const std::string& focus) {
  SummaryModel s;
  s.focus = focus;
  const RenderIndex index(in);
  for (const std::string& code : PlaceCodes(in)) s.places.push_back(BuildPlaceView(in, index, code));
  const auto key = [](const PlaceView& v) {
    const ComparisonRow* r = v.indicators.empty() ? nullptr : v.indicators.front().row;
    const bool has = r && std::isfinite(r->composite) && r->composite_rank > 0;
    return std::make_tuple(v.peer_group, has ? r->composite_rank : 1 << 30, v.city);
  };
  std::sort(s.places.begin(), s.places.end(), [&](const PlaceView& a, const PlaceView& b) { return key(a) < key(b); });
  for (const PlaceView& v : s.places) {
    for (const IndicatorView& iv : v.indicators) {
      const bool seen = std::any_of(s.indicators.begin(), s.indicators.end(),
                                    [&](const IndicatorSpec& x) { return x.id == iv.spec.id; });
      if (!seen) s.indicators.push_back(iv.spec);
    }
  }
  std::set<std::string> groups;
  for (const PlaceView& v : s.places) groups.insert(v.peer_group);
  s.peer_groups.assign(groups.begin(), groups.end());
  if (!s.places.empty()) s.year = s.places.front().year;
  return s;
}

const IndicatorView* FindIndicatorView(const PlaceView& v, const std::string& id) {
  for (const IndicatorView& iv : v.indicators) {
    if (iv.spec.id == id) return &iv;
  }
  return nullptr;
}

Box SectionTitle(PageFlow& f, const std::string& title_key, const std::string& hint_key) {
  const double title_pt = f.t.Num("summary.section.title_pt"), hint_pt = f.t.Num("summary.table.text_pt");
  if (f.Remaining() < title_pt + 60) f.NewPage();  // a title never ends a page
  const Box b = f.Take(title_pt + 8);
  f.d->Bookmark(f.t.Text(title_key), 0, b.y);
  PutRuns(f.d, b.x, b.y + title_pt,
          {{f.t.Text(title_key) + "   ", {title_pt, FontWeight::kBold, 0}},
           {hint_key.empty() ? "" : f.t.Text(hint_key), {hint_pt, FontWeight::kRegular, 0.35}}},
          b.w);
  return b;
}

void DrawHeatMap(PageFlow& f, const SummaryModel& s) {
  const Templates& t = f.t;
  f.d->AddRegion("heat_map", SectionTitle(f, "summary.heat.title", "summary.heat.hint"));
  const double size = t.Num("summary.table.text_pt"), row_h = t.Num("summary.heat.cell_h");
  // Legend: the four bands and "no band".
  const Box legend = f.Take(row_h + 6);
  double x = legend.x;
  for (int band = 1; band <= 4; ++band) {
    f.d->Rect({x, legend.y, 14, row_h - 2}, BandGrey(band), {0.4, 0.3, 0});
    const std::string label = t.Text("summary.heat.band" + std::to_string(band));
    f.d->Text(x + 18, legend.y + size + 1, label, {size, FontWeight::kRegular, 0});
    x += 26 + f.m.Width(label, size);
  }
  f.d->Text(x, legend.y + size + 1, t.Text("summary.heat.none"), {size, FontWeight::kRegular, 0.35});
  const double place_w = t.Num("summary.heat.place_width");
  double col_w = MatrixHeader(f, s, place_w);
  for (const PlaceView& v : s.places) {
    if (f.Remaining() < row_h) {
      f.NewPage();
      col_w = MatrixHeader(f, s, place_w);
    }
    const Box r = f.Take(row_h);
    if (v.city == s.focus) MarkFocusRow(f.d, r);
    f.d->Text(r.x, r.y + size + 2.5, FitText(f.m, PlaceName(f.t, v.name_zh, v.name_en), size, place_w - 4),
              {size, FontWeight::kBold, 0});
    for (size_t i = 0; i < s.indicators.size(); ++i) {
      const IndicatorView* iv = FindIndicatorView(v, s.indicators[i].id);
      const Box cell{r.x + place_w + i * col_w + 1, r.y + 1, col_w - 2, row_h - 2};
      std::string text;
      double fill = -1, ink = 0.35;
      if (iv && iv->row->band >= 1 && iv->row->band <= 4) {
        fill = BandGrey(iv->row->band);
        ink = iv->row->band <= 2 ? 1 : 0;
        text = std::to_string(iv->row->band) + "  P" + f.nt.Integer(iv->row->percentile);
      } else {
        text = iv && iv->has_value() ? t.Text("summary.heat.no_band") : t.Text("tile.not_disclosed");
      }
      f.d->Rect(cell, fill, {0.3, 0.6, 0});
      f.d->Text(cell.x + 4, r.y + size + 2.5, FitText(f.m, text, size, cell.w - 6),
                {size, fill >= 0 ? FontWeight::kBold : FontWeight::kRegular, ink});
    }
  }
}

namespace {

// One indicator's chart over all places, measured before it is placed.
struct IndicatorChart {
  const IndicatorSpec* spec;
  std::vector<Bar> bars;
  double median = NAN;
  std::string basis = "per_10k";
  std::vector<std::string> missing_lines;
  double chart_h = 0, height = 0;
};

IndicatorChart MeasureChart(const PageFlow& f, const SummaryModel& s, const IndicatorSpec& spec) {
  const Templates& t = f.t;
  const double label_pt = t.Num("summary.chart.label_pt");
  IndicatorChart c{&spec, {}, NAN, "per_10k", {}, 0, 0};
  std::string names;
  for (const PlaceView& v : s.places) {
    const IndicatorView* iv = FindIndicatorView(v, spec.id);
    if (!iv) continue;
    c.basis = iv->row->basis;
    // One median line only when every place is compared with the same group.
    c.median = s.peer_groups.size() == 1 ? iv->row->peer.median : NAN;
    if (std::isfinite(iv->row->basis_value)) {
      const auto [lo, hi] = BasisInterval(*iv->row);
      const std::string change = ChangeText(t, f.nt, *iv->row, "tile");
      c.bars.push_back({PlaceName(t, v.name_zh, v.name_en), iv->row->basis_value, lo, hi, v.city == s.focus,
                        WithUnit(t, QualifiedNumber(f.nt, t, iv->row->value, iv->row->qualifier), UnitName(t, spec)) +
                            (change.empty() ? "" : "  " + change)});
    } else {
      names += (names.empty() ? "" : t.Text("points.list_sep")) + PlaceName(t, v.name_zh, v.name_en);
    }
  }
  std::stable_sort(c.bars.begin(), c.bars.end(), [&](const Bar& a, const Bar& b) {
    return spec.higher_is_better ? a.value > b.value : a.value < b.value;
  });
  if (!names.empty()) {
    c.missing_lines = WrapText(f.m, t.Fill("chart.missing_peers", {{"names", names}}), label_pt, f.width, 3);
  }
  c.chart_h = std::max<double>(c.bars.size(), 2) * t.Num("summary.chart.row_h") + 4.2 * label_pt + 12;
  c.height = t.Num("summary.chart.title_pt") + 6 + c.chart_h + c.missing_lines.size() * (label_pt + 3) + 6;
  return c;
}

}  // namespace

void DrawIndicatorCharts(PageFlow& f, const SummaryModel& s) {
  const Templates& t = f.t;
  std::vector<IndicatorChart> charts;
  for (const IndicatorSpec& spec : s.indicators) charts.push_back(MeasureChart(f, s, spec));
  const double title_pt = t.Num("summary.chart.title_pt"), label_pt = t.Num("summary.chart.label_pt");
  const double row_h = t.Num("summary.chart.row_h");
  const double frame = title_pt + 6 + 4.2 * label_pt + 12;  // a part's title, caption and axis
  // The section title stays with the first chart, or with its first rows.
  constexpr size_t kMinRows = 5;
  if (!charts.empty()) {
    const size_t first_rows = std::min(charts[0].bars.size(), kMinRows);
    if (f.Remaining() < t.Num("summary.section.title_pt") + 8 + frame + first_rows * row_h + 6) f.NewPage();
  }
  SectionTitle(f, "summary.charts.title", "summary.charts.hint");
  for (const IndicatorChart& c : charts) {
    const IndicatorSpec& spec = *c.spec;
    // Every place gets its row: a chart longer than the page goes on in
    // parts, each with the title marked 续 and the whole chart's scale.
    AxisRange axis{0, 0};
    for (const Bar& b : c.bars) {
      axis.lo = std::min({axis.lo, b.value, std::isfinite(b.low) ? b.low : b.value});
      axis.hi = std::max({axis.hi, b.value, std::isfinite(b.high) ? b.high : b.value});
    }
    // A chart that fits a page is never split: it starts a page if need be.
    if (c.height <= f.PageSpace() && c.height > f.Remaining()) f.NewPage();
    size_t start = 0;
    do {
      const size_t left = c.bars.size() - start;
      auto fitting = [&] { return static_cast<size_t>(std::max(0.0, (f.Remaining() - frame - 6) / row_h)); };
      if (fitting() < std::min(left, kMinRows) || (left <= 2 && f.Remaining() < c.height)) f.NewPage();
      size_t n = std::max<size_t>(std::min(left, fitting()), std::min<size_t>(left, 1));
      // No part of fewer than kMinRows rows left for the next page.
      if (n < left && left - n < kMinRows) n = left > 2 * kMinRows ? left - kMinRows : std::max<size_t>(n, 1);
      const std::vector<Bar> part(c.bars.begin() + static_cast<std::ptrdiff_t>(start),
                                  c.bars.begin() + static_cast<std::ptrdiff_t>(start + n));
      const double chart_h = static_cast<double>(std::max<size_t>(n, 2)) * row_h + 4.2 * label_pt + 12;
      const Box b = f.Take(title_pt + 6 + chart_h + 6);
      if (start == 0) {
        f.d->AddRegion("chart:" + spec.id, b);
        f.d->Bookmark(IndicatorTitle(t, spec), 1, b.y);
      }
      PutRuns(f.d, b.x, b.y + title_pt,
              {{IndicatorTitle(t, spec) + (start > 0 ? t.Text("summary.charts.continued") : ""),
                {title_pt, FontWeight::kBold, 0}}},
              b.w);
      ChartText ct{label_pt, label_pt,
                   t.Fill("chart.caption", {{"basis", BasisLabel(t, c.basis)}, {"unit", UnitName(t, spec)}}),
                   t.Text("chart.median"), t.Text("chart.empty"), false, t.Text("summary.charts.note_caption")};
      DrawRankedRows(f.d, f.nt, {b.x, b.y + title_pt + 6, b.w, chart_h}, part, c.median, ct, axis);
      start += n;
    } while (start < c.bars.size());
    if (c.missing_lines.empty()) continue;
    const double missing_h = c.missing_lines.size() * (label_pt + 3) + 6;
    if (f.Remaining() < missing_h) f.NewPage();
    const Box m = f.Take(missing_h);
    double y = m.y + label_pt;
    for (const auto& l : c.missing_lines) {
      f.d->Text(m.x, y, l, {label_pt, FontWeight::kRegular, 0.25});
      y += label_pt + 3;
    }
  }
}

namespace {

// The value `iv` reported for the single year `year`, or null (a
// multi-year total covers no single year).
const TrendPoint* YearValue(const IndicatorView& iv, int year) {
  for (const TrendPoint& p : iv.trend) {
    if (p.first_year == year && p.last_year == year) return &p;
  }
  return nullptr;
}

}  // namespace

void DrawYearsTable(PageFlow& f, const SummaryModel& s) {
  const Templates& t = f.t;
  if (s.year <= 0 || s.indicators.empty()) return;
  f.d->AddRegion("years", SectionTitle(f, "summary.years.title", "summary.years.hint"));
  constexpr int kYears = 3;
  const double size = t.Num("summary.table.text_pt"), row_h = t.Num("summary.years.row_h");
  const double place_w = t.Num("summary.heat.place_width");
  const double group_w = (f.width - place_w) / s.indicators.size(), col_w = group_w / kYears;
  const auto header = [&]() {
    const Box h = f.Take(2 * size + 9);
    f.d->Text(h.x, h.y + 2 * size + 4, t.Text("summary.league.place"), {size, FontWeight::kBold, 0.25});
    for (size_t i = 0; i < s.indicators.size(); ++i) {
      const double x = h.x + place_w + i * group_w;
      f.d->Text(x + 2, h.y + size + 1, FitText(f.m, IndicatorName(t, s.indicators[i]), size, group_w - 4),
                {size, FontWeight::kBold, 0});
      for (int k = 0; k < kYears; ++k) {
        const std::string year = std::to_string(s.year - kYears + 1 + k);
        f.d->Text(x + (k + 1) * col_w - 3 - f.m.Width(year, size), h.y + 2 * size + 4, year,
                  {size, FontWeight::kRegular, 0.3});
      }
      f.d->Line({x + 2, h.y + size + 3.5}, {x + group_w - 3, h.y + size + 3.5}, {0.4, 0.5, 0});
    }
    f.d->Line({h.x, h.bottom()}, {h.right(), h.bottom()}, {0.6, 0, 0});
  };
  header();
  for (size_t r = 0; r < s.places.size(); ++r) {
    const PlaceView& v = s.places[r];
    if (f.Remaining() < row_h) {
      f.NewPage();
      header();
    }
    const Box row = f.Take(row_h);
    if (r % 2 == 1) f.d->Rect(row, 0.95, {0, 0, 0});
    if (v.city == s.focus) MarkFocusRow(f.d, row);
    const double base = row.y + size + (row_h - size) / 2 - 1;
    f.d->Text(row.x, base, FitText(f.m, PlaceName(t, v.name_zh, v.name_en), size, place_w - 4),
              {size, FontWeight::kBold, 0});
    for (size_t i = 0; i < s.indicators.size(); ++i) {
      const IndicatorView* iv = FindIndicatorView(v, s.indicators[i].id);
      for (int k = 0; k < kYears; ++k) {
        const int year = s.year - kYears + 1 + k;
        const TrendPoint* p = iv ? YearValue(*iv, year) : nullptr;
        if (!p) continue;  // blank: not reported for that single year
        const std::string text = QualifiedNumber(f.nt, t, p->value, p->qualifier);
        const double x = row.x + place_w + i * group_w + (k + 1) * col_w - 3 - f.m.Width(text, size);
        f.d->Text(x, base, text, {size, year == s.year ? FontWeight::kBold : FontWeight::kRegular, 0});
      }
    }
  }
}

void DrawCoverage(PageFlow& f, const SummaryModel& s) {
  const Templates& t = f.t;
  f.d->AddRegion("coverage", SectionTitle(f, "summary.coverage.title", "summary.coverage.hint"));
  const double size = t.Num("summary.table.text_pt"), row_h = t.Num("summary.table.row_h");
  const double place_w = t.Num("summary.heat.place_width");
  double col_w = MatrixHeader(f, s, place_w);
  std::vector<int> reported(s.indicators.size(), 0), current(s.indicators.size(), 0);
  for (const PlaceView& v : s.places) {
    if (f.Remaining() < row_h) {
      f.NewPage();
      col_w = MatrixHeader(f, s, place_w);
    }
    const Box r = f.Take(row_h);
    if (v.city == s.focus) MarkFocusRow(f.d, r);
    const double base = r.y + size + 2.5;
    f.d->Text(r.x, base, FitText(f.m, PlaceName(f.t, v.name_zh, v.name_en), size, place_w - 4),
              {size, FontWeight::kBold, 0});
    for (size_t i = 0; i < s.indicators.size(); ++i) {
      const IndicatorView* iv = FindIndicatorView(v, s.indicators[i].id);
      const Box cell{r.x + place_w + i * col_w + 1, r.y + 1, col_w - 2, row_h - 2};
      if (iv && iv->has_value()) {
        ++reported[i];
        std::string text = WithUnit(t, QualifiedNumber(f.nt, t, iv->row->value, iv->row->qualifier),
                                    UnitName(t, s.indicators[i])) +
                           "  " + PeriodLabel(t, iv->row->period);
        if (iv->row->reviewed) text = t.Text("summary.coverage.reviewed_mark") + text;
        // A stand-in is grey, its year printed: it is not this year's figure.
        const double grey = iv->stands_in() ? 0.45 : 0;
        current[i] += !iv->stands_in();
        f.d->Text(cell.x + 3, base, FitText(f.m, text, size, cell.w - 5), {size, FontWeight::kRegular, grey});
      } else {
        f.d->Rect(cell, 0.9, {0, 0, 0});
        f.d->Text(cell.x + 3, base, t.Text("tile.not_disclosed"), {size, FontWeight::kRegular, 0.3});
      }
    }
    f.d->Line({r.x, r.bottom()}, {r.right(), r.bottom()}, {0.3, 0.75, 0});
  }
  const Box total = f.Take(row_h + 2);
  f.d->Text(total.x, total.y + size + 3, t.Text("summary.coverage.total"), {size, FontWeight::kBold, 0});
  for (size_t i = 0; i < s.indicators.size(); ++i) {
    const std::string count = t.Fill("summary.coverage.count", {{"reported", std::to_string(reported[i])},
                                                                 {"places", std::to_string(s.places.size())},
                                                                 {"current", std::to_string(current[i])},
                                                                 {"year", std::to_string(s.year)}});
    f.d->Text(total.x + place_w + i * col_w + 4, total.y + size + 3, FitText(f.m, count, size, col_w - 6),
              {size, FontWeight::kBold, 0});
  }
}

}  // namespace peercard
