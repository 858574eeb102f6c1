#include "compare/normalise.h"

#include <algorithm>
#include <cmath>

#include "compare/peer_stats.h"

namespace peercard {

namespace {

const double kNaN = std::nan("");

bool IsFlow(const IndicatorSpec& spec) { return spec.kind == IndicatorKind::kFlow; }

bool Lists(const IndicatorSpec& spec, const std::string& scale) {
  return std::find(spec.normalisations.begin(), spec.normalisations.end(), scale) != spec.normalisations.end();
}

Reason MissingReason(const History& history, int year, int window) {
  const std::string span = window > 0 ? std::to_string(year - window) + "-" + std::to_string(year)
                                      : std::to_string(year);
  for (const DatasetValue* v : history) {
    const int last = v->period.last_year;
    if (!v->value && last >= year - window && last <= year) {
      return {ReasonCode::kNotStated, {{"span", span}, {"doc", v->doc}}};
    }
  }
  int latest = 0;
  for (const DatasetValue* v : history) {
    if (v->value && v->period.last_year < year - window) latest = v->period.last_year;
  }
  if (latest > 0) return {ReasonCode::kLatestEarlier, {{"span", span}, {"year", std::to_string(latest)}}};
  return {ReasonCode::kNoValue, {{"span", span}}};
}

// Fills the trend columns against the value `chosen` of `history`.
void FillTrend(const IndicatorSpec& spec, const History& history, int chosen, ComparisonRow* row) {
  const DatasetValue& now = *history[chosen];
  const DatasetValue* latest = nullptr;
  const DatasetValue* comparable = nullptr;
  for (const DatasetValue* v : history) {
    if (!v->value || v->period.last_year >= now.period.last_year) continue;
    if (!latest || latest->period < v->period) latest = v;
    const bool same_scale = !IsFlow(spec) || v->period.years() == now.period.years();
    if (same_scale && (!comparable || comparable->period.last_year < v->period.last_year)) comparable = v;
  }
  if (!latest) return;
  const DatasetValue* prev = comparable ? comparable : latest;
  row->prev_year = prev->period.last_year;
  row->prev_value = *prev->value;
  if (!comparable) {
    row->trend_note = {TrendLengthsReason(prev->period.ToString(), prev->period.years(), now.period.ToString(),
                                          now.period.years())};
    return;
  }
  row->trend_comparable = true;
  row->change_abs = *now.value - *prev->value;
  if (*prev->value != 0) {
    row->change_pct = row->change_abs / *prev->value * 100;
  } else {
    row->trend_note = {{ReasonCode::kTrendPreviousZero, {}}};
  }
}

}  // namespace

double Rate(const IndicatorSpec& spec, double value, const Period& period) {
  return IsFlow(spec) ? value / period.years() : value;
}

int SelectValue(const History& history, int year, int window) {
  int best = -1;
  for (size_t i = 0; i < history.size(); ++i) {
    const DatasetValue& v = *history[i];
    const int last = v.period.last_year;
    if (!v.value || last > year || last < year - window) continue;
    if (best < 0) {
      best = static_cast<int>(i);
      continue;
    }
    const Period& b = history[best]->period;
    if (last > b.last_year || (last == b.last_year && v.period.years() < b.years())) best = static_cast<int>(i);
  }
  return best;
}

void ValueInterval(double v, Qualifier q, const IntervalRule& rule, double* low, double* high) {
  *low = *high = v;
  switch (q) {
    case Qualifier::kExact: break;
    case Qualifier::kAtLeast: *high = v + v * rule.at_least; break;
    case Qualifier::kApprox:
      *low = v - v * rule.approx;
      *high = v + v * rule.approx;
      break;
    case Qualifier::kAtMost: *low = v - v * rule.at_most; break;
  }
}

double ToScale(const IndicatorSpec& spec, const Place& place, const Period& period, const std::string& scale,
               double value, Reasons* reason) {
  // Divisions, not a product of factors, so that 2289 / 5 prints as 457.8.
  const double rate = Rate(spec, value, period);
  if (scale == "raw") return value;
  if (scale == "per_year") {
    if (IsFlow(spec)) return rate;
    AddReason(reason, {ReasonCode::kStockPerYear, {}});
  } else if (scale == "per_10k") {
    if (place.population_2020 > 0) return rate / place.population_2020 * 10000;
    AddReason(reason, {ReasonCode::kNoPopulation, {{"code", place.code}}});
  } else if (scale == "per_township") {
    if (place.townships > 0) return rate / place.townships;
    AddReason(reason, {ReasonCode::kNoTownships, {{"code", place.code}}});
  } else {
    AddReason(reason, {ReasonCode::kUnknownScale, {{"scale", scale}}});
  }
  return kNaN;
}

void NormaliseCell(const IndicatorSpec& spec, const Place& place, const History& history, int year, int window,
                   ComparisonRow* row) {
  row->basis = spec.compare_on;
  const int chosen = SelectValue(history, year, window);
  if (chosen < 0) {
    AddReason(&row->reason, MissingReason(history, year, window));
    for (const DatasetValue* v : history) {
      if (!v->value && v->period.last_year >= year - window && v->period.last_year <= year) {
        row->doc = v->doc;
        row->line = v->line;
        row->offset = v->offset;
      }
    }
    return;
  }
  const DatasetValue& v = *history[chosen];
  row->year_used = v.period.last_year;
  row->period = v.period;
  row->value = *v.value;
  row->qualifier = v.qualifier;
  ValueInterval(*v.value, v.qualifier, spec.interval, &row->value_low, &row->value_high);
  row->reviewed = v.reviewed;
  row->doc = v.doc;
  row->line = v.line;
  row->offset = v.offset;
  const std::pair<const char*, double*> scales[] = {
      {"per_year", &row->per_year}, {"per_10k", &row->per_10k}, {"per_township", &row->per_township}};
  for (const auto& [scale, out] : scales) {
    if (!Lists(spec, scale)) continue;
    *out = ToScale(spec, place, v.period, scale, row->value, &row->reason);
  }
  row->basis_value = ToScale(spec, place, v.period, spec.compare_on, row->value, &row->reason);
  FillTrend(spec, history, chosen, row);
}

void FillRatio(const RatioSpec& ratio, const IndicatorSpec& spec, const IndicatorSpec* den_spec,
               const ComparisonRow* den_row, ComparisonRow* row) {
  row->ratio_id = ratio.id;
  if (std::isnan(row->value)) return;
  if (!den_spec || !den_row || std::isnan(den_row->value)) {
    AddReason(&row->reason, {ReasonCode::kNoDenominator, {{"denominator", ratio.denominator}, {"ratio", ratio.id}}});
    return;
  }
  // Two values of one period only: 160 resolved in 2023 over 510 sessions in
  // 2024 (a stand-in beside a current value) is no ratio of anything.
  if (den_row->period != row->period) {
    AddReason(&row->reason, {ReasonCode::kRatioPeriods,
                             {{"indicator", spec.id},
                              {"period", row->period.ToString()},
                              {"denominator", ratio.denominator},
                              {"other", den_row->period.ToString()},
                              {"ratio", ratio.id}}});
    return;
  }
  const double den = Rate(*den_spec, den_row->value, den_row->period);
  if (den == 0) {
    AddReason(&row->reason, {ReasonCode::kDenominatorZero, {{"denominator", ratio.denominator}, {"ratio", ratio.id}}});
    return;
  }
  row->ratio = Rate(spec, row->value, row->period) / den;
}

}  // namespace peercard
