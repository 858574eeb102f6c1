// Reason: why a value, a scale, a ratio, a z-score, the composite or a trend
// is missing from a comparison row — a code with its parameters. compare
// makes them; comparison.csv writes them in English (English()), and reads
// that English back exactly (ParseReasons); the PDFs print them in Chinese
// from templates/strings.toml's [reason] table, keyed by ReasonKey().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/text_pattern.h"

namespace peercard {

enum class ReasonCode {
  kNoValue,          // {span}: no value stands for the year
  kNotStated,        // {span} {doc}: the report of that year does not state it
  kLatestEarlier,    // {span} {year}: only values older than the window
  kNoPopulation,     // {code}: no per_10k
  kNoTownships,      // {code}: no per_township
  kStockPerYear,     // a stock has no per_year
  kUnknownScale,     // {scale}
  kNoDenominator,    // {denominator} {ratio}
  kDenominatorZero,  // {denominator} {ratio}
  kRatioPeriods,     // {indicator} {period} {denominator} {other} {ratio}
  kMedianZero,       // no ratio to median
  kFewPeers,         // {n} {have}: fewer than 3 peers with a value
  kSdZero,           // no z
  kMadZero,          // no robust z
  kNoIndicatorZ,     // {group}: no indicator has z-scores there
  kNoPlaceZ,         // the place has no z-score
  kLowCoverage,      // {k} {m} {pct}: too few indicators for a composite rank
  kTrendLengths,     // {prev} {prev_n} {s} {this} {this_n} {t}: periods of other lengths
  kTrendPreviousZero,
  kText,             // {text}: a reason this version does not know (a newer file), printed as is
};

struct Reason {
  ReasonCode code = ReasonCode::kText;
  PatternArgs args;  // (name, value) as the code's comment lists them

  bool operator==(const Reason& o) const { return code == o.code && args == o.args; }
};

using Reasons = std::vector<Reason>;

// "not_stated", "few_peers" …: the key of the reason's Chinese in
// templates/strings.toml ("reason.not_stated").
const char* ReasonKey(ReasonCode code);
// Every code, in declaration order (for checks that each has its text).
const std::vector<ReasonCode>& AllReasonCodes();

// As comparison.csv writes it: "only 2 peers have a value (fewer than 3):
// no z, percentile or band"; several joined by "; ".
std::string English(const Reason& r);
std::string English(const Reasons& rs);

// The inverse of English(Reasons): "" → none; text no code writes → one
// kText reason. Pure.
Reasons ParseReasons(std::string_view english);

// Appends `r` unless `rs` has it.
void AddReason(Reasons* rs, Reason r);
void AddReasons(Reasons* rs, const Reasons& more);

// The constructors compare uses, deriving the English plural forms.
Reason FewPeersReason(int n);
Reason TrendLengthsReason(const std::string& prev, int prev_years, const std::string& now, int now_years);

}  // namespace peercard
