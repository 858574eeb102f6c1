#include "model/reason.h"

#include <algorithm>

namespace peercard {

namespace {

struct ReasonText {
  ReasonCode code;
  const char* key;
  const char* english;  // the pattern comparison.csv writes, {name} for each arg
};

// The more specific first: ParseReasons takes the first whole match.
const ReasonText kTexts[] = {
    {ReasonCode::kNotStated, "not_stated", "no value in {span} (not stated in {doc})"},
    {ReasonCode::kLatestEarlier, "latest_earlier", "no value in {span} (latest earlier value: {year})"},
    {ReasonCode::kNoValue, "no_value", "no value in {span}"},
    {ReasonCode::kNoPopulation, "no_population", "{code} has no population_2020: no per_10k value"},
    {ReasonCode::kNoTownships, "no_townships", "{code} has no township count: no per_township value"},
    {ReasonCode::kStockPerYear, "stock_per_year", "a stock is never divided by years: no per_year value"},
    {ReasonCode::kUnknownScale, "unknown_scale", "unknown scale '{scale}'"},
    {ReasonCode::kRatioPeriods, "ratio_periods",
     "{indicator} is of {period}, {denominator} of {other}: no {ratio} ratio (both must be of one period)"},
    {ReasonCode::kNoDenominator, "no_denominator", "no {denominator} value: no {ratio} ratio"},
    {ReasonCode::kDenominatorZero, "denominator_zero", "{denominator} is 0: no {ratio} ratio"},
    {ReasonCode::kMedianZero, "median_zero", "peer median is 0: no ratio to median"},
    {ReasonCode::kFewPeers, "few_peers", "only {n} {have} a value (fewer than 3): no z, percentile or band"},
    {ReasonCode::kSdZero, "sd_zero", "all peers have the same value (sd 0): no z"},
    {ReasonCode::kMadZero, "mad_zero", "MAD is 0 (half the peers or more share the median): no robust z"},
    {ReasonCode::kNoIndicatorZ, "no_indicator_z", "no indicator has z-scores in peer group {group}: no composite"},
    {ReasonCode::kNoPlaceZ, "no_place_z", "no z-score for this place: no composite"},
    {ReasonCode::kLowCoverage, "low_coverage",
     "coverage {k} of {m} is below {pct}% of the indicators: no composite rank"},
    {ReasonCode::kTrendLengths, "trend_lengths",
     "previous value covers {prev} ({prev_n} year{s}), this one {this} ({this_n} year{t}): not comparable"},
    {ReasonCode::kTrendPreviousZero, "trend_previous_zero", "previous value is 0: no % change"},
    {ReasonCode::kText, "text", "{text}"},
};

const ReasonText& TextOf(ReasonCode code) {
  for (const ReasonText& t : kTexts) {
    if (t.code == code) return t;
  }
  return kTexts[std::size(kTexts) - 1];
}

bool AllDigits(std::string_view v) {
  return !v.empty() && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether `value` can be the parameter `name` as English() writes it: counts
// are digits, years and periods digits and '-', plural endings "" or "s";
// only a document's name may hold "; ". So that "no value in {span}" does
// not swallow the reasons after it.
bool PlausibleArg(std::string_view name, std::string_view value) {
  if (name == "doc" || name == "text") return true;
  if (name == "n" || name == "k" || name == "m" || name == "pct" || name == "year" || name == "prev_n" ||
      name == "this_n") {
    return AllDigits(value);
  }
  if (name == "span" || name == "period" || name == "other" || name == "prev" || name == "this") {
    return !value.empty() && std::all_of(value.begin(), value.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
  }
  if (name == "s" || name == "t") return value.empty() || value == "s";
  if (name == "have") return value == "peer has" || value == "peers have";
  return !value.empty() && value.find("; ") == std::string_view::npos;
}

// The reason `part` is whole, or nullopt-like kText when no code writes it.
Reason ParseOne(std::string_view part) {
  for (const ReasonText& t : kTexts) {
    if (t.code == ReasonCode::kText) continue;
    Reason r{t.code, {}};
    if (!MatchPattern(t.english, part, &r.args)) continue;
    if (std::all_of(r.args.begin(), r.args.end(), [](const auto& a) { return PlausibleArg(a.first, a.second); })) {
      return r;
    }
  }
  return {ReasonCode::kText, {{"text", std::string(part)}}};
}

}  // namespace

const char* ReasonKey(ReasonCode code) { return TextOf(code).key; }

const std::vector<ReasonCode>& AllReasonCodes() {
  static const std::vector<ReasonCode> all = [] {
    std::vector<ReasonCode> v;
    for (const ReasonText& t : kTexts) v.push_back(t.code);
    return v;
  }();
  return all;
}

std::string English(const Reason& r) { return FillPattern(TextOf(r.code).english, r.args); }

std::string English(const Reasons& rs) {
  std::string out;
  for (const Reason& r : rs) out += (out.empty() ? "" : "; ") + English(r);
  return out;
}

Reasons ParseReasons(std::string_view english) {
  // The "; "-separated parts; a reason is the shortest run of parts that a
  // code writes ("; " inside a file's name does not split it); a part that
  // starts no such run is kept as text.
  std::vector<size_t> starts{0};
  for (size_t at = english.find("; "); at != std::string_view::npos; at = english.find("; ", at + 2)) {
    starts.push_back(at + 2);
  }
  const auto end_of = [&](size_t part) { return part + 1 < starts.size() ? starts[part + 1] - 2 : english.size(); };
  Reasons out;
  for (size_t i = 0; i < starts.size();) {
    size_t used = 1;
    Reason r{ReasonCode::kText, {}};
    // At most 8 parts (a file name with seven "; "): linear in the cell.
    for (size_t j = i; j < starts.size() && j < i + 8; ++j) {
      Reason candidate = ParseOne(english.substr(starts[i], end_of(j) - starts[i]));
      if (candidate.code != ReasonCode::kText) {
        r = std::move(candidate);
        used = j - i + 1;
        break;
      }
    }
    if (r.code == ReasonCode::kText) {
      const std::string_view part = english.substr(starts[i], end_of(i) - starts[i]);
      if (!part.empty()) out.push_back({ReasonCode::kText, {{"text", std::string(part)}}});
    } else {
      out.push_back(std::move(r));
    }
    i += used;
  }
  return out;
}

void AddReason(Reasons* rs, Reason r) {
  if (std::find(rs->begin(), rs->end(), r) == rs->end()) rs->push_back(std::move(r));
}

void AddReasons(Reasons* rs, const Reasons& more) {
  for (const Reason& r : more) AddReason(rs, r);
}

Reason FewPeersReason(int n) {
  return {ReasonCode::kFewPeers, {{"n", std::to_string(n)}, {"have", n == 1 ? "peer has" : "peers have"}}};
}

Reason TrendLengthsReason(const std::string& prev, int prev_years, const std::string& now, int now_years) {
  return {ReasonCode::kTrendLengths,
          {{"prev", prev},
           {"prev_n", std::to_string(prev_years)},
           {"s", prev_years == 1 ? "" : "s"},
           {"this", now},
           {"this_n", std::to_string(now_years)},
           {"t", now_years == 1 ? "" : "s"}}};
}

}  // namespace peercard
