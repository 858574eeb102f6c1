// peercard_bench render: report cards and the summary from real pipeline
// output: a generated corpus (places × 3 years) → ExtractCorpus →
// BuildDataset → Compare → the render stage, timed per step on one thread.
#include <cstdio>
#include <filesystem>
#include <thread>

#include "bench_commands.h"
#include "bench_util.h"
#include "model/catalogue.h"
#include "cli/commands.h"
#include "compare/compare.h"
#include "ingest/corpus.h"
#include "corpus_gen.h"
#include "tables/dataset.h"
#include "extract/extract_corpus.h"
#include "pdf/pdf_sink.h"
#include "render/render_card.h"
#include "render/render.h"
#include "render/render_summary.h"
#include "app/data_dir.h"
#include "base/parallel_for.h"

namespace peercard {
namespace bench {

namespace {

constexpr int kYears = 3;

void Fail(const Status& s) { std::fprintf(stderr, "peercard_bench: error: %s\n", s.message().c_str()); }

// Extracts and compares a generated corpus in `dir` into a RenderInput.
Result<RenderInput> PipelineInput(const std::string& dir, int places, uint64_t seed) {
  CorpusOptions o;
  o.places = places;
  o.years = kYears;
  o.seed = seed;
  auto sum = WriteCorpus(dir, o);
  if (!sum.ok()) return sum.status();
  auto c = LoadCatalogue(DefaultDataDir("metrics"), dir + "/places.csv");
  if (!c.ok()) return c.status();
  auto m = LoadManifest(dir + "/manifest.csv");
  if (!m.ok()) return m.status();
  Diagnostics errors;
  const auto files = ListCorpusFiles({dir + "/corpus"}, &errors);
  const Gazetteer g(c->places);
  CorpusExtraction e = ExtractCorpus(files, &*m, g, c->indicators, DefaultThreads());
  auto ds = BuildDataset(e.observations);
  if (!ds.ok()) return ds.status();
  // Compare only the generated places, as a user with their own table would.
  CompareOptions options;
  options.peers.mode = PeerSpec::Mode::kList;
  options.peers.list_path = "bench";
  // The generated places, as a list file would give them (Compare resolves
  // the entries into codes).
  int line = 0;
  for (const Place& p : c->places) {
    if (p.code.rfind("bench-", 0) == 0) options.peers.entries.push_back({p.code, ++line});
  }
  auto cmp = Compare(*ds, c->indicators, c->places, options);
  if (!cmp.ok()) return cmp.status();
  RenderInput in;
  in.rows = std::move(cmp->rows);
  in.observations = std::move(e.observations);
  in.catalogue = std::move(c->indicators);
  in.places = std::move(c->places);
  return in;
}

double FileKb(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  return ec ? 0 : static_cast<double>(size) / 1024.0;
}

}  // namespace

int RunRenderBench(const RenderBenchArgs& a) {
  if (a.cards < 1 || a.cards > kMaxSyntheticPlaces) {
    std::fprintf(stderr, "peercard_bench: error: --cards must be 1-%d\n", kMaxSyntheticPlaces);
    return 2;
  }
  const TempDir tmp("peercard-bench-render");
  const std::string dir = a.dir.empty() ? tmp.path() : a.dir;
  auto templates = Templates::Load(DefaultDataDir("templates"));
  auto font = FontSource::Open(kDefaultFontPath);
  auto body = FontSource::Open(kDefaultBodyFontPath);
  auto numbers = NumberText::Create();
  if (!templates.ok() || !font.ok() || !body.ok() || !numbers.ok()) {
    Fail(!templates.ok() ? templates.status() : !font.ok() ? font.status() : !body.ok() ? body.status() : numbers.status());
    return 1;
  }
  const Stopwatch prep;
  auto in = PipelineInput(dir + "/corpus-gen", a.cards, a.seed);
  if (!in.ok()) {
    Fail(in.status());
    return 1;
  }
  const std::vector<std::string> codes = PlaceCodes(*in);
  std::printf("render: %zu places (%d years of generated reports, extracted and compared in %.1f s)\n",
              codes.size(), kYears, prep.Seconds());
  const RenderContext ctx{*templates, *numbers, **font, 0};
  const Typefaces faces(**font, body->get());
  const std::string out = dir + "/output";
  std::filesystem::create_directories(out + "/cards");

  // One thread, each step of a card timed on its own (CPU time).
  double t_view = 0, t_layout = 0, t_pdf = 0, kb_total = 0, kb_max = 0;
  int failed = 0;
  const Stopwatch all;
  const RenderIndex index(*in);  // once, as RenderAll builds it (in the total, not in a step)
  for (const std::string& code : codes) {
    Stopwatch t;
    const PlaceView view = BuildPlaceView(*in, index, code);
    t_view += t.CpuSeconds();
    const Stopwatch t2;
    const Drawing drawing = LayoutCard(view, ctx);
    t_layout += t2.CpuSeconds();
    const Stopwatch t3;
    const std::string path = out + "/cards/" + code + ".pdf";
    const Status s = WritePdf(drawing, faces, path);
    t_pdf += t3.CpuSeconds();
    if (!s.ok()) {
      if (failed++ < 3) Fail(s);
      continue;
    }
    const double kb = FileKb(path);
    kb_total += kb;
    kb_max = std::max(kb_max, kb);
  }
  const double cards_wall = all.Seconds(), cards_cpu = t_view + t_layout + t_pdf;
  const Stopwatch ts;
  const Status summary = WritePdf(LayoutSummary(*in, ctx), faces, out + "/summary.pdf");
  const double t_summary = ts.CpuSeconds();
  if (!summary.ok()) Fail(summary);
  const double n = static_cast<double>(codes.size() - failed);

  std::printf("  one thread, CPU time per step:\n");
  std::printf("  %-28s %8s %10s %7s\n", "step", "cpu s", "ms/card", "share");
  auto line = [&](const char* name, double s) {
    std::printf("  %-28s %8.3f %10.2f %6.1f%%\n", name, s, 1000 * s / n, 100 * s / cards_cpu);
  };
  line("BuildPlaceView", t_view);
  line("LayoutCard", t_layout);
  line("WritePdf (subset + write)", t_pdf);
  line("card total", cards_cpu);
  std::printf("  => %.1f cards per CPU-second (%.1f per wall-second here; target >= 100)\n", n / cards_cpu,
              n / cards_wall);
  std::printf("  card size: mean %.1f KB, max %.1f KB (target <= 30 KB); %d failed\n", kb_total / n, kb_max, failed);
  std::printf("  summary.pdf: %.3f s CPU, %.1f KB\n", t_summary, FileKb(out + "/summary.pdf"));

  // RenderAll as `peercard render` runs it, on 1 and all threads.
  for (int threads : {1, DefaultThreads()}) {
    const Stopwatch t;
    const RenderReport r = RenderAll(*in, ctx, faces, out, threads);
    std::printf("  RenderAll, %d thread(s): %.3f s wall, %.3f s CPU, %zu files, %zu errors\n", threads, t.Seconds(),
                t.CpuSeconds(), r.written.size(), r.errors.size());
    if (threads == 1 && DefaultThreads() == 1) break;
  }
  std::printf("  peak resident memory: %.1f MiB\n", PeakRssMib());
  return failed == 0 && summary.ok() ? 0 : 1;
}

}  // namespace bench
}  // namespace peercard
