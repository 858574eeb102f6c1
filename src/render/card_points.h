// The card's 要点: two to four plain sentences worded from the templates
// (points.*) and filled from the numbers of the comparison — the lead
// indicator's value, its normalised value, its rank among the peers and its
// change from the previous year; the composite rank; a strength and a
// weakness against the peers where they qualify. A number that is not in
// comparison.csv is never printed here.
#pragma once

#include <string>
#include <vector>

#include "draw/number_text.h"
#include "draw/templates.h"
#include "render/card_model.h"

namespace peercard {

// The sentences for `v`, at most four, in order: lead, composite (or, with
// fewer than 3 peers, that nothing is ranked), strength, weakness, and what
// is not disclosed when there is room. The lead is the first indicator of
// the catalogue with a value. Qualified values say so ("1100余"); a stand-in
// says it stands in; a change is given only for an exact value compared with
// a previous value of the same span (ComparisonRow::trend_comparable).
std::vector<std::string> KeyPoints(const PlaceView& v, const Templates& t, const NumberText& nt);

// The change of `row` from its previous comparable value, worded by the
// templates under `section` ("tile" or "points"): "比上年 ▲10.7%", or
// "比2021年 ▼3.2%" when the previous value is older than the year before;
// "" when there is none, or the value is qualified (≥1100 against 1000 is
// no measured change). The percentage is
// |change_pct| to one decimal (ComparisonRow::change_pct).
std::string ChangeText(const Templates& t, const NumberText& nt, const ComparisonRow& row, const std::string& section);

// How a value compares with the peer median, `pct` being value / median ×
// 100: "为同组中位数的 165%", and from twice the median in times, as Chinese
// reports put it: "为同组中位数的 7.9 倍" (templates `section`.vs_median and
// .vs_median_times; section "tile" or "points").
std::string VsMedianText(const Templates& t, const NumberText& nt, double pct, const std::string& section);

// A value with its qualifier as a sentence says it: "1100余", "约500",
// "不足50" (points.at_least …); exact values as NumberText::Auto.
std::string SentenceNumber(const Templates& t, const NumberText& nt, double value, Qualifier q);

}  // namespace peercard
