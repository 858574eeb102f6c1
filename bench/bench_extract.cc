// peercard_bench gen | extract | check: the extract stage on a synthetic corpus.
#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <thread>

#include "bench_commands.h"
#include "bench_util.h"
#include "model/catalogue.h"
#include "cli/commands.h"
#include "ingest/corpus.h"
#include "corpus_gen.h"
#include "extract/extract.h"
#include "extract/extract_corpus.h"
#include "gold_check.h"
#include "ingest/ingest.h"
#include "tables/observations_csv.h"
#include "extract/segment.h"
#include "app/data_dir.h"
#include "base/parallel_for.h"

namespace peercard {
namespace bench {

namespace {

constexpr double kMB = 1e6;  // throughput is in MB (10^6 bytes) per second

// Everything a timed run needs, loaded once from a generated corpus.
struct Workload {
  Catalogue catalogue;
  Manifest manifest;
  std::vector<CorpusFile> files;
  std::vector<GoldRow> gold;
  size_t file_bytes = 0;  // on disk
};

Result<Workload> LoadWorkload(const std::string& dir) {
  Workload w;
  auto c = LoadCatalogue(DefaultDataDir("metrics"), dir + "/places.csv");
  if (!c.ok()) return c.status();
  w.catalogue = std::move(*c);
  auto m = LoadManifest(dir + "/manifest.csv");
  if (!m.ok()) return m.status();
  w.manifest = std::move(*m);
  Diagnostics errors;
  w.files = ListCorpusFiles({dir + "/corpus"}, &errors);
  if (!errors.empty()) return Status::InvalidArgument(errors.front().ToString());
  auto g = ReadGoldCsv(dir + "/gold.csv");
  if (!g.ok()) return g.status();
  w.gold = std::move(*g);
  for (const CorpusFile& f : w.files) {  // also warms the page cache
    auto bytes = ReadWholeFile(f.path);
    if (!bytes.ok()) return bytes.status();
    w.file_bytes += bytes->size();
  }
  return w;
}

Result<CorpusSummary> Generate(const std::string& dir, int places, int years, uint64_t seed) {
  CorpusOptions o;
  o.places = places;
  o.years = years;
  o.seed = seed;
  const Stopwatch t;
  auto sum = WriteCorpus(dir, o);
  if (sum.ok()) {
    std::printf("generated %zu reports (%d places x %d years), %.1f MB, %zu planted values in %.2f s -> %s\n",
                sum->reports, places, years, sum->bytes / kMB, sum->gold_values, t.Seconds(), dir.c_str());
  }
  return sum;
}

struct TimedRuns {
  std::vector<double> seconds, cpu_seconds;
  CorpusExtraction last;
};

TimedRuns TimeExtract(const Workload& w, const Gazetteer& g, int threads, int repeat) {
  TimedRuns runs;
  for (int i = 0; i < repeat; ++i) {
    const Stopwatch t;
    runs.last = ExtractCorpus(w.files, &w.manifest, g, w.catalogue.indicators, threads);
    runs.seconds.push_back(t.Seconds());
    runs.cpu_seconds.push_back(t.CpuSeconds());
  }
  return runs;
}

// Reading, ingest, segmentation and extraction of `files`, each as its own pass.
void PrintStages(const Workload& w, const Gazetteer& g, size_t count) {
  count = std::min(count, w.files.size());
  std::vector<std::string> raw;
  std::vector<Document> docs;
  std::vector<std::vector<Section>> sections;
  size_t bytes = 0;
  double t_read = 0, t_ingest = 0, t_segment = 0, t_extract = 0;  // CPU seconds
  {
    const Stopwatch t;
    for (size_t i = 0; i < count; ++i) {
      auto b = ReadWholeFile(w.files[i].path);
      raw.push_back(b.ok() ? std::move(*b) : std::string());
      bytes += raw.back().size();
    }
    t_read = t.CpuSeconds();
  }
  {
    const Stopwatch t;
    for (size_t i = 0; i < count; ++i) {
      auto d = IngestBytes(raw[i], w.files[i].name);
      docs.push_back(d.ok() ? std::move(*d) : Document());
    }
    t_ingest = t.CpuSeconds();
  }
  {
    const Stopwatch t;
    for (size_t i = 0; i < count; ++i) {
      DocumentHints hints;
      if (const DocumentHints* h = w.manifest.Find(w.files[i])) hints = *h;
      std::string note;
      auto s = SegmentDocument(docs[i], g, hints, &note);
      sections.push_back(s.ok() ? std::move(*s) : std::vector<Section>());
    }
    t_segment = t.CpuSeconds();
  }
  size_t observations = 0;
  {
    const Stopwatch t;
    for (size_t i = 0; i < count; ++i) {
      observations += ExtractDocument(docs[i], sections[i], w.catalogue.indicators, false).observations.size();
    }
    t_extract = t.CpuSeconds();
  }
  const double total = t_read + t_ingest + t_segment + t_extract;
  std::printf("\nstage breakdown, 1 thread, %zu reports (%.1f MB), each stage as its own pass (CPU time):\n",
              count, bytes / kMB);
  std::printf("  %-22s %8s %9s %7s\n", "stage", "cpu s", "MB/cpu-s", "share");
  auto line = [&](const char* name, double s) {
    std::printf("  %-22s %8.3f %9.1f %6.1f%%\n", name, s, bytes / kMB / s, 100 * s / total);
  };
  line("read files", t_read);
  line("ingest (IngestBytes)", t_ingest);
  line("segment", t_segment);
  line("extract", t_extract);
  line("all", total);
  std::printf("  (%zu observations)\n", observations);
}

void PrintMemory(const Workload& w, const Gazetteer& g, int threads) {
  auto run = [&](size_t count) {
    return RunInChild([&, count] {
      const std::vector<CorpusFile> part(w.files.begin(), w.files.begin() + static_cast<long>(count));
      const CorpusExtraction e = ExtractCorpus(part, &w.manifest, g, w.catalogue.indicators, threads);
      return std::to_string(e.observations.size()) + " " + std::to_string(e.bytes_read);
    });
  };
  std::printf("\npeak resident memory (ru_maxrss of a forked child per run, %d threads):\n", threads);
  malloc_trim(0);  // give freed heap back so that children start from what is live
  const ChildRun base = RunInChild([] { return std::string("0 0"); });
  std::printf("  %-28s %8.1f MiB\n", "baseline (fork, no work)", base.peak_rss_mib);
  const size_t n = w.files.size();
  for (size_t count : {n / 3, n}) {
    if (count == 0) continue;
    const ChildRun r = run(count);
    size_t obs = 0, bytes = 0;
    std::sscanf(r.output.c_str(), "%zu %zu", &obs, &bytes);
    char label[64];
    std::snprintf(label, sizeof label, "%zu reports (%.1f MB)", count, bytes / kMB);
    std::printf("  %-28s %8.1f MiB  (+%.1f over baseline; %zu observations)%s\n", label, r.peak_rss_mib,
                r.peak_rss_mib - base.peak_rss_mib, obs, r.ok ? "" : "  [child failed]");
  }
}

}  // namespace

int RunGen(const GenArgs& a) {
  if (a.places < 1 || a.places > kMaxSyntheticPlaces || a.years < 1) {
    std::fprintf(stderr, "peercard_bench: error: --places must be 1-%d and --years >= 1\n", kMaxSyntheticPlaces);
    return 2;
  }
  auto sum = Generate(a.dir, a.places, a.years, a.seed);
  if (!sum.ok()) {
    std::fprintf(stderr, "peercard_bench: error: %s\n", sum.status().message().c_str());
    return 1;
  }
  std::printf("wrote %s/corpus/*.txt, places.csv, manifest.csv, gold.csv\n", a.dir.c_str());
  std::printf("extract with: peercard extract %s/corpus --manifest %s/manifest.csv --places %s/places.csv\n",
              a.dir.c_str(), a.dir.c_str(), a.dir.c_str());
  return 0;
}

int RunExtractBench(const ExtractBenchArgs& a) {
  const int years = std::max(1, a.years);
  const int places = std::min(kMaxSyntheticPlaces, std::max(1, (a.reports + years - 1) / years));
  const TempDir tmp("peercard-bench");
  const std::string dir = a.dir.empty() ? tmp.path() : a.dir;
  if (dir.empty()) {
    std::fprintf(stderr, "peercard_bench: error: cannot make a temporary directory\n");
    return 1;
  }
  auto sum = Generate(dir, places, years, a.seed);
  if (!sum.ok()) {
    std::fprintf(stderr, "peercard_bench: error: %s\n", sum.status().message().c_str());
    return 1;
  }
  auto w = LoadWorkload(dir);
  if (!w.ok()) {
    std::fprintf(stderr, "peercard_bench: error: %s\n", w.status().message().c_str());
    return 1;
  }
  const Gazetteer g(w->catalogue.places);
  const int hw = a.threads > 0 ? a.threads : DefaultThreads();
  // Memory first, while this process is small: each child inherits it.
  if (a.memory) PrintMemory(*w, g, hw);
  std::printf("\nExtractCorpus over %zu files, %.1f MB on disk; hardware threads: %u; %d runs each\n",
              w->files.size(), w->file_bytes / kMB, std::thread::hardware_concurrency(), a.repeat);
  std::printf("  wall = elapsed time, cpu = CPU time of all threads; MB/cpu-s is the work rate per core\n");
  std::printf("  %-8s %8s %9s %8s %8s %10s %9s %9s\n", "threads", "best s", "median s", "cpu s", "MB/s",
              "MB/cpu-s", "speed-up", "cpu ratio");
  double t1 = 0, cpu1 = 0;
  CorpusExtraction result;
  for (int threads : {1, hw}) {
    if (threads == hw && hw == 1 && t1 > 0) break;
    TimedRuns runs = TimeExtract(*w, g, threads, std::max(1, a.repeat));
    const double best = Min(runs.seconds), cpu = Min(runs.cpu_seconds);
    if (threads == 1) t1 = best, cpu1 = cpu;
    std::printf("  %-8d %8.3f %9.3f %8.3f %8.1f %10.1f %8.2fx %9.2f\n", threads, best, Median(runs.seconds), cpu,
                w->file_bytes / kMB / best, w->file_bytes / kMB / cpu, t1 / best, cpu / cpu1);
    result = std::move(runs.last);
  }
  std::printf("  speed-up = wall(1)/wall(N); cpu ratio = cpu(N)/cpu(1), 1.00 when threads add no overhead\n");
  std::printf("  %zu files read, %zu errors, %zu place passages, %zu observations, %zu warnings\n",
              result.files_read, result.errors.size(), result.places_found, result.observations.size(),
              result.warnings.size());
  for (size_t i = 0; i < std::min<size_t>(3, result.errors.size()); ++i) {
    std::printf("    error: %s\n", result.errors[i].ToString().c_str());
  }

  std::printf("\nsanity check against the planted values:\n%s",
              FormatGoldScore(ScoreAgainstGold(w->gold, result.observations, 8)).c_str());
  PrintStages(*w, g, static_cast<size_t>(std::max(1, a.stage_reports)));
  std::printf("\npeak resident memory of the parent (generation, timing runs): %.1f MiB\n", PeakRssMib());
  return result.errors.empty() ? 0 : 1;
}

int RunCheck(const CheckArgs& a) {
  auto c = LoadCatalogue(DefaultDataDir("metrics"), a.places.empty() ? a.dir + "/places.csv" : a.places);
  auto gold = ReadGoldCsv(a.dir + "/gold.csv");
  if (!c.ok() || !gold.ok()) {
    std::fprintf(stderr, "peercard_bench: error: %s\n",
                 (!c.ok() ? c.status() : gold.status()).message().c_str());
    return 1;
  }
  auto obs = ReadObservationsCsv(a.observations, c->indicators, c->places);
  if (!obs.ok()) {
    std::fprintf(stderr, "peercard_bench: error: %s\n", obs.status().message().c_str());
    return 1;
  }
  std::printf("%s against %s/gold.csv:\n%s", a.observations.c_str(), a.dir.c_str(),
              FormatGoldScore(ScoreAgainstGold(*gold, *obs, static_cast<size_t>(a.examples))).c_str());
  return 0;
}

}  // namespace bench
}  // namespace peercard
