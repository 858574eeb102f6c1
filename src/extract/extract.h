// Stage extract/: from text to observations: the gazetteer, segmentation
// into places and periods, numbers, cues, the extraction engine.
//
// extract: Section × IndicatorSpec → Observation. Finds candidates (a cue,
// a number and a unit in one clause), rejects distractors, and keeps one
// value per (place, period, indicator), reporting conflicts.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "model/indicator_spec.h"
#include "ingest/ingest.h"
#include "model/observation.h"
#include "extract/segment.h"

namespace peercard {

// A number the engine looked at, with its verdict: for `peercard inspect`.
struct Candidate {
  std::string place;      // section code
  std::string indicator;  // "" when no indicator's unit matched
  std::string rule;       // rule id that matched, or the one that came closest
  double value = 0;
  Qualifier qualifier = Qualifier::kExact;
  std::string unit;
  size_t text_begin = 0, text_end = 0;  // number and unit in Document::text
  bool kept = false;
  std::string verdict;    // "kept", "no cue in clause", "excluded by '专题协商'", …
};

struct DocumentExtraction {
  std::vector<Observation> observations;  // one per (place, period, indicator), NA rows included
  std::vector<Candidate> candidates;      // every number with a unit of some rule (when tracing)
  Diagnostics warnings;      // conflicts, unknown periods, unlisted committees
  size_t reporting_sections = 0;          // sections that gave rows (see ExtractDocument)
};

// Extracts every indicator of `catalogue` from the sections of `doc`: for
// each section, one row per indicator and period (NA when nothing was kept).
// When `sections` holds several places, one whose passages hold no number
// with any indicator's unit gives no rows (it is only named there).
// With trace, also returns every candidate and its verdict.
// Pure; safe from any thread (the catalogue is shared read-only).
DocumentExtraction ExtractDocument(const Document& doc, const std::vector<Section>& sections,
                                   const std::vector<IndicatorSpec>& catalogue, bool trace);

// Evidence for a match at [begin, end) of doc.text: the original sentence
// around it (line breaks from the layout removed, spaces trimmed).
std::string EvidenceSentence(const Document& doc, size_t begin, size_t end);

}  // namespace peercard
