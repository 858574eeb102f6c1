// The indicator catalogue: one TOML file per indicator in metrics/. Adding a
// file adds an indicator; nothing here names a particular indicator.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace peercard {

enum class IndicatorKind { kFlow, kStock };  // flows are divided by years, stocks never

// One way to find a value of the indicator in a clause of text (see extract.h).
struct ExtractRule {
  std::string id;                   // "consultations.activity", printed in observations.csv
  std::vector<std::string> before;  // a cue that must stand before the number in the clause …
  std::vector<std::string> after;   // … or after it (the number's noun and verb: 问题…化解)
  std::vector<std::string> units;   // units accepted right after the number (longest first)
  std::vector<std::string> not_units;  // longer units that reject: 人次 is not 人
  std::vector<std::string> require;  // one of these must be in the clause (empty: no need)
  std::vector<std::string> exclude;  // any of these in the clause rejects the candidate
  // Any of these anywhere in the sentence rejects it: a province-wide total
  // quoted by a city (会议通报，今年以来全省各级政协…) spans clauses.
  std::vector<std::string> exclude_sentence;
  bool need_both = false;           // both a 'before' and an 'after' cue must match
  int clauses_after = 0;            // 'after' cues may stand this many clauses further on
  int max_gap = 16;                 // characters allowed between cue and number
  int priority = 0;                 // higher wins when rules disagree
};

// A ratio column: this indicator divided by another (resolved per consultation).
struct RatioSpec {
  std::string id;           // "per_consultation"
  std::string denominator;  // indicator id
  std::string label_zh;
  std::string label_en;
};

// How wide a qualified value's interval is, as a fraction of the value:
// 1000余 → [1000, 1000·(1+at_least)), 约500 → 500·(1±approx),
// 不足50 → (50·(1−at_most), 50].
struct IntervalRule {
  double at_least = 0.10;
  double approx = 0.05;
  double at_most = 0.10;
};

struct IndicatorSpec {
  std::string id;        // file stem, [a-z_]+: "consultations"
  std::string label_zh;  // "协商活动场次"
  std::string label_en;  // "Consultation sessions"
  std::string unit_zh;   // "场次"
  IndicatorKind kind = IndicatorKind::kFlow;
  bool higher_is_better = true;
  double weight = 1.0;   // in the composite
  // Normalisations shown, in order: any of "per_year", "per_10k", "per_township".
  std::vector<std::string> normalisations;
  std::string compare_on = "per_10k";  // the basis of peer statistics: "raw" or a normalisation
  std::vector<RatioSpec> ratios;
  IntervalRule interval;
  std::vector<ExtractRule> rules;
  std::string source_path;  // the file it was read from
};

// Reads one indicator file. Returns InvalidArgument naming the file and key
// for a missing id/label, an unknown kind, normalisation or basis.
Result<IndicatorSpec> LoadIndicatorSpec(const std::string& path);

// Reads every *.toml in `dir`, sorted by file name; errors name the file.
Result<std::vector<IndicatorSpec>> LoadIndicatorCatalogue(const std::string& dir);

// Index of the indicator with `id` in `catalogue`, or -1.
int FindIndicator(const std::vector<IndicatorSpec>& catalogue, const std::string& id);

}  // namespace peercard
