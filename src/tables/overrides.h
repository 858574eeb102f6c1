// overrides.csv: a reviewer's corrections, applied to the observations on
// every compare run and marked as reviewed (DESIGN.md, "Files and contracts").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "model/indicator_spec.h"
#include "model/observation.h"
#include "model/period.h"
#include "model/qualifier.h"
#include "base/status.h"

namespace peercard {

// One row: `doc,city,period,indicator,value,qualifier,reason`.
struct Override {
  std::string doc;  // "" = every document that gives this key
  std::string city;
  Period period;
  std::string indicator;
  std::optional<double> value;  // nullopt = NA: the reviewer says no figure is stated
  Qualifier qualifier = Qualifier::kExact;
  std::string reason;
  std::string where;  // "FILE:LINE", for messages and as the source of an added value
};

// A row whose first cell starts with this is a comment (the suggestions
// `peercard review` writes under a reviewer's rows): ReadOverridesCsv skips it.
inline constexpr const char* kOverrideComment = "#";

// Reads overrides.csv. Required columns: city, period, indicator, value,
// reason (doc and qualifier may be absent: any doc, exact); comment rows
// (kOverrideComment) are skipped. Returns
// InvalidArgument listing every bad line, one "FILE:LINE: problem" per line:
// a malformed place code, a bad period, an indicator not in `catalogue`, a
// value that is not a non-negative number or NA, a bad qualifier, an empty
// reason, or a second row for the same (doc, city, period, indicator) ("…
// (first at FILE:LINE)"); "FILE: missing column 'X'" for a missing column.
// NotFound when the file cannot be opened.
Result<std::vector<Override>> ReadOverridesCsv(const std::string& path,
                                               const std::vector<IndicatorSpec>& catalogue);

// Applies each override to every observation with its city, period and
// indicator (and doc, when the override names one): value and qualifier are
// replaced, reviewed is set and review_reason is the override's reason.
// An override that matches no observation adds one (evidence = the reason,
// rule = "override") only when it names a report of this run (doc) whose
// values for the place, if any, are for its period: a reviewer supplies a
// figure extraction missed. Otherwise it is a typo until shown not to be
// (2025 for 2024 would add a value and move the comparison year): it is
// skipped and "FILE:LINE: matches no observation (…)" goes to *errors, with
// the periods the place has. Deterministic: overrides apply in the order
// given, all of them on every call.
void ApplyOverrides(const std::vector<Override>& overrides, std::vector<Observation>* obs,
                    Diagnostics* errors);

}  // namespace peercard
