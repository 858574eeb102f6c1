// Dataset: the observations of every input file, overrides applied, reduced to
// one value per (place, period, indicator). Duplicates are merged only when
// they agree; a disagreement is an error, never an average.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/observation.h"
#include "model/period.h"
#include "model/qualifier.h"
#include "base/status.h"

namespace peercard {

struct DatasetValue {
  std::string city;
  Period period;
  std::string indicator;
  std::optional<double> value;  // nullopt: every document giving this key says NA
  Qualifier qualifier = Qualifier::kExact;
  bool reviewed = false;  // an override set it
  std::string review_reason;
  std::string doc;        // the document the value was read from (first by name)
  int line = 0;           // its line there (Observation::line)
  long offset = 0;        // its byte offset there (Observation::offset)
};

struct Dataset {
  // Sorted by (city, indicator, period); keys are unique.
  std::vector<DatasetValue> values;
};

// Merges observations that share (city, period, indicator):
// - NA rows yield to any stated value (NA means "this document does not say");
// - stated values that agree (same value and qualifier) merge into one, keeping
//   the first by (doc, line);
// - stated values that disagree are an error (InvalidArgument):
//   "conflicting values for gs-wuwei 2021 consultations: 2289 (exact) at
//   a.txt:12 and 2290 (at_least) at b.txt:40; settle it in overrides.csv".
// Apply overrides (overrides.h) first: an override without a doc gives every
// document of the key the same value, which settles the conflict.
// Pure; safe from any thread.
Result<Dataset> BuildDataset(std::vector<Observation> obs);

}  // namespace peercard
