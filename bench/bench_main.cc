// peercard_bench: stage benchmarks on a generated corpus. See BENCHMARKS.md.
//
//   peercard_bench gen DIR [--places 300] [--years 10]
//   peercard_bench extract [--reports 3000]
//   peercard_bench check DIR OBSERVATIONS.csv
//   peercard_bench compare [--places 3000] [--years 10] [--draws 1000]
//   peercard_bench render [--cards 300]
//   peercard_bench convert --to pdf|docx|html|html-gbk|hant SRC OUT
//   peercard_bench formats SRC [--repeat 5]
#include <CLI/CLI.hpp>
#include <cstdio>

#include "bench_commands.h"

int main(int argc, char** argv) {
  using namespace peercard::bench;
  CLI::App app{"peercard_bench: stage benchmarks on a synthetic corpus of committee reports"};
  app.require_subcommand(1);
  int code = 0;

  GenArgs gen;
  auto* g = app.add_subcommand("gen", "Write a synthetic corpus: DIR/corpus/*.txt, places.csv, manifest.csv, gold.csv");
  g->add_option("DIR", gen.dir, "Output folder")->required();
  g->add_option("--places", gen.places, "Places")->capture_default_str();
  g->add_option("--years", gen.years, "Reports per place (years ending 2024)")->capture_default_str();
  g->add_option("--seed", gen.seed, "Generator seed")->capture_default_str();
  g->callback([&] { code = RunGen(gen); });

  ExtractBenchArgs ex;
  auto* e = app.add_subcommand("extract", "Time ExtractCorpus on 1 and all threads, each stage, peak memory");
  e->add_option("--reports", ex.reports, "Reports to generate")->capture_default_str();
  e->add_option("--years", ex.years, "Reports per place")->capture_default_str();
  e->add_option("--repeat", ex.repeat, "Timed runs per thread count")->capture_default_str();
  e->add_option("--threads", ex.threads, "Threads of the parallel run (default: all cores)");
  e->add_option("--stage-reports", ex.stage_reports, "Reports in the stage breakdown")->capture_default_str();
  e->add_option("--dir", ex.dir, "Generate into DIR and keep it (default: a temporary folder)");
  e->add_flag("!--no-memory", ex.memory, "Skip the peak-memory runs");
  e->add_option("--seed", ex.seed, "Generator seed")->capture_default_str();
  e->callback([&] { code = RunExtractBench(ex); });

  CheckArgs ck;
  auto* c = app.add_subcommand("check", "Score an observations.csv against a generated corpus's gold.csv");
  c->add_option("DIR", ck.dir, "Corpus folder written by gen")->required();
  c->add_option("OBSERVATIONS", ck.observations, "observations.csv")->required();
  c->add_option("--places", ck.places, "places.csv (default: DIR/places.csv)");
  c->add_option("--examples", ck.examples, "Errors to list")->capture_default_str();
  c->callback([&] { code = RunCheck(ck); });

  CompareBenchArgs cmp;
  auto* m = app.add_subcommand("compare", "Time BuildDataset and Compare on places x years x indicators");
  m->add_option("--places", cmp.places, "Places")->capture_default_str();
  m->add_option("--years", cmp.years, "Years per place")->capture_default_str();
  m->add_option("--draws", cmp.draws, "Monte-Carlo draws")->capture_default_str();
  m->add_option("--repeat", cmp.repeat, "Timed runs")->capture_default_str();
  m->callback([&] { code = RunCompareBench(cmp); });

  RenderBenchArgs rn;
  auto* r = app.add_subcommand("render", "Time report cards and the summary (one thread), KB per card");
  r->add_option("--cards", rn.cards, "Places, one card each")->capture_default_str();
  r->add_option("--dir", rn.dir, "Work and write PDFs in DIR and keep them (default: a temporary folder)");
  r->callback([&] { code = RunRenderBench(rn); });

  ConvertArgs cv;
  auto* v = app.add_subcommand("convert", "Write each SRC/*.txt as a PDF, .docx or saved web page in OUT");
  v->add_option("--to", cv.to, "pdf, docx, html, html-gbk or hant (Traditional characters)")->required();
  v->add_option("SRC", cv.src, "Folder of .txt reports")->required();
  v->add_option("OUT", cv.out, "Output folder")->required();
  v->callback([&] { code = RunConvert(cv); });

  FormatsBenchArgs fm;
  auto* f = app.add_subcommand("formats", "Time reading .txt, PDF, .docx and web pages of the same reports (one core)");
  f->add_option("SRC", fm.src, "Folder of .txt reports")->required();
  f->add_option("--repeat", fm.repeat, "Timed passes per format")->capture_default_str();
  f->callback([&] { code = RunFormatsBench(fm); });

  CLI11_PARSE(app, argc, argv);
  std::fflush(stdout);
  return code;
}
