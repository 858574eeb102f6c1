// The pipeline the extract fuzz target drives (ingest → segment → extract),
// and the contracts of each stage's output that it checks. Shared, header
// only, by fuzz/fuzz_extract.cc (libFuzzer) and tests/fuzz_regression_test.cc
// (every saved input, built normally), so a saved crash replays exactly.
#pragma once

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"
#include "extract/gazetteer.h"
#include "model/indicator_spec.h"
#include "ingest/ingest.h"
#include "extract/segment.h"

namespace peercard {
namespace fuzz {

// True when s is well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF).
inline bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = 0;
    unsigned min = 0, cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 1, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3, min = 0x10000, cp = c & 0x07;
    } else {
      return false;
    }
    if (i + n >= s.size()) return false;  // truncated sequence
    for (size_t k = 1; k <= n; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

// The hints each input is run under: none (everything inferred), a manifest
// year, and a manifest year with a city (the whole text is that place's).
inline std::vector<DocumentHints> FuzzHints(const Gazetteer& g) {
  std::vector<DocumentHints> out(2);
  out[1].year = 2023;
  out[1].years = 1;
  if (!g.places().empty()) {
    DocumentHints h;
    h.year = 2021;
    h.years = 5;
    h.city = g.places().front().code;
    out.push_back(h);
  }
  return out;
}

// Runs `bytes` through IngestBytes → SegmentDocument → ExtractDocument
// (traced) under each of FuzzHints(g), and checks what the headers promise:
// the Document's maps have the documented sizes and stay in range, its texts
// are valid UTF-8, section ranges and candidate spans lie inside the text,
// and every observation's offset, line, value and evidence are sane.
// Returns "" when every contract holds, else the first broken one.
// A rejected input (IngestBytes or SegmentDocument failing) is not an error.
inline std::string RunExtractPipeline(std::string_view bytes, const Gazetteer& g,
                                      const std::vector<IndicatorSpec>& catalogue) {
  auto doc = IngestBytes(bytes, "fuzz.txt");
  if (!doc.ok()) return "";
  const Document& d = *doc;
  if (d.text_to_original.size() != d.text.size()) return "ingest: text_to_original.size() != text.size()";
  if (!d.text_to_original.IsMonotone()) return "ingest: text_to_original is not monotone";
  if (d.OriginalIndex(d.text.size()) != d.original.size()) return "ingest: text end does not map to original end";
  if (d.original_to_file.size() != 0) {
    if (d.original_to_file.size() != d.original.size()) return "ingest: original_to_file.size() != original.size()";
    if (!d.original_to_file.IsMonotone()) return "ingest: original_to_file is not monotone";
    if (d.original_to_file.Lookup(d.original.size()) != bytes.size()) {
      return "ingest: the end of original does not map to the end of the file";
    }
  }

  if (d.line_starts.empty()) return "ingest: no line starts";
  if (!IsValidUtf8(d.original)) return "ingest: original is not valid UTF-8";
  if (!IsValidUtf8(d.text)) return "ingest: text is not valid UTF-8";
  const long file_size = static_cast<long>(bytes.size());
  const int max_line = static_cast<int>(d.line_starts.size());

  for (const DocumentHints& hints : FuzzHints(g)) {
    std::string note;
    auto sections = SegmentDocument(d, g, hints, &note);
    if (!sections.ok()) continue;
    for (const Section& s : *sections) {
      if (s.code.empty()) return "segment: section without a code";
      for (const auto& [b, e] : s.ranges) {
        if (b > e || e > d.text.size()) return "segment: range outside the text";
      }
    }
    const DocumentExtraction x = ExtractDocument(d, *sections, catalogue, /*trace=*/true);
    for (const Observation& o : x.observations) {
      if (!o.value) continue;
      if (!std::isfinite(*o.value) || *o.value < 0) return "extract: value not finite and >= 0";
      if (o.offset < 0 || o.offset > file_size) return "extract: offset outside the file";
      if (o.line < 1 || o.line > max_line) return "extract: line outside the file";
      if (!IsValidUtf8(o.evidence)) return "extract: evidence is not valid UTF-8";
      if (o.evidence.empty()) return "extract: a value without evidence";
    }
    for (const Candidate& c : x.candidates) {
      if (c.text_begin > c.text_end || c.text_end > d.text.size()) return "extract: candidate outside the text";
    }
  }
  return "";
}

}  // namespace fuzz
}  // namespace peercard
