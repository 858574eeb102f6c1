#include "base/diagnostic.h"

#include <algorithm>

namespace peercard {

const char* DiagnosticKindName(DiagnosticKind kind) {
  switch (kind) {
    case DiagnosticKind::kInput: return "input";
    case DiagnosticKind::kManifest: return "manifest";
    case DiagnosticKind::kConflict: return "conflict";
    case DiagnosticKind::kUnlistedPlace: return "unlisted_place";
    case DiagnosticKind::kAmbiguousPlace: return "ambiguous_place";
    case DiagnosticKind::kUnknownPeriod: return "unknown_period";
    case DiagnosticKind::kNoPlace: return "no_place";
    case DiagnosticKind::kUnusedData: return "unused_data";
    case DiagnosticKind::kMixedPeriods: return "mixed_periods";
    case DiagnosticKind::kCatalogue: return "catalogue";
    case DiagnosticKind::kOverride: return "override";
    case DiagnosticKind::kDataset: return "dataset";
    case DiagnosticKind::kCompare: return "compare";
    case DiagnosticKind::kOutput: return "output";
    case DiagnosticKind::kRender: return "render";
    case DiagnosticKind::kFocus: return "focus";
    case DiagnosticKind::kMissingGlyph: return "missing_glyph";
  }
  return "unknown";
}

std::string Diagnostic::ToString() const {
  if (file.empty()) return message;
  return file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + message;
}

DiagnosticKind OutputFailureKind(const Status& s) {
  return s.code() == Status::Code::kIoError ? DiagnosticKind::kOutput : DiagnosticKind::kRender;
}

size_t CountOf(const Diagnostics& all, DiagnosticKind kind) {
  return static_cast<size_t>(std::count_if(all.begin(), all.end(), [kind](const Diagnostic& d) { return d.kind == kind; }));
}

}  // namespace peercard
