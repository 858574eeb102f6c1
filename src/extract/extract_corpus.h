// extract_corpus: the extract stage over many files, on a pool of threads.
// Documents stream through the workers; only observations are kept.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "ingest/corpus.h"
#include "ingest/ingest.h"
#include "extract/gazetteer.h"
#include "model/indicator_spec.h"
#include "model/observation.h"

namespace peercard {

struct CorpusExtraction {
  std::vector<Observation> observations;  // sorted by (doc, city, period, indicator)
  Diagnostics warnings;      // in file order
  Diagnostics errors;        // files that could not be read, by name and reason
  std::vector<FileDigest> digests;        // size and SHA-256 of each file as read, in `files` order
  std::map<std::string, std::string> titles;  // file name → the title it is cited by (DocumentTitle), where found
  size_t files_read = 0;
  size_t bytes_read = 0;
  size_t places_found = 0;                // sections over all files
};

// Called after each file by the worker that processed it (serialised).
using FileProgress = std::function<void(size_t done, size_t total, const std::string& name)>;

// Ingests, segments and extracts `files` with `threads` workers (>= 1).
// A file that fails is named in `errors` with its reason; the others go on.
// Same inputs → same result, whatever the thread count.
CorpusExtraction ExtractCorpus(const std::vector<CorpusFile>& files, const Manifest* manifest,
                               const Gazetteer& gazetteer, const std::vector<IndicatorSpec>& catalogue,
                               int threads, const FileProgress& progress = nullptr);

}  // namespace peercard
