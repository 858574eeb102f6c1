// One value found (or stated missing) in one document: the unit of
// observations.csv. Every value carries the evidence it was read from.
#pragma once

#include <optional>
#include <string>

#include "model/period.h"
#include "model/qualifier.h"

namespace peercard {

struct Observation {
  std::string doc;        // file name as given (path relative to the corpus root)
  std::string city;       // place code, e.g. "gs-wuwei"
  Period period;
  std::string indicator;  // indicator id from metrics/, e.g. "consultations"
  std::optional<double> value;  // nullopt = NA: the document covers the place but does not state it
  Qualifier qualifier = Qualifier::kExact;
  std::string unit;       // as printed: 场次, 件, 名 …
  int line = 0;           // 1-based line in the original file (for Word: the paragraph)
  long offset = 0;        // byte offset in the original file (for PDF, Word, HTML: in the text read from it)
  int page = 0;           // 1-based page of a PDF; 0 for other formats
  std::string evidence;   // the original sentence (trimmed)
  std::string rule;       // the extraction rule that matched
  bool reviewed = false;  // set by overrides.csv
  std::string review_reason;
};

}  // namespace peercard
