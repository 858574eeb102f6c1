// run.json: what a run read (with sizes and SHA-256), with which versions of
// peercard, metrics/ and templates/, which options, what it warned about, how
// long each stage took and how many values it found. The only output that
// holds the wall clock.
#pragma once

#include <string>
#include <vector>

#include "model/catalogue.h"
#include "ingest/corpus.h"
#include "app/run_pipeline.h"
#include "ingest/ingest.h"

namespace peercard {

// SHA-256 over the files of `dir` (sorted by name; each name and content),
// so that a changed indicator or template shows in run.json. "" if unreadable.
std::string DirectoryDigest(const std::string& dir);

// run.json. `digests` are the reports' sizes and SHA-256 as extraction read
// them (ExtractCorpus), in `files` order: a report is read once, never again
// for its hash. The manifest, overrides and places files are hashed here.
std::string FormatRunJson(const RunOptions& options, const CompareOptions& compare, const RunResult& result,
                          const std::vector<CorpusFile>& files, const std::vector<FileDigest>& digests,
                          const Catalogue& catalogue);

}  // namespace peercard
