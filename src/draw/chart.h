// Vector charts for the cards and the summary, drawn through a Drawing:
// sorted bars of every peer's normalised value, a z-score profile and a
// small trend line. Greyscale only: this place stands out by shape and
// weight (a black bar under a marker) and every chart says in words when it
// has nothing to show.
#pragma once

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "draw/drawing.h"
#include "draw/number_text.h"

namespace peercard {

// Axis ticks first, first + step, … (count of them), with step 1, 2 or 5 ×
// 10^k, the smallest such step giving at most `max_ticks` ticks that cover
// [lo, hi]: first <= lo and first + (count-1)·step >= hi.
// REQUIRES: lo <= hi, max_ticks >= 2. lo == hi gives a range around lo.
struct Ticks {
  double first = 0, step = 1;
  int count = 2;
  double last() const { return first + (count - 1) * step; }
};
Ticks NiceTicks(double lo, double hi, int max_ticks);

// One bar: a normalised value and, for a qualified value, its interval.
// Constructed, not aggregate, so that callers name only what they use.
struct Bar {
  Bar() = default;
  Bar(std::string label_, double value_, double low_ = NAN, double high_ = NAN, bool self_ = false,
      std::string note_ = "")
      : label(std::move(label_)), value(value_), low(low_), high(high_), self(self_), note(std::move(note_)) {}
  std::string label;
  double value = NAN;
  double low = NAN, high = NAN;  // NaN or == value when exact
  bool self = false;             // the place the card is about
  // DrawRankedRows: printed at the row's right end, in a column of its own
  // ("1,236场次  ▲10.7%": the raw value and its change).
  std::string note;
};

// Text and sizes the charts print; filled from the templates by callers.
struct ChartText {
  ChartText(double label_pt_ = 6, double value_pt_ = 6.5, std::string caption_ = "", std::string median_ = "",
            std::string empty_ = "", bool bar_names_ = false, std::string note_caption_ = "")
      : label_pt(label_pt_),
        value_pt(value_pt_),
        caption(std::move(caption_)),
        median(std::move(median_)),
        empty(std::move(empty_)),
        bar_names(bar_names_),
        note_caption(std::move(note_caption_)) {}
  double label_pt;        // tick labels, captions
  double value_pt;        // value labels
  std::string caption;    // what the axis measures: "每万人 per 10k residents"
  std::string median;     // "中位数 median"
  std::string empty;      // printed alone when there is no value to draw
  // DrawSortedBars: each bar's label (a short place name) under it — every
  // one when they all fit their bars' width, else this place, the best, the
  // median and the worst, as many of those as clear each other.
  bool bar_names;
  std::string note_caption;  // DrawRankedRows: the heading of the notes' column
};

// Vertical bars sorted as given (callers sort best first), from zero; the
// self bar black with a marker above it and its value printed; the others
// light grey; interval whiskers; the median as a dashed line. A bar more
// than 3 × the median and 1.5 × every other bar is cut at the top of a
// shorter axis, with a white break and its value printed, so that it does
// not flatten the rest. Draws the empty text when no bar has a value. Draws
// inside `box` only.
void DrawSortedBars(Drawing* d, const NumberText& nt, const Box& box, const std::vector<Bar>& bars, double median,
                    const ChartText& text);

// A value range the axis must cover, beside the bars drawn: the whole
// chart's, when a long chart is drawn in parts over several pages so that
// every part has the same scale. NaN = the bars' own.
struct AxisRange {
  double lo = NAN, hi = NAN;
};

// Horizontal bars, one row per bar with its label on the left and its value
// at the bar's end (the summary's per-indicator chart). Rows without a value
// are left out: callers list them as 未披露. Row height = box.h / bars.
// Bars' notes, where there are any, take a column at the right.
// The axis covers the bars, the median and `axis`.
void DrawRankedRows(Drawing* d, const NumberText& nt, const Box& box, const std::vector<Bar>& bars, double median,
                    const ChartText& text, const AxisRange& axis = {});

// The z-score profile: one row per indicator, a bar from 0 to z on a shared
// axis of at least ±2, the value printed; `missing` (per row, may be empty)
// printed where z is NaN.
struct ProfileRow {
  std::string label;
  double z = NAN;
  std::string missing;
};
void DrawZProfile(Drawing* d, const NumberText& nt, const Box& box, const std::vector<ProfileRow>& rows,
                  const ChartText& text);

// A small trend: each point a period's value (per year for flows), a
// multi-year period drawn as a level segment across its years, a single year
// as a dot, consecutive periods joined. Prints text.empty when fewer than
// two points.
struct TrendPoint {
  int first_year = 0, last_year = 0;
  double value = NAN;
  Qualifier qualifier = Qualifier::kExact;  // as reported: 1000余 is kAtLeast
};
void DrawTrend(Drawing* d, const NumberText& nt, const Box& box, const std::vector<TrendPoint>& points,
               const ChartText& text);

}  // namespace peercard
