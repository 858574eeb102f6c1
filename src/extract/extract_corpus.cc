#include "extract/extract_corpus.h"

#include <algorithm>
#include <mutex>

#include "extract/document_title.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "base/parallel_for.h"

namespace peercard {

namespace {

struct FileResult {
  std::vector<Observation> observations;
  Diagnostics warnings;
  std::string error;
  FileDigest digest;
  std::string title;
  size_t bytes = 0;
  size_t sections = 0;
};

FileResult ProcessFile(const CorpusFile& f, const Manifest* manifest, const Gazetteer& g,
                       const std::vector<IndicatorSpec>& catalogue) {
  FileResult r;
  auto doc = IngestFile(f.path, f.name, &r.digest);
  if (!doc.ok()) {
    r.error = doc.status().message();
    return r;
  }
  r.bytes = doc->original.size();
  r.title = DocumentTitle(doc->original);
  DocumentHints hints;
  if (manifest) {
    if (const DocumentHints* h = manifest->Find(f)) hints = *h;
  }
  std::string note;
  Diagnostics ambiguities;
  auto sections = SegmentDocument(*doc, g, hints, &note, &ambiguities);
  if (!sections.ok()) {
    r.error = f.name + ": " + sections.status().message();
    return r;
  }
  r.warnings = std::move(ambiguities);
  if (sections->empty()) {
    r.warnings.push_back({DiagnosticKind::kNoPlace, f.name, 0, "", note});
    return r;
  }
  DocumentExtraction e = ExtractDocument(*doc, *sections, catalogue, /*trace=*/false);
  r.sections = e.reporting_sections;
  r.observations = std::move(e.observations);
  r.warnings.insert(r.warnings.end(), e.warnings.begin(), e.warnings.end());
  return r;
}

}  // namespace

CorpusExtraction ExtractCorpus(const std::vector<CorpusFile>& files, const Manifest* manifest,
                               const Gazetteer& gazetteer, const std::vector<IndicatorSpec>& catalogue,
                               int threads, const FileProgress& progress) {
  std::vector<FileResult> results(files.size());
  std::mutex progress_mu;
  size_t done = 0;
  ParallelFor(files.size(), threads, [&](size_t i) {
    results[i] = ProcessFile(files[i], manifest, gazetteer, catalogue);
    if (progress) {
      std::lock_guard<std::mutex> lock(progress_mu);
      progress(++done, files.size(), files[i].name);
    }
  });

  CorpusExtraction out;
  for (auto& r : results) {
    out.digests.push_back(std::move(r.digest));
    if (!r.error.empty()) {
      out.errors.push_back({DiagnosticKind::kInput, "", 0, "", std::move(r.error)});
      continue;
    }
    ++out.files_read;
    if (!r.title.empty()) out.titles[files[&r - results.data()].name] = std::move(r.title);
    out.bytes_read += r.bytes;
    out.places_found += r.sections;
    out.observations.insert(out.observations.end(), std::make_move_iterator(r.observations.begin()),
                            std::make_move_iterator(r.observations.end()));
    out.warnings.insert(out.warnings.end(), r.warnings.begin(), r.warnings.end());
  }
  std::stable_sort(out.observations.begin(), out.observations.end(), [](const Observation& a, const Observation& b) {
    if (a.doc != b.doc) return a.doc < b.doc;
    if (a.city != b.city) return a.city < b.city;
    if (a.period != b.period) return a.period < b.period;
    return a.indicator < b.indicator;
  });
  return out;
}

}  // namespace peercard
