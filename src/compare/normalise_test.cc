// Normalisation: which value stands for a year, its per-year / per-10k / per-township scales, ratios and the trend.
#include "compare/normalise.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

namespace peercard {
namespace {

using Catch::Detail::Approx;

// A place of round figures: 250,000 residents in 50 townships.
Place RoundPlace() {
  Place p;
  p.code = "gs-test";
  p.name_zh = "测试市";
  p.population_2020 = 250000;
  p.townships = 50;
  return p;
}

IndicatorSpec Spec(std::string id, IndicatorKind kind, std::vector<std::string> normalisations,
                   std::string compare_on = "per_10k") {
  IndicatorSpec s;
  s.id = std::move(id);
  s.kind = kind;
  s.normalisations = std::move(normalisations);
  s.compare_on = std::move(compare_on);
  return s;
}

DatasetValue Value(Period period, std::optional<double> value, std::string doc, Qualifier q = Qualifier::kExact) {
  DatasetValue v;
  v.city = "gs-test";
  v.indicator = "consultations";
  v.period = period;
  v.value = value;
  v.qualifier = q;
  v.doc = std::move(doc);
  return v;
}

// A row of gs-test's `indicator`, as NormaliseCell requires.
ComparisonRow RowFor(const std::string& indicator) {
  ComparisonRow row;
  row.city = "gs-test";
  row.indicator = indicator;
  return row;
}

History HistoryOf(const std::vector<DatasetValue>& values) {
  History h;
  for (const DatasetValue& v : values) h.push_back(&v);
  return h;
}

const std::vector<std::string> kAllScales = {"per_year", "per_10k", "per_township"};

TEST_CASE("ToScale: a flow is divided by its years, then by residents or townships", "[normalise]") {
  const IndicatorSpec flow = Spec("consultations", IndicatorKind::kFlow, kAllScales);
  const Place p = RoundPlace();
  const Period term = Period::Span(2021, 5);  // 2017-2021
  Reasons reason;
  // 1000 sessions over 5 years: 1000 / 5 = 200 a year; 200 / 250,000 × 10,000 = 8 per 10k; 200 / 50 = 4 per
  // township. The raw value is left alone.
  CHECK(ToScale(flow, p, term, "raw", 1000, &reason) == 1000);
  CHECK(ToScale(flow, p, term, "per_year", 1000, &reason) == 200);
  CHECK(ToScale(flow, p, term, "per_10k", 1000, &reason) == Approx(8));
  CHECK(ToScale(flow, p, term, "per_township", 1000, &reason) == 4);
  // A single year is divided by 1: 300 → 300 a year, 300 / 250,000 × 10,000 = 12, 300 / 50 = 6.
  CHECK(ToScale(flow, p, Period::Year(2023), "per_year", 300, &reason) == 300);
  CHECK(ToScale(flow, p, Period::Year(2023), "per_10k", 300, &reason) == Approx(12));
  CHECK(ToScale(flow, p, Period::Year(2023), "per_township", 300, &reason) == 6);
  CHECK(reason.empty());
  // The header's example: 2289 over 2017-2021 is 2289 / 5 = 457.8 a year, exactly the double 457.8.
  CHECK(ToScale(flow, p, term, "per_year", 2289, &reason) == 457.8);
}

TEST_CASE("ToScale on 酒泉市's own figures (1,055,706 residents, 76 townships)", "[normalise]") {
  Place jiuquan;
  jiuquan.code = "gs-jiuquan";
  jiuquan.population_2020 = 1055706;
  jiuquan.townships = 76;
  const IndicatorSpec flow = Spec("consultations", IndicatorKind::kFlow, kAllScales);
  Reasons reason;
  // 2289 over 2017-2021: 457.8 a year; 457.8 / 1,055,706 × 10,000 = 4.3364…; 457.8 / 76 = 6.0236…
  CHECK(ToScale(flow, jiuquan, Period::Span(2021, 5), "per_10k", 2289, &reason) == Approx(4.33643).epsilon(1e-5));
  CHECK(ToScale(flow, jiuquan, Period::Span(2021, 5), "per_township", 2289, &reason) == Approx(6.02368).epsilon(1e-5));
}

TEST_CASE("ToScale: a stock is never divided by years", "[normalise]") {
  const IndicatorSpec stock = Spec("studios", IndicatorKind::kStock, kAllScales);
  const Place p = RoundPlace();
  Reasons reason;
  // 45 studios standing at the end of 2017-2021: 45 / 250,000 × 10,000 = 1.8 per 10k (not 0.36, as 45 / 5 would
  // give); 45 / 50 = 0.9 per township.
  CHECK(ToScale(stock, p, Period::Span(2021, 5), "per_10k", 45, &reason) == Approx(1.8));
  CHECK(ToScale(stock, p, Period::Span(2021, 5), "per_township", 45, &reason) == Approx(0.9));
  CHECK(reason.empty());
  CHECK(std::isnan(ToScale(stock, p, Period::Span(2021, 5), "per_year", 45, &reason)));
  CHECK(English(reason) == "a stock is never divided by years: no per_year value");
}

TEST_CASE("ToScale: NaN with a reason where a figure is missing — never 0", "[normalise]") {
  const IndicatorSpec flow = Spec("consultations", IndicatorKind::kFlow, kAllScales);
  Place p = RoundPlace();
  p.population_2020 = 0;
  p.townships = 0;
  Reasons reason;
  CHECK(std::isnan(ToScale(flow, p, Period::Year(2023), "per_10k", 300, &reason)));
  CHECK(English(reason) == "gs-test has no population_2020: no per_10k value");
  reason.clear();
  CHECK(std::isnan(ToScale(flow, p, Period::Year(2023), "per_township", 300, &reason)));
  CHECK(English(reason) == "gs-test has no township count: no per_township value");
  reason.clear();
  CHECK(std::isnan(ToScale(flow, p, Period::Year(2023), "per_capita", 300, &reason)));
  CHECK(reason == Reasons{{ReasonCode::kUnknownScale, {{"scale", "per_capita"}}}});
  reason.clear();
  // Scales that need no figure still work, and add no reason.
  CHECK(ToScale(flow, p, Period::Year(2023), "per_year", 300, &reason) == 300);
  CHECK(reason.empty());
}

TEST_CASE("ToScale is linear: the factor for 1.0 times the value is the value's scale", "[normalise]") {
  const IndicatorSpec flow = Spec("consultations", IndicatorKind::kFlow, kAllScales);
  const Place p = RoundPlace();
  Reasons reason;
  for (const std::string& scale : kAllScales) {
    INFO(scale);
    const double factor = ToScale(flow, p, Period::Span(2021, 3), scale, 1.0, &reason);
    CHECK(factor * 600 == Approx(ToScale(flow, p, Period::Span(2021, 3), scale, 600, &reason)));
  }
  // 600 over 2019-2021: 200 a year, 8 per 10k, 4 per township.
  CHECK(ToScale(flow, p, Period::Span(2021, 3), "per_10k", 1.0, &reason) * 600 == Approx(8));
}

TEST_CASE("SelectValue: the most recent in the window, the shorter of two ending alike, never an NA", "[normalise]") {
  // Oldest first, as Dataset keeps them: 2017-2021 sorts before 2021.
  const std::vector<DatasetValue> values = {
      Value(Period::Span(2021, 5), 1000, "term.txt"), Value(Period::Year(2021), 240, "2021.txt"),
      Value(Period::Year(2022), 260, "2022.txt"), Value(Period::Year(2023), std::nullopt, "2023.txt")};
  const History h = HistoryOf(values);
  CHECK(SelectValue(h, 2021, 0) == 1);  // 2021 beats 2017-2021
  CHECK(SelectValue(h, 2022, 0) == 2);
  CHECK(SelectValue(h, 2023, 0) == -1);  // 2023 only says NA
  CHECK(SelectValue(h, 2023, 1) == 2);   // 2022 stands in
  CHECK(SelectValue(h, 2024, 1) == -1);  // 2023-2024: only the NA
  CHECK(SelectValue(h, 2024, 2) == 2);
  CHECK(SelectValue(h, 2020, 0) == -1);
  CHECK(SelectValue(h, 2020, 5) == -1);  // nothing ends before 2021
  CHECK(SelectValue({}, 2023, 3) == -1);
}

TEST_CASE("ValueInterval: 1000余, 约500, 不足50 under the default rule", "[normalise]") {
  const IntervalRule rule;  // at_least 10%, approx 5%, at_most 10%
  double low = 0, high = 0;
  ValueInterval(86, Qualifier::kExact, rule, &low, &high);
  CHECK(low == 86);
  CHECK(high == 86);
  ValueInterval(1000, Qualifier::kAtLeast, rule, &low, &high);  // [1000, 1000 + 100]
  CHECK(low == 1000);
  CHECK(high == Approx(1100));
  ValueInterval(500, Qualifier::kApprox, rule, &low, &high);  // 500 ± 25
  CHECK(low == Approx(475));
  CHECK(high == Approx(525));
  ValueInterval(50, Qualifier::kAtMost, rule, &low, &high);  // [50 − 5, 50]
  CHECK(low == Approx(45));
  CHECK(high == 50);
  IntervalRule wide;
  wide.at_least = 0.2;
  ValueInterval(1000, Qualifier::kAtLeast, wide, &low, &high);
  CHECK(high == Approx(1200));
}

TEST_CASE("NormaliseCell: this year's value on every scale, and the trend against last year's", "[normalise]") {
  const IndicatorSpec flow = Spec("consultations", IndicatorKind::kFlow, kAllScales);
  const std::vector<DatasetValue> values = {
      Value(Period::Year(2018), 150, "2018.txt"), Value(Period::Span(2021, 5), 1000, "term.txt", Qualifier::kAtLeast),
      Value(Period::Year(2022), 240, "2022.txt"), Value(Period::Year(2023), 300, "2023.txt")};
  ComparisonRow row = RowFor("consultations");
  NormaliseCell(flow, RoundPlace(), HistoryOf(values), 2023, 0, &row);
  CHECK(row.year_used == 2023);
  CHECK(row.period == Period::Year(2023));
  CHECK(row.value == 300);
  CHECK(row.value_low == 300);
  CHECK(row.value_high == 300);
  CHECK(row.doc == "2023.txt");
  CHECK(row.per_year == 300);
  CHECK(row.per_10k == Approx(12));  // 300 / 250,000 × 10,000
  CHECK(row.per_township == 6);      // 300 / 50
  CHECK(row.basis == "per_10k");
  CHECK(row.basis_value == Approx(12));
  CHECK(row.reason.empty());
  // 2022 is a year too: comparable. 300 − 240 = 60, 60 / 240 = 25%.
  CHECK(row.trend_comparable);
  CHECK(row.prev_year == 2022);
  CHECK(row.prev_value == 240);
  CHECK(row.change_abs == 60);
  CHECK(row.change_pct == Approx(25));
}

TEST_CASE("NormaliseCell: a term summary lands on the yearly scale — an earlier single year is no trend",
          "[normalise]") {
  const IndicatorSpec flow = Spec("consultations", IndicatorKind::kFlow, kAllScales);
  const std::vector<DatasetValue> values = {Value(Period::Year(2018), 150, "2018.txt"),
                                            Value(Period::Span(2021, 5), 1000, "term.txt", Qualifier::kAtLeast)};
  ComparisonRow row = RowFor("consultations");
  NormaliseCell(flow, RoundPlace(), HistoryOf(values), 2021, 0, &row);
  CHECK(row.year_used == 2021);
  CHECK(row.period == Period::Span(2021, 5));
  CHECK(row.qualifier == Qualifier::kAtLeast);
  CHECK(row.value_low == 1000);
  CHECK(row.value_high == Approx(1100));  // 1000余
  CHECK(row.per_year == 200);             // 1000 / 5
  CHECK(row.per_10k == Approx(8));        // 200 / 250,000 × 10,000
  CHECK(row.per_township == 4);           // 200 / 50
  // 2018 covers one year, 2017-2021 five: prev_* of it, but no change.
  CHECK_FALSE(row.trend_comparable);
  CHECK(row.prev_year == 2018);
  CHECK(row.prev_value == 150);
  CHECK(std::isnan(row.change_abs));
  CHECK(std::isnan(row.change_pct));
  CHECK(English(row.trend_note) == "previous value covers 2018 (1 year), this one 2017-2021 (5 years): not comparable");
}

TEST_CASE("NormaliseCell: a stock's trend spans any lengths — a listed per_year is NaN with its reason",
          "[normalise]") {
  const IndicatorSpec stock = Spec("studios", IndicatorKind::kStock, kAllScales);
  const std::vector<DatasetValue> values = {Value(Period::Span(2021, 5), 45, "term.txt"),
                                            Value(Period::Year(2023), 60, "2023.txt")};
  ComparisonRow row = RowFor("studios");
  NormaliseCell(stock, RoundPlace(), HistoryOf(values), 2023, 0, &row);
  CHECK(std::isnan(row.per_year));
  CHECK(row.per_10k == Approx(2.4));       // 60 / 250,000 × 10,000
  CHECK(row.per_township == Approx(1.2));  // 60 / 50
  CHECK(English(row.reason) == "a stock is never divided by years: no per_year value");
  // 60 − 45 = 15; 15 / 45 = 33.3%.
  CHECK(row.trend_comparable);
  CHECK(row.prev_year == 2021);
  CHECK(row.change_abs == 15);
  CHECK(row.change_pct == Approx(100.0 / 3));
}

TEST_CASE("NormaliseCell: a previous 0 is a change but no % change", "[normalise]") {
  const IndicatorSpec flow = Spec("consultations", IndicatorKind::kFlow, {"per_year"}, "per_year");
  const std::vector<DatasetValue> values = {Value(Period::Year(2022), 0, "2022.txt"),
                                            Value(Period::Year(2023), 12, "2023.txt")};
  ComparisonRow row = RowFor("consultations");
  NormaliseCell(flow, RoundPlace(), HistoryOf(values), 2023, 0, &row);
  CHECK(row.trend_comparable);
  CHECK(row.change_abs == 12);
  CHECK(std::isnan(row.change_pct));
  CHECK(English(row.trend_note) == "previous value is 0: no % change");
  CHECK(row.basis_value == 12);
  CHECK(std::isnan(row.per_10k));  // not listed: left alone
}

TEST_CASE("NormaliseCell: nothing for the year stays NaN and says why", "[normalise]") {
  const IndicatorSpec flow = Spec("consultations", IndicatorKind::kFlow, kAllScales);
  const std::vector<DatasetValue> values = {Value(Period::Year(2021), 240, "2021.txt"),
                                            Value(Period::Year(2023), std::nullopt, "2023.txt")};
  ComparisonRow na = RowFor("consultations");
  NormaliseCell(flow, RoundPlace(), HistoryOf(values), 2023, 0, &na);
  CHECK(na.year_used == 0);
  CHECK(std::isnan(na.value));
  CHECK(std::isnan(na.per_10k));
  CHECK(std::isnan(na.basis_value));
  CHECK(English(na.reason) == "no value in 2023 (not stated in 2023.txt)");
  CHECK(na.doc == "2023.txt");

  ComparisonRow gap = RowFor("consultations");
  NormaliseCell(flow, RoundPlace(), HistoryOf(values), 2025, 1, &gap);
  CHECK(gap.year_used == 0);
  CHECK(English(gap.reason) == "no value in 2024-2025 (latest earlier value: 2021)");

  // Without a population, per_10k and the basis are NaN, and the reason is given once.
  Place no_people = RoundPlace();
  no_people.population_2020 = 0;
  ComparisonRow row = RowFor("consultations");
  NormaliseCell(flow, no_people, HistoryOf(values), 2021, 0, &row);
  CHECK(row.per_year == 240);
  CHECK(std::isnan(row.per_10k));
  CHECK(std::isnan(row.basis_value));
  CHECK(English(row.reason) == "gs-test has no population_2020: no per_10k value");
}

TEST_CASE("FillRatio: both rates of one period, or NaN and why", "[normalise]") {
  const RatioSpec ratio{"per_consultation", "consultations", "", ""};
  const IndicatorSpec proposals = Spec("proposals", IndicatorKind::kFlow, {});
  const IndicatorSpec consultations = Spec("consultations", IndicatorKind::kFlow, {});
  const IndicatorSpec studios = Spec("studios", IndicatorKind::kStock, {});
  auto row_of = [](double value, Period period) {
    ComparisonRow r;
    r.value = value;
    r.period = period;
    return r;
  };

  ComparisonRow row = row_of(160, Period::Year(2023));
  const ComparisonRow den = row_of(80, Period::Year(2023));
  FillRatio(ratio, proposals, &consultations, &den, &row);
  CHECK(row.ratio_id == "per_consultation");
  CHECK(row.ratio == 2);  // 160 / 80
  CHECK(row.reason.empty());

  // Over a term, a flow's rate is divided by the years and a stock's is not: (1000 / 5) / 40 = 5.
  row = row_of(1000, Period::Span(2021, 5));
  const ComparisonRow stock_den = row_of(40, Period::Span(2021, 5));
  FillRatio(ratio, proposals, &studios, &stock_den, &row);
  CHECK(row.ratio == Approx(5));

  row = row_of(160, Period::Year(2023));
  const ComparisonRow other_year = row_of(510, Period::Year(2024));
  FillRatio(ratio, proposals, &consultations, &other_year, &row);
  CHECK(std::isnan(row.ratio));
  CHECK(English(row.reason) ==
        "proposals is of 2023, consultations of 2024: no per_consultation ratio (both must be of one period)");

  row = row_of(160, Period::Year(2023));
  const ComparisonRow zero = row_of(0, Period::Year(2023));
  FillRatio(ratio, proposals, &consultations, &zero, &row);
  CHECK(std::isnan(row.ratio));
  CHECK(English(row.reason) == "consultations is 0: no per_consultation ratio");

  row = row_of(160, Period::Year(2023));
  FillRatio(ratio, proposals, nullptr, nullptr, &row);
  CHECK(std::isnan(row.ratio));
  CHECK(English(row.reason) == "no consultations value: no per_consultation ratio");

  // No value of its own: no ratio, and nothing to explain beyond the missing value.
  row = row_of(std::nan(""), Period{});
  FillRatio(ratio, proposals, &consultations, &den, &row);
  CHECK(std::isnan(row.ratio));
  CHECK(row.reason.empty());
}

}  // namespace
}  // namespace peercard
