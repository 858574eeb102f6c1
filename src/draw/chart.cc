#include "draw/chart.h"

#include <algorithm>
#include <functional>

#include "draw/polyline_simplify.h"
#include "draw/text_fit.h"

namespace peercard {

namespace {

constexpr double kPeerGrey = 0.72;
// Below this many points per bar, separate bars and whisker caps turn to
// noise: the peers are drawn as one area through the tops of their bars and
// their whiskers uncapped.
constexpr double kDenseSlotPt = 2.5;
// Detail finer than this (0.035 mm) does not print.
constexpr double kInvisiblePt = 0.1;
constexpr double kGridGrey = 0.86;
const StrokeStyle kNoStroke{0, 0, 0};
const StrokeStyle kAxis{0.6, 0, 0};
const StrokeStyle kGrid{0.3, kGridGrey, 0};
const StrokeStyle kMedian{0.8, 0.15, 2};

double Lo(const Bar& b) { return std::isfinite(b.low) ? std::min(b.low, b.value) : b.value; }
double Hi(const Bar& b) { return std::isfinite(b.high) ? std::max(b.high, b.value) : b.value; }

// Maps values to one axis of a plot area.
struct Scale {
  double v0, v1, p0, p1;
  double operator()(double v) const { return p0 + (v - v0) / (v1 - v0) * (p1 - p0); }
};

// A qualified bar's interval at x = cx, as a vertical stroke with caps
// `cap` wide on each side (none when 0); nothing for an exact value.
void AddWhisker(const Bar& b, double cx, double cap, const Scale& y, std::vector<std::pair<Point, Point>>* out) {
  if (!(Lo(b) < b.value || Hi(b) > b.value)) return;
  out->push_back({{cx, y(Lo(b))}, {cx, y(Hi(b))}});
  if (cap <= 0) return;
  out->push_back({{cx - cap, y(Lo(b))}, {cx + cap, y(Lo(b))}});
  out->push_back({{cx - cap, y(Hi(b))}, {cx + cap, y(Hi(b))}});
}

// The bars with a value, and the range [lo, hi] their intervals (and 0)
// span.
std::vector<const Bar*> ShownBars(const std::vector<Bar>& bars, double* lo, double* hi) {
  std::vector<const Bar*> shown;
  *lo = *hi = 0;
  for (const Bar& b : bars) {
    if (!std::isfinite(b.value)) continue;
    shown.push_back(&b);
    *lo = std::min(*lo, Lo(b));
    *hi = std::max(*hi, Hi(b));
  }
  return shown;
}

// A value label on a white ground, so that gridlines and the median line
// never run through its digits.
void ValueLabel(Drawing* d, double x, double baseline, const std::string& s, const TextStyle& style) {
  const double w = d->measure().Width(s, style.size_pt);
  const double top = baseline - d->measure().Ascent() * style.size_pt * 0.8;
  d->Rect({x - 0.8, top, w + 1.6, style.size_pt * 0.95}, 1, kNoStroke);
  d->Text(x, baseline, s, style);
}

void EmptyNote(Drawing* d, const Box& box, const ChartText& text) {
  d->Rect(box, -1, {0.4, 0.7, 2});
  const auto lines = WrapText(d->measure(), text.empty, text.value_pt, box.w - 8, 3);
  double y = box.y + box.h / 2 - (lines.size() - 1) * text.value_pt * 0.65 + text.value_pt * 0.35;
  for (const auto& l : lines) {
    d->Text(box.x + (box.w - d->measure().Width(l, text.value_pt)) / 2, y, l,
            {text.value_pt, FontWeight::kRegular, 0.2});
    y += text.value_pt * 1.3;
  }
}

// Caption at the top-left of `box`, and at the top-right a dashed sample
// with the median's label when there is a median.
void CaptionLine(Drawing* d, const NumberText& nt, const Box& box, const ChartText& text, double median) {
  const TextStyle style{text.label_pt, FontWeight::kRegular, 0.25};
  const double base = box.y + text.label_pt;
  double right = box.right();
  if (std::isfinite(median)) {
    const std::string label = text.median + " " + nt.Auto(median);
    const double w = d->measure().Width(label, text.label_pt);
    d->Text(right - w, base, label, style);
    right -= w + 14;
    d->Line({right + 1, base - text.label_pt * 0.35}, {right + 11, base - text.label_pt * 0.35}, kMedian);
  }
  d->Text(box.x, base, FitText(d->measure(), text.caption, text.label_pt, right - box.x - 4), style);
}

// Horizontal gridlines and labels of a value axis drawn upwards.
double ValueAxis(Drawing* d, const NumberText& nt, const Ticks& t, const Box& plot, double label_pt, Scale* y) {
  double label_w = 0;
  for (int i = 0; i < t.count; ++i)
    label_w = std::max(label_w, d->measure().Width(nt.Auto(t.first + i * t.step), label_pt));
  *y = {t.first, t.last(), plot.bottom(), plot.y};
  const double x0 = plot.x + label_w + 3;
  for (int i = 0; i < t.count; ++i) {
    const double v = t.first + i * t.step;
    const std::string s = nt.Auto(v);
    d->Line({x0, (*y)(v)}, {plot.right(), (*y)(v)}, v == 0 ? kAxis : kGrid);
    d->Text(x0 - 2 - d->measure().Width(s, label_pt), (*y)(v) + label_pt * 0.35, s,
            {label_pt, FontWeight::kRegular, 0.3});
  }
  d->Line({x0, plot.y}, {x0, plot.bottom()}, kAxis);
  return x0;
}

}  // namespace

Ticks NiceTicks(double lo, double hi, int max_ticks) {
  if (!(hi > lo)) {
    const double pad = lo == 0 ? 1 : std::fabs(lo) * 0.5;
    lo -= lo == 0 ? 0 : pad;
    hi += pad;
  }
  const double raw = (hi - lo) / (max_ticks - 1);
  double magnitude = std::pow(10.0, std::floor(std::log10(raw)) - 1);
  for (int guard = 0; guard < 40; ++guard, magnitude *= 10) {
    for (const double m : {1.0, 2.0, 5.0}) {
      const double step = m * magnitude;
      const double first = std::floor(lo / step + 1e-9) * step;
      const double last = std::ceil(hi / step - 1e-9) * step;
      const int count = static_cast<int>(std::lround((last - first) / step)) + 1;
      if (count <= max_ticks) return {first == 0 ? 0.0 : first, step, std::max(count, 2)};
    }
  }
  return {lo, hi - lo, 2};
}

namespace {

// A bar far above the others (more than kOutlierRatio × the median, and
// above every other bar by kOutlierGap) would squash them: the axis stops
// just above the next bar and the outlier is drawn cut, with its value.
constexpr double kOutlierRatio = 3;
constexpr double kOutlierGap = 1.5;

// The top of the value axis: `hi`, or below an outlier the largest other
// value with room above it. Only for charts of values >= 0.
double CappedTop(const std::vector<const Bar*>& shown, double lo, double hi, double median) {
  if (lo < 0 || !(median > 0) || shown.size() < 4) return hi;
  double top = 0, second = 0;
  for (const Bar* b : shown) {
    const double v = Hi(*b);
    if (v > top) {
      second = top;
      top = v;
    } else {
      second = std::max(second, v);
    }
  }
  if (top <= kOutlierRatio * median || top <= kOutlierGap * second) return hi;
  return std::max(second, median) * 1.15;
}

// Where each bar's name goes: x of its left end, centred under the bar and
// kept inside [lo, hi].
struct NamePlace {
  size_t bar;
  double x, w;
};

// Which bars get their name under them: all when every name fits its slot,
// else this place, the best, the median and the worst, leaving out any that
// would touch a name already placed (this place's first).
std::vector<NamePlace> PlaceBarNames(const std::vector<const Bar*>& shown, const TextMeasure& m, double slot,
                                     double label_pt, const std::function<double(size_t)>& centre, double lo,
                                     double hi) {
  const auto place = [&](size_t i) {
    const double w = m.Width(shown[i]->label, label_pt);
    return NamePlace{i, std::clamp(centre(i) - w / 2, lo, hi - w), w};
  };
  std::vector<NamePlace> all;
  bool fit = true;
  for (size_t i = 0; i < shown.size(); ++i) {
    all.push_back(place(i));
    fit = fit && all.back().w + 1 <= slot;
  }
  if (fit) return all;
  std::vector<size_t> wanted;
  for (size_t i = 0; i < shown.size(); ++i) {
    if (shown[i]->self) wanted.push_back(i);
  }
  for (size_t i : {size_t{0}, shown.size() / 2, shown.size() - 1}) wanted.push_back(i);
  std::vector<NamePlace> out;
  for (size_t i : wanted) {
    const NamePlace p = place(i);
    bool clear = true;
    for (const NamePlace& q : out) clear = clear && q.bar != i && (p.x + p.w + 2 <= q.x || p.x >= q.x + q.w + 2);
    if (clear) out.push_back(p);
  }
  return out;
}

}  // namespace

void DrawSortedBars(Drawing* d, const NumberText& nt, const Box& box, const std::vector<Bar>& bars, double median,
                    const ChartText& text) {
  double lo, hi;
  const std::vector<const Bar*> shown = ShownBars(bars, &lo, &hi);
  if (shown.empty()) return EmptyNote(d, box, text);
  CaptionLine(d, nt, box, text, median);
  if (std::isfinite(median)) hi = std::max(hi, median);
  const double top_value = CappedTop(shown, lo, hi, median);
  const bool capped = top_value < hi;
  const double marker = 6;
  // Names under the bars: one line.
  const double name_band =
      text.bar_names ? text.label_pt * (d->measure().Ascent() + d->measure().Descent()) + 2.5 : 0;
  const Box plot{box.x, box.y + text.label_pt + marker + text.value_pt + 4, box.w,
                 box.h - (text.label_pt + marker + text.value_pt + 8) - name_band};
  Scale y;
  const double x0 = ValueAxis(d, nt, NiceTicks(lo, top_value, 4), plot, text.label_pt, &y);
  const double slot = (plot.right() - x0 - 2) / shown.size();
  const bool dense = slot < kDenseSlotPt;
  const double bar_w = dense ? slot : std::min(slot * 0.72, 16.0);
  const auto centre = [&](size_t i) { return x0 + 2 + slot * (i + 0.5); };
  // A bar's top and bottom: from zero up to a value >= 0, down to one < 0,
  // at least 0.6 pt long so that a reported zero still shows; a capped bar
  // ends at the top of the plot.
  const auto span = [&](const Bar& b) -> std::pair<double, double> {
    if (b.value >= 0) return {std::max(plot.y, std::min(y(b.value), y(0) - 0.6)), y(0)};
    return {y(0), std::max(y(b.value), y(0) + 0.6)};
  };
  const auto cut = [&](const Bar& b) { return capped && Hi(b) > top_value; };
  const auto clamp_y = [&](double v) { return std::max(plot.y, v); };
  std::pair<const Bar*, double> self{nullptr, 0};  // this place's bar and its centre
  std::vector<std::pair<Point, Point>> whiskers;   // the peers' intervals
  std::vector<Point> outline;                      // dense: the tops of the peers' bars
  std::vector<std::pair<const Bar*, double>> cut_bars;
  for (size_t i = 0; i < shown.size(); ++i) {
    const Bar& b = *shown[i];
    const double cx = centre(i);
    if (b.self) self = {&b, cx};
    if (cut(b)) cut_bars.push_back({&b, cx});
    const auto [top, bottom] = span(b);
    if (dense) {  // the end of the bar away from zero, at its centre
      const double end = b.value >= 0 ? top : bottom;
      if (i == 0) outline.push_back({cx - bar_w / 2, end});
      outline.push_back({cx, end});
      if (i + 1 == shown.size()) outline.push_back({cx + bar_w / 2, end});
    } else if (!b.self) {
      d->Rect({cx - bar_w / 2, top, bar_w, bottom - top}, kPeerGrey, kNoStroke);
    }
    // Caps wider than a dense chart's bars would run into the next ones.
    if (!b.self && !cut(b)) AddWhisker(b, cx, dense ? 0 : std::max(bar_w * 0.3, 1.5), y, &whiskers);
  }
  if (dense) {
    outline = SimplifyPolyline(outline, kInvisiblePt);
    outline.push_back({outline.back().x, y(0)});
    outline.push_back({outline.front().x, y(0)});
    d->Polygon(outline, kPeerGrey, kNoStroke);
  }
  d->Segments(whiskers, {dense ? 0.35 : 0.7, 0.3, 0});
  if (self.first) {  // over the peers, so that a dense chart never hides it
    const Bar& b = *self.first;
    const double cx = self.second, w = std::max(bar_w, 1.2);
    const auto [top, bottom] = span(b);
    d->Rect({cx - w / 2, top, w, bottom - top}, 0, {dense ? 0.3 : 0.8, 0, 0});
    if (!cut(b)) {
      std::vector<std::pair<Point, Point>> whisker;
      AddWhisker(b, cx, std::max(w * 0.3, 1.5), y, &whisker);
      d->Segments(whisker, {0.7, 0, 0});
    }
  }
  // A cut bar: a white break across it near the top, and its value above.
  for (const auto& [b, cx] : cut_bars) {
    const double w = std::max(bar_w, 1.2) + 2, by = plot.y + 5;
    d->Polygon({{cx - w / 2, by + 1.2}, {cx + w / 2, by - 0.6}, {cx + w / 2, by + 1.2}, {cx - w / 2, by + 3}}, 1,
               kNoStroke);
    if (b->self) continue;  // its value is printed with its marker
    const std::string label = nt.Auto(b->value);
    const double lw = d->measure().Width(label, text.value_pt);
    const double lx = std::clamp(cx - lw / 2, x0 + 1, box.right() - lw);
    d->Text(lx, plot.y - 2, label, {text.value_pt, FontWeight::kRegular, 0.2});
  }
  // The median over the bars; this place's marker and value over both.
  if (std::isfinite(median)) d->Line({x0, y(median)}, {plot.right(), y(median)}, kMedian);
  if (self.first) {
    const double mark_y = clamp_y(y(Hi(*self.first))) - marker / 2 - 1.5;
    d->Marker({self.second, mark_y}, marker, MarkerShape::kTriangleDown, 0, {0.4, 0, 0});
    const std::string label = nt.Auto(self.first->value);
    const double w = d->measure().Width(label, text.value_pt);
    const double lx = std::clamp(self.second - w / 2, x0 + 1, box.right() - w);
    d->Text(lx, mark_y - marker / 2 - 1.5, label, {text.value_pt, FontWeight::kBold, 0});
  }
  if (!text.bar_names) return;
  const double name_y = plot.bottom() + 2 + text.label_pt * d->measure().Ascent();
  for (const NamePlace& p : PlaceBarNames(shown, d->measure(), slot, text.label_pt, centre, x0, box.right())) {
    const Bar& b = *shown[p.bar];
    d->Text(p.x, name_y, b.label,
            {text.label_pt, b.self ? FontWeight::kBold : FontWeight::kRegular, b.self ? 0 : 0.3});
  }
}

void DrawRankedRows(Drawing* d, const NumberText& nt, const Box& box, const std::vector<Bar>& bars, double median,
                    const ChartText& text, const AxisRange& axis) {
  double lo, hi, label_w = 0;
  const std::vector<const Bar*> shown = ShownBars(bars, &lo, &hi);
  if (shown.empty()) return EmptyNote(d, box, text);
  CaptionLine(d, nt, box, text, median);
  for (const Bar* b : shown) label_w = std::max(label_w, d->measure().Width(b->label, text.label_pt));
  if (std::isfinite(median)) hi = std::max(hi, median);
  if (std::isfinite(axis.lo)) lo = std::min(lo, axis.lo);
  if (std::isfinite(axis.hi)) hi = std::max(hi, axis.hi);
  label_w = std::min(label_w, box.w * 0.3);
  double note_w = 0;
  for (const Bar* b : shown) note_w = std::max(note_w, d->measure().Width(b->note, text.label_pt));
  if (note_w > 0) note_w = std::min(std::max(note_w, d->measure().Width(text.note_caption, text.label_pt)), box.w * 0.3) + 10;
  // The notes' heading takes a line of its own under the caption's.
  const bool note_head = note_w > 0 && !text.note_caption.empty();
  const double top = box.y + text.label_pt * (note_head ? 3.2 : 2) + 4, bottom = box.bottom() - text.label_pt - 4;
  const double x0 = box.x + label_w + 4, x1 = box.right() - 30 - note_w;
  if (note_head) {
    const std::string head = FitText(d->measure(), text.note_caption, text.label_pt, note_w - 10);
    d->Text(box.right() - d->measure().Width(head, text.label_pt), box.y + text.label_pt * 2.3 + 1, head,
            {text.label_pt, FontWeight::kRegular, 0.25});
  }
  const Ticks t = NiceTicks(lo, hi, 6);
  const Scale x{t.first, t.last(), x0, x1};
  for (int i = 0; i < t.count; ++i) {
    const double v = t.first + i * t.step;
    d->Line({x(v), top}, {x(v), bottom}, v == 0 ? kAxis : kGrid);
    const std::string s = nt.Auto(v);
    d->Text(x(v) - d->measure().Width(s, text.label_pt) / 2, bottom + text.label_pt + 2, s,
            {text.label_pt, FontWeight::kRegular, 0.3});
  }
  if (std::isfinite(median)) d->Line({x(median), top - 2}, {x(median), bottom}, kMedian);
  const double row = (bottom - top) / shown.size();
  const double bar_h = std::min(row * 0.7, 10.0);
  for (size_t i = 0; i < shown.size(); ++i) {
    const Bar& b = *shown[i];
    const double cy = top + row * (i + 0.5);
    const TextStyle label{std::min(text.label_pt, row * 0.9), b.self ? FontWeight::kBold : FontWeight::kRegular, 0};
    d->Text(box.x, cy + label.size_pt * 0.35, FitText(d->measure(), b.label, label.size_pt, label_w), label);
    const double left = x(std::min(b.value, 0.0)), right = x(std::max(b.value, 0.0));
    d->Rect({left, cy - bar_h / 2, std::max(right - left, 0.6), bar_h}, b.self ? 0 : 0.55, kNoStroke);
    if (Lo(b) < b.value || Hi(b) > b.value) {
      const StrokeStyle whisker{0.7, 0, 0};
      d->Line({x(Lo(b)), cy}, {x(Hi(b)), cy}, whisker);
      d->Line({x(Lo(b)), cy - bar_h / 3}, {x(Lo(b)), cy + bar_h / 3}, whisker);
      d->Line({x(Hi(b)), cy - bar_h / 3}, {x(Hi(b)), cy + bar_h / 3}, whisker);
    }
    ValueLabel(d, x(Hi(b)) + 3, cy + label.size_pt * 0.35, nt.Auto(b.value),
               {label.size_pt, FontWeight::kRegular, 0.2});
    if (!b.note.empty()) {
      const std::string note = FitText(d->measure(), b.note, label.size_pt, note_w - 10);
      d->Text(box.right() - d->measure().Width(note, label.size_pt), cy + label.size_pt * 0.35, note,
              {label.size_pt, b.self ? FontWeight::kBold : FontWeight::kRegular, 0.15});
    }
  }
}

void DrawZProfile(Drawing* d, const NumberText& nt, const Box& box, const std::vector<ProfileRow>& rows,
                  const ChartText& text) {
  bool any = false;
  double reach = 2, label_w = 0;
  for (const ProfileRow& r : rows) {
    label_w = std::max(label_w, d->measure().Width(r.label, text.label_pt));
    if (std::isfinite(r.z)) {
      any = true;
      reach = std::max(reach, std::fabs(r.z));
    }
  }
  if (!any || rows.empty()) return EmptyNote(d, box, text);
  label_w = std::min(label_w, box.w * 0.38);
  const Ticks t = NiceTicks(-reach, reach, 5);
  const double top = box.y + text.label_pt + 4, bottom = box.bottom() - text.label_pt - 3;
  d->Text(box.x, box.y + text.label_pt, FitText(d->measure(), text.caption, text.label_pt, box.w),
          {text.label_pt, FontWeight::kRegular, 0.25});
  // Room on both sides for a value printed beyond the end of its bar.
  const double value_w = d->measure().Width("-0.0", text.value_pt) + 4;
  const double x0 = box.x + label_w + 6 + value_w, x1 = box.right() - value_w;
  const Scale x{t.first, t.last(), x0, x1};
  for (int i = 0; i < t.count; ++i) {
    const double v = t.first + i * t.step;
    d->Line({x(v), top}, {x(v), bottom}, std::fabs(v) < 1e-12 ? kAxis : kGrid);
    const std::string s = nt.Signed(v, t.step < 1 ? 1 : 0);
    d->Text(x(v) - d->measure().Width(s, text.label_pt) / 2, bottom + text.label_pt + 1, s,
            {text.label_pt, FontWeight::kRegular, 0.3});
  }
  const double row = (bottom - top) / rows.size();
  const double bar_h = std::min(row * 0.6, 9.0);
  for (size_t i = 0; i < rows.size(); ++i) {
    const ProfileRow& r = rows[i];
    const double cy = top + row * (i + 0.5);
    d->Text(box.x, cy + text.label_pt * 0.35, FitText(d->measure(), r.label, text.label_pt, label_w),
            {text.label_pt, FontWeight::kRegular, 0});
    if (!std::isfinite(r.z)) {
      d->Text(x(0) + 3, cy + text.label_pt * 0.35, r.missing, {text.label_pt, FontWeight::kRegular, 0.35});
      continue;
    }
    const double a = x(std::min(r.z, 0.0)), b = x(std::max(r.z, 0.0));
    d->Rect({a, cy - bar_h / 2, std::max(b - a, 0.8), bar_h}, 0.35, kNoStroke);
    const std::string s = nt.Signed(r.z, 1);
    const double w = d->measure().Width(s, text.value_pt);
    d->Text(r.z >= 0 ? b + 2 : a - 2 - w, cy + text.value_pt * 0.35, s, {text.value_pt, FontWeight::kBold, 0});
  }
}

void DrawTrend(Drawing* d, const NumberText& nt, const Box& box, const std::vector<TrendPoint>& points,
               const ChartText& text) {
  std::vector<TrendPoint> pts;
  for (const TrendPoint& p : points) {
    if (std::isfinite(p.value) && p.last_year > 0) pts.push_back(p);
  }
  if (pts.size() < 2) return EmptyNote(d, box, text);
  std::sort(pts.begin(), pts.end(), [](const TrendPoint& a, const TrendPoint& b) {
    return a.last_year != b.last_year ? a.last_year < b.last_year : a.first_year < b.first_year;
  });
  double lo = 0, hi = 0;
  int y0 = pts.front().first_year, y1 = pts.back().last_year;
  for (const TrendPoint& p : pts) {
    hi = std::max(hi, p.value);
    lo = std::min(lo, p.value);
    y0 = std::min(y0, p.first_year);
  }
  d->Text(box.x, box.y + text.label_pt, FitText(d->measure(), text.caption, text.label_pt, box.w),
          {text.label_pt, FontWeight::kRegular, 0.25});
  // Room above the plot for the top tick's label and the points' values.
  const double head = text.label_pt * 1.6 + text.value_pt + 4;
  const Box plot{box.x, box.y + head, box.w, box.h - head - text.label_pt - 4};
  Scale y;
  const double x0 = ValueAxis(d, nt, NiceTicks(lo, hi, 3), plot, text.label_pt, &y);
  const Scale x{y0 - 0.5, y1 + 0.5, x0 + 2, plot.right() - 2};
  std::vector<Point> path;
  for (const TrendPoint& p : pts) {
    const double mid = (p.first_year + p.last_year) / 2.0;
    if (p.last_year > p.first_year) {
      d->Line({x(p.first_year - 0.4), y(p.value)}, {x(p.last_year + 0.4), y(p.value)}, {1.6, 0.1, 0});
    } else {
      d->Marker({x(mid), y(p.value)}, 3.2, MarkerShape::kDisc, 0, kNoStroke);
    }
    path.push_back({x(mid), y(p.value)});
  }
  d->Polyline(path, {0.6, 0.35, 0});
  // Each point's value above it, where it clears the one before; the last
  // (the compared year) always.
  const auto label_x = [&](size_t i, double w) { return std::clamp(path[i].x - w / 2, x0 + 1, box.right() - w); };
  const double last_left = label_x(pts.size() - 1, d->measure().Width(nt.Auto(pts.back().value), text.value_pt));
  double value_right = -1e9;
  for (size_t i = 0; i < pts.size(); ++i) {
    const std::string s = nt.Auto(pts[i].value);
    const double w = d->measure().Width(s, text.value_pt);
    const double lx = label_x(i, w);
    const bool last = i + 1 == pts.size();
    if (!last && (lx < value_right + 2 || lx + w + 2 > last_left)) continue;
    ValueLabel(d, lx, path[i].y - 3.5, s, {text.value_pt, last ? FontWeight::kBold : FontWeight::kRegular, 0.1});
    value_right = lx + w;
  }
  // Every year on the axis, a tick each; labelled in full where the years fit
  // side by side, else the first in full and then every year, every second
  // or every fifth by its last two digits (2015 17 19 21 23), as they fit,
  // and the last year always.
  const TextStyle years{text.label_pt, FontWeight::kRegular, 0.3};
  const double step = x(y0 + 1) - x(y0);
  const double axis_y = plot.bottom();
  if (y1 > y0) {
    for (int yr = y0; yr <= y1; ++yr) d->Line({x(yr), axis_y}, {x(yr), axis_y + 1.8}, kAxis);
  }
  const bool full = step >= d->measure().Width("2024", text.label_pt) + 2;
  int every = 1;
  if (!full) {
    const double two = d->measure().Width("24", text.label_pt) + 2;
    every = step >= two ? 1 : 2 * step >= two ? 2 : 5;
  }
  const auto text_of = [&](int yr) {
    const std::string s = std::to_string(yr);
    return !full && yr != y0 ? s.substr(s.size() - 2) : s;
  };
  const auto left_of = [&](int yr) {
    const double w = d->measure().Width(text_of(yr), text.label_pt);
    return std::clamp(x(yr) - w / 2, box.x, box.right() - w);
  };
  const double final_left = y1 > y0 ? left_of(y1) : 1e9;
  double last_right = -1e9;
  const auto label = [&](int yr) {
    const std::string s = text_of(yr);
    const double lx = left_of(yr), w = d->measure().Width(s, text.label_pt);
    if (yr != y0 && lx < last_right + 2) return;
    if (yr != y1 && lx + w + 2 > final_left) return;  // the last year is always labelled
    d->Text(lx, box.bottom() - d->measure().Descent() * text.label_pt, s, years);
    last_right = lx + w;
  };
  for (int yr = y0; yr < y1; yr += every) label(yr);
  label(y1);
}

}  // namespace peercard
