// The result of `peercard compare`: one row per (place, indicator), the
// contract of comparison.csv, read back by `peercard render`.
#pragma once

#include <string>
#include <vector>

#include "model/period.h"
#include "model/reason.h"
#include "model/qualifier.h"
#include "base/status.h"

namespace peercard {

// Every double below is NaN when it does not exist (missing value, fewer than
// 3 peers, no population …): missing is never zero. Ints use 0 for "none".
struct PeerStats {
  int n = 0;
  double mean, sd, median, q1, q3, mad, min, max;  // of the compared basis
};

struct ComparisonRow {
  std::string city;        // place code
  std::string name_zh;
  std::string name_en;
  std::string indicator;   // indicator id
  std::string peer_group;  // "all", "province:甘肃省", "level:prefecture", "list:FILE"
  int year_used = 0;       // comparison year the value stands for; 0 = no value
  Period period;           // the period the value was reported for
  double value;            // raw value as reported (NaN = 未披露)
  Qualifier qualifier = Qualifier::kExact;
  double value_low, value_high;  // interval of a qualified value (= value when exact)
  bool reviewed = false;   // set from overrides.csv
  std::string doc;         // source document of the value
  int line = 0;            // the value's line and byte offset in doc (0: unknown),
  long offset = 0;         //   the key the card finds its evidence by
  double per_year, per_10k, per_township;  // NaN where not applicable
  std::string ratio_id;    // e.g. "per_consultation" ("" = none)
  double ratio;
  std::string basis;       // the basis peer statistics use: "per_10k", "raw" …
  double basis_value;
  PeerStats peer;
  double z, robust_z, percentile;  // percentile rank 0–100
  int rank = 0;            // competition rank, 1 = best by the indicator's direction
  double ratio_to_median;  // this value / peer median × 100
  int band = 0;            // quartile band 1 (top) … 4; 0 = none
  Reasons reason;          // why z/percentile/band or a normalisation is empty
  // Composite over indicators (same on every row of a place).
  double composite;
  int composite_k = 0, composite_m = 0;  // z-scores available / indicators
  int composite_rank = 0;
  double rank_median;      // Monte-Carlo median composite rank
  int rank_p05 = 0, rank_p95 = 0;  // 5–95% rank interval
  Reasons composite_reason;
  // Trend against the previous comparable year of the same place.
  int prev_year = 0;
  double prev_value, change_abs, change_pct;
  bool trend_comparable = false;
  Reasons trend_note;      // why the change is not given

  ComparisonRow();  // sets every double to NaN
};

// comparison.csv: UTF-8 with BOM, header row, one row per ComparisonRow,
// numbers formatted without the process locale (fixed, shortest exact form).
// Sorted by (city, indicator) by the writer.
std::string FormatComparisonCsv(std::vector<ComparisonRow> rows);

// Reads comparison.csv back. InvalidArgument names file:line and column.
Result<std::vector<ComparisonRow>> ReadComparisonCsv(const std::string& path);

}  // namespace peercard
