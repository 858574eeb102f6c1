// From the dataset to one comparable value per (place, indicator): pick the
// value that stands for the comparison year, put it on the scales listed in
// metrics/ (per year, per 10,000 residents, per township), resolve ratios and
// the trend. Missing stays NaN with a reason; nothing becomes 0.
//
// Rules (also in the method notes, compare.h):
// - Stand-in window: a value whose period ends in year − window … year stands
//   for `year` (window 0: that year only); the most recent wins, and of two
//   ending in the same year the shorter period (2021 beats 2017-2021). The
//   row keeps year_used (its last year) and its period.
// - A flow's rate is value / years of its period (2289 over 2017-2021 →
//   457.8 a year); a stock's rate is the value itself, never divided.
//   per_year = a flow's rate; per_10k = rate / population_2020 × 10,000;
//   per_township = rate / townships. So a term summary and a single year
//   land on the same yearly scale before they meet in the peer statistics.
// - Ratio = this indicator's rate / the denominator's rate, both as selected
//   for the comparison year.
// - Trend: the latest earlier value (ending before year_used) of the same
//   place that is comparable: a stock always, a flow when its period has the
//   same length. A flow whose only earlier values have another length gets
//   prev_year/prev_value of the latest one, trend_comparable = false and a
//   note, and no change.
#pragma once

#include <string>
#include <vector>

#include "tables/comparison.h"
#include "tables/dataset.h"
#include "model/indicator_spec.h"
#include "model/places.h"

namespace peercard {

// The dataset values of one (place, indicator), sorted by period (oldest
// first, as Dataset keeps them). Pointers into a Dataset that outlives it.
using History = std::vector<const DatasetValue*>;

// A flow's yearly rate (value / years of its period) or a stock's value: the
// one home of that rule, for the trend on the cards as for the statistics.
// REQUIRES: period.known(). Pure.
double Rate(const IndicatorSpec& spec, double value, const Period& period);

// Index in `history` of the stated (non-NA) value that stands for `year`, or
// -1 when none ends in year − window … year. Pure.
int SelectValue(const History& history, int year, int window);

// [low, high] of a value stated with `q` under `rule` (exact: [v, v]).
void ValueInterval(double v, Qualifier q, const IntervalRule& rule, double* low, double* high);

// `value`, reported over `period`, on `scale` ("raw", "per_year", "per_10k",
// "per_township"). NaN when the scale does not apply, with the reason added
// to *reason (kNoPopulation …). Linear in value, so
// ToScale(…, 1.0) is the factor a draw multiplies by. Pure.
double ToScale(const IndicatorSpec& spec, const Place& place, const Period& period, const std::string& scale,
               double value, Reasons* reason);

// Fills the value columns of *row for `year`: year_used, period, value,
// qualifier, value_low/high, reviewed, doc, per_year, per_10k, per_township
// (those listed in spec.normalisations), basis, basis_value, and reason when
// the value or a listed scale is missing. Then the trend columns.
// REQUIRES: row->city and row->indicator are set; `history` is theirs.
void NormaliseCell(const IndicatorSpec& spec, const Place& place, const History& history, int year, int window,
                   ComparisonRow* row);

// Fills ratio_id and ratio of *row from the denominator's row of the same
// place (nullptr when that indicator is not in the catalogue); a missing or
// zero denominator, or one of another period than the row's value (a
// stand-in beside a current value), leaves ratio NaN and says why in
// row->reason.
void FillRatio(const RatioSpec& ratio, const IndicatorSpec& spec, const IndicatorSpec* den_spec,
               const ComparisonRow* den_row, ComparisonRow* row);

}  // namespace peercard
