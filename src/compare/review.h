// The review loop (DESIGN.md, "overrides.csv"): which values deserve a human
// look before they reach a report card, each with the sentences it rests on,
// and the template overrides.csv in which a reviewer settles them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/indicator_spec.h"
#include "model/observation.h"
#include "tables/overrides.h"
#include "model/period.h"
#include "model/places.h"
#include "model/qualifier.h"
#include "base/status.h"

namespace peercard {

// Why a value is listed, in the order the list prints them.
enum class ReviewReason {
  kConflict,   // documents give different values (or qualifiers) for one key
  kOutlier,    // |robust z| above the limit among the year's peers
  kJump,       // more than `max_change`× (or below 1/max_change×) the previous comparable value
  kQualified,  // at_least / approx / at_most, its interval holding another place's value: its rank may move
  kNoValue,    // the place has rows for the indicator, but no stated value in any of them
};

struct ReviewOptions {
  double max_robust_z = 3.5;
  double max_change = 3.0;
};

struct ReviewFlag {
  ReviewReason reason = ReviewReason::kConflict;
  // The key a reviewer overrides. kNoValue: the place's latest NA period.
  std::string city;
  Period period;
  std::string indicator;
  // The current value (kConflict: the first by (doc, line); kNoValue: NA).
  std::optional<double> value;
  Qualifier qualifier = Qualifier::kExact;
  // What makes it worth a look, in English with numbers printed without the
  // locale: "2289 (exact) at a.txt:12 vs 2290 (exact) at b.txt:40",
  // "robust z 6.27 among 6 peers on per_10k (value 9.5, median 2.1)",
  // "4× the 2020 value (300 → 1200)", "at_least", "NA in 2 documents".
  std::string detail;
  // The rows it rests on, sorted by (period, doc, line): each stated value
  // of the key (kJump: the previous value's rows too; kNoValue: the NA rows).
  std::vector<Observation> evidence;
};

// Lists the values of `obs` that deserve a look, sorted by (reason, city,
// indicator, period).
// - Conflicts are found on the rows themselves; their key's stated values
//   then take no part in the other checks (BuildDataset would refuse them).
// - Outliers: for every indicator and every year Y that ends a stated
//   period, each place's value for Y (normalise.h SelectValue, window 0) on
//   the indicator's compare_on basis; robust z as peer_stats.h computes it
//   among all places with a value (none with fewer than kMinPeers or MAD 0).
// - Jumps: each stated value against the previous comparable value of the
//   same place (normalise.h's trend rule); from 0 to any positive value too.
// - Qualified values, in the same year's standings: one whose interval on the
//   compared basis (the metrics' interval rule) holds another place's value.
// - A key whose value an override set (Observation::reviewed, see
//   ApplyOverrides) is not flagged again, but for a conflict that an
//   override naming one doc left standing; apply overrides first.
// REQUIRES: every indicator of `obs` is in `catalogue`. Places missing from
// `places` have no population: they take no part in per_10k outliers.
// Deterministic and pure.
std::vector<ReviewFlag> FindValuesToReview(const std::vector<Observation>& obs,
                                           const std::vector<IndicatorSpec>& catalogue,
                                           const std::vector<Place>& places, const ReviewOptions& options);

// The list for a terminal, grouped by reason under a bilingual heading
// ("冲突 conflicts …"), one entry per flag: place code and 中文 name, period,
// the indicator's label_zh and id, the value as printed with its qualifier
// ("≥1000"), the detail, then each evidence row as "  doc:line  「sentence」".
// Ends with a count per reason. Says so when nothing is flagged. Pure.
std::string FormatReviewList(const std::vector<ReviewFlag>& flags, const std::vector<IndicatorSpec>& catalogue,
                             const std::vector<Place>& places);

// The template overrides.csv: UTF-8 BOM, the columns ReadOverridesCsv reads
// (kOverrideColumns), first the rows of `kept` unchanged (a reviewer's
// earlier overrides, in force), then — apart from them, as comments that
// ReadOverridesCsv skips — the suggestions: a line saying how to use them,
// then for each flagged key (city, period, indicator) that no kept row
// covers, sorted by (city, indicator, period), a comment per flag (its
// reason, detail and first evidence, "# 冲突 conflicts — … | a.txt:12 「…」")
// and the suggested row with "#" as its doc: the current value ("NA" when
// none) and qualifier, and an empty reason. A reviewer puts a row in force by
// deleting the "#" (doc empty: every document, which settles a conflict) and
// giving a reason; a run with the template as it is written changes nothing.
// Cells pass through CsvCell. Pure.
std::string FormatOverridesTemplate(const std::vector<Override>& kept, const std::vector<ReviewFlag>& flags);

inline constexpr const char* kOverrideColumns[] = {"doc",   "city",      "period", "indicator",
                                                   "value", "qualifier", "reason"};

}  // namespace peercard
