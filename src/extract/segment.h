// segment: Document → the passages of each reporting place, with the period
// they cover. One file may hold several places (a bulletin, speeches at one
// meeting); a place merely mentioned (a town visited, a neighbour's
// committee, a delegation) is not a reporting place.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/diagnostic.h"
#include "extract/gazetteer.h"
#include "model/document_hints.h"
#include "ingest/ingest.h"
#include "extract/period_finder.h"

namespace peercard {

struct Section {
  std::string code;     // place code (from the table, or UnlistedPlaceCode)
  std::string name_zh;
  bool unlisted = false;  // a committee in no places table: reported with a warning
  std::vector<std::pair<size_t, size_t>> ranges;  // [begin, end) byte ranges of Document::text
  std::string reason;   // why these passages are this place's, for `inspect`
  std::string title;    // the title or speaker line that names the place, if any
  PeriodGuess period;
  bool manifest_period = false;  // the period came from manifest.csv: no sentence overrides it
  // When the document was written (its printed date, else the year its file
  // is named by; unknown with a manifest), for sentences dated relative to it
  // (去年全年，…; 目前，…).
  DocumentDate date;
};

// Finds the reporting places of `doc` and their periods. With hints.city set,
// the whole text is that place's (InvalidArgument if the city is in no table).
// An empty result means no reporting place was found; `*note` says why.
// A name several places share that nothing in the document decides is not
// guessed: with `warnings`, a line naming the candidates is added for it.
// Pure apart from ICU look-ups; safe from any thread.
Result<std::vector<Section>> SegmentDocument(const Document& doc, const Gazetteer& gazetteer,
                                             const DocumentHints& hints, std::string* note,
                                             Diagnostics* warnings = nullptr);

}  // namespace peercard
