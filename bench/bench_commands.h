// The subcommands of peercard_bench. Each prints its numbers on stdout and
// returns the process exit status (0, or 1 when a stage failed).
#pragma once

#include <cstdint>
#include <string>

namespace peercard {
namespace bench {

struct GenArgs {
  std::string dir;
  int places = 300;
  int years = 10;
  uint64_t seed = 20240917;
};
// Writes a synthetic corpus to DIR (see corpus_gen.h) and says what it wrote.
int RunGen(const GenArgs& a);

struct ExtractBenchArgs {
  int reports = 3000;  // rounded up to whole places of `years` reports
  int years = 10;
  int repeat = 3;      // timed runs per thread count; best and median printed
  int threads = 0;     // the parallel run's threads; 0 = hardware concurrency
  int stage_reports = 1000;  // reports in the per-stage breakdown
  bool memory = true;  // peak memory at a third of the reports and at all of them
  std::string dir;     // generate here and keep it (default: a temporary directory)
  uint64_t seed = 20240917;
};
// Times ExtractCorpus on 1 and N threads, each stage alone, peak memory, and
// scores the result against the planted values.
int RunExtractBench(const ExtractBenchArgs& a);

struct CheckArgs {
  std::string dir;           // a corpus written by `gen` (its gold.csv)
  std::string observations;  // observations.csv written by `peercard extract` or `run`
  std::string places;        // its places.csv (default DIR/places.csv)
  int examples = 10;
};
// Scores an observations.csv against DIR/gold.csv.
int RunCheck(const CheckArgs& a);

struct CompareBenchArgs {
  int places = 3000;
  int years = 10;
  int draws = 1000;
  int repeat = 3;
  uint64_t seed = 20240917;
};
// Times Compare on a synthetic dataset (places × years × every indicator).
int RunCompareBench(const CompareBenchArgs& a);

struct RenderBenchArgs {
  int cards = 300;
  std::string dir;  // write the PDFs here and keep them (default: a temporary directory)
  uint64_t seed = 20240917;
};
// Times rendering `cards` report cards and the summary on one thread.
int RunRenderBench(const RenderBenchArgs& a);

// `convert`: every *.txt of a folder written as a PDF, .docx or saved web
// page (report_formats.h), for scoring extraction format by format.
struct ConvertArgs {
  std::string to;  // pdf, docx, html, html-gbk
  std::string src, out;
};
int RunConvert(const ConvertArgs& a);

// `formats`: ingest speed of each format on one core, beside .txt: the
// folder's reports converted once, then each format read `repeat` times.
struct FormatsBenchArgs {
  std::string src;
  int repeat = 5;
};
int RunFormatsBench(const FormatsBenchArgs& a);

}  // namespace bench
}  // namespace peercard
