// overrides.csv: a reviewer's corrections, applied to the observations on
// every compare run and marked as reviewed (DESIGN.md, "Files and contracts").
#pragma once

#include <optional>
#include <string>
#include <vector>

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

// Reads overrides.csv. Required columns: city, period, indicator, value,
// reason (doc and qualifier may be absent: any doc, exact). Returns
// InvalidArgument "FILE:LINE: problem" for a malformed place code, a bad
// period, an indicator not in `catalogue`, a value that is not a
// non-negative number or NA, a bad qualifier, an empty reason, or a second
// row for the same (doc, city, period, indicator) ("… (first at FILE:LINE)");
// "FILE: missing column 'X'" for a missing column. NotFound when the file
// cannot be opened.
Result<std::vector<Override>> ReadOverridesCsv(const std::string& path,
                                               const std::vector<IndicatorSpec>& catalogue);

// Applies each override to every observation with its city, period and
// indicator (and doc, when the override names one): value and qualifier are
// replaced, reviewed is set and review_reason is the override's reason. An
// override that matches no observation adds one (doc = the override's doc,
// else its FILE:LINE; evidence = the reason; rule = "override"), so that a
// reviewer can supply a figure extraction missed. Deterministic: overrides
// apply in the order given, all of them on every call.
void ApplyOverrides(const std::vector<Override>& overrides, std::vector<Observation>* obs);

}  // namespace peercard
