// Diagnostic: a warning or an error as a value — what kind, where (file,
// line), about which place — so that the run counts and lists them by kind
// and run.json carries them as records, instead of searching their text.
// Only commands print them (cli/diagnostics.h), as ToString().
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace peercard {

enum class DiagnosticKind {
  kInput,           // an input that could not be read or has no reports: the file is skipped
  kManifest,        // a manifest row that names no report read
  kConflict,        // two values for one key in one document: one kept
  kUnlistedPlace,   // a place in no places table
  kAmbiguousPlace,  // a place name several places share, decided by context or guessed
  kUnknownPeriod,   // a value whose period could not be found
  kNoPlace,         // a document in which no place was found
  kUnusedData,      // values of indicators not in metrics/, peers without observations
  kMixedPeriods,    // a peer group compared raw over periods of different lengths
  kCatalogue,       // metrics/ declares more than comparison.csv carries
  kOverride,        // an overrides.csv row that could not be applied
  kDataset,         // conflicting values across documents: nothing compared
  kCompare,         // the comparison failed
  kOutput,          // an output that could not be written (disk full, no permission)
  kRender,          // a PDF or workbook that could not be made for another reason
  kFocus,           // --focus names no place of the comparison
  kMissingGlyph,    // characters the font lacks, printed as □
};

// "conflict", "unlisted_place" … (the kind as run.json writes it).
const char* DiagnosticKindName(DiagnosticKind kind);

struct Diagnostic {
  DiagnosticKind kind = DiagnosticKind::kInput;
  std::string file;     // the input or output it is about ("" = none)
  int line = 0;         // 1-based line in file (0 = none)
  std::string place;    // the place code it is about ("" = none)
  std::string message;  // what happened, without the file and line

  // "file:line: message", "file: message" or "message".
  std::string ToString() const;
};

using Diagnostics = std::vector<Diagnostic>;

// The kind of a failed write's Status: kOutput for an I/O error (the disk,
// the permissions), kRender for any other.
DiagnosticKind OutputFailureKind(const Status& s);

// Of `all`, how many are of `kind`.
size_t CountOf(const Diagnostics& all, DiagnosticKind kind);

}  // namespace peercard
