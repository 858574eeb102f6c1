// gold_check: scores extracted observations against the values the corpus
// generator planted (gold.csv), per indicator: precision and recall.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "corpus_gen.h"
#include "model/observation.h"
#include "model/qualifier.h"
#include "base/status.h"

namespace peercard {
namespace bench {

// One row of gold.csv: doc,city,period,indicator,value,qualifier,evidence.
struct GoldRow {
  std::string doc, city, period, indicator;
  std::optional<double> value;  // empty = NA: the report does not state it
  Qualifier qualifier = Qualifier::kExact;
  std::string evidence;
};

// The gold rows of one generated report.
std::vector<GoldRow> GoldRowsOf(const GeneratedReport& r);

// Reads gold.csv. InvalidArgument names file:line for a bad value or qualifier.
Result<std::vector<GoldRow>> ReadGoldCsv(const std::string& path);

struct IndicatorScore {
  std::string indicator;
  int gold_values = 0;  // stated values planted
  int gold_na = 0;      // reports that do not state it
  int found = 0;        // values extracted
  int correct = 0;      // same key, value and qualifier
  int wrong = 0;        // same key, another value or qualifier
  int missed = 0;       // planted, not extracted for that key (NA or absent)
  int spurious = 0;     // extracted where the gold says NA, or under a key the gold lacks
  double precision() const { return found ? static_cast<double>(correct) / found : 1.0; }
  double recall() const { return gold_values ? static_cast<double>(correct) / gold_values : 1.0; }
};

struct GoldScore {
  std::vector<IndicatorScore> indicators;  // in gold order
  IndicatorScore total;
  std::vector<std::string> examples;  // the first misses, one line each, for a reader
};

// Scores `obs` (keyed by doc, city, period label, indicator) against `gold`.
// Observations of indicators the gold does not name are ignored. Keeps up to
// `max_examples` lines describing errors. Pure.
GoldScore ScoreAgainstGold(const std::vector<GoldRow>& gold, const std::vector<Observation>& obs,
                           size_t max_examples);

// A small table: indicator, planted, found, correct, wrong, missed, spurious,
// precision, recall; then the examples.
std::string FormatGoldScore(const GoldScore& score);

}  // namespace bench
}  // namespace peercard
