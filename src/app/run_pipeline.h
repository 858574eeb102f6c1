// Stage app/: the run pipeline (extract → compare → render) and run.json;
// the library the command line drives. Prints nothing.
//
// run_pipeline: `peercard run` below the command line — extract, compare,
// render and export in one pass, every output written whole or not at all.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "compare/compare.h"
#include "draw/templates.h"
#include "base/status.h"

namespace peercard {

struct RunOptions {
  std::vector<std::string> corpus;  // files or folders of reports
  std::string manifest, places, overrides, metrics, templates, font;
  std::string body_font;  // "" the default body face, "none" none (pdf/typefaces.h)
  std::string output = "output";
  std::string peers = "auto";
  Language language = Language::kZh;  // the edition of the PDFs (--lang)
  std::string focus;                  // --focus: a place code or name, first in the briefing
  CompareOptions compare;
  int threads = 0;  // 0: all cores (DefaultThreads)
};

struct StageTime {
  std::string stage;
  double seconds = 0;
};

struct RunResult {
  Diagnostics warnings;  // extraction conflicts, unknown periods, unlisted places …
  Diagnostics errors;    // inputs or outputs that failed, each naming the file
  std::vector<std::string> written;   // output paths
  size_t files = 0, bytes = 0, places = 0, values = 0, na = 0, conflicts = 0, cards = 0;
  size_t skipped = 0;  // files in the corpus folders in no format peercard reads
  int year = 0;
  std::string peer_choice;  // what --peers auto chose and why (Comparison::peer_choice)
  long long pdf_time = 0;
  std::string pdf_time_source;
  std::vector<StageTime> timings;
};

// Called as stages start and advance: (stage, done, total); total 0 = a stage
// without steps. Serialised by the caller.
using RunProgress = std::function<void(const std::string& stage, size_t done, size_t total)>;

// Runs the whole job. Returns a failed Status only for usage errors (bad
// metrics, templates, font, options, overrides): then nothing is written.
// Input and output failures are in RunResult::errors; the rest is written.
// With an unchanged corpus and options, every output but run.json is
// byte-identical: the PDFs' date is $SOURCE_DATE_EPOCH, else the newest
// input's modification time.
Result<RunResult> RunPipeline(const RunOptions& options, const RunProgress& progress);

}  // namespace peercard
